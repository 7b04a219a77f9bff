/** The Apps Script globals, bound to one in-memory spreadsheet. */
import { CallCounter } from './call-counter';
import { EmuConditionalFormatRuleBuilder } from './conditional-format';
import { EmuDataValidationBuilder } from './data-validation-builder';
import {
  AuthMode,
  BorderStyle,
  ChartMergeStrategy,
  ChartType,
  DataValidationCriteria,
  Dimension,
  WrapStrategy,
} from './enums';
import { EmuHtmlService, createHtmlService } from './html-service';
import { EmuLockService, createLockService } from './lock-service';
import { EmuLogger } from './logger';
import { PropertyStore } from './properties';
import type { EmuSheet } from './sheet';
import { EmuSpreadsheet, SpreadsheetOptions } from './spreadsheet';
import { EmuUi } from './ui';
import { formatDate } from './utilities';

export interface AppsScriptGlobalsOptions {
  /** Bind to this workbook; by default a fresh one (with `spreadsheetOptions`). */
  spreadsheet?: EmuSpreadsheet;
  spreadsheetOptions?: SpreadsheetOptions;
  /** Folder of the add-on's .html files, for HtmlService.createHtmlOutputFromFile. */
  htmlDir?: string;
  /** Session.getActiveUserLocale(); default "en". */
  locale?: string;
  /** Session.getScriptTimeZone(); default the spreadsheet's time zone. */
  timeZone?: string;
}

export interface EmuSpreadsheetApp {
  getActiveSpreadsheet(): EmuSpreadsheet;
  getActive(): EmuSpreadsheet;
  getActiveSheet(): EmuSheet;
  getUi(): EmuUi;
  newDataValidation(): EmuDataValidationBuilder;
  newConditionalFormatRule(): EmuConditionalFormatRuleBuilder;
  flush(): void;
  BorderStyle: typeof BorderStyle;
  DataValidationCriteria: typeof DataValidationCriteria;
  Dimension: typeof Dimension;
  WrapStrategy: typeof WrapStrategy;
}

export interface EmuPropertiesService {
  getDocumentProperties(): PropertyStore;
  getUserProperties(): PropertyStore;
  getScriptProperties(): PropertyStore;
}

export interface EmuSession {
  getActiveUserLocale(): string;
  getScriptTimeZone(): string;
  getActiveUser(): { getEmail(): string };
  getEffectiveUser(): { getEmail(): string };
  getTemporaryActiveUserKey(): string;
}

export interface AppsScriptGlobals {
  SpreadsheetApp: EmuSpreadsheetApp;
  HtmlService: EmuHtmlService;
  PropertiesService: EmuPropertiesService;
  LockService: EmuLockService;
  Session: EmuSession;
  ScriptApp: { AuthMode: typeof AuthMode };
  Utilities: {
    formatDate(date: Date, timeZone: string, format: string): string;
    /** Returns at once: nothing else runs in the emulator while a script waits. */
    sleep(milliseconds: number): void;
  };
  Charts: { ChartType: typeof ChartType; ChartMergeStrategy: typeof ChartMergeStrategy };
  Logger: EmuLogger;
  /** Not an Apps Script global: the workbook the globals are bound to. */
  spreadsheet: EmuSpreadsheet;
  /** Not an Apps Script global: the workbook's spreadsheet-call counter. */
  calls: CallCounter;
  /** Not an Apps Script global: the UI recorder behind SpreadsheetApp.getUi(). */
  ui: EmuUi;
}

/**
 * The globals Apps Script code expects, bound to a fresh in-memory spreadsheet (or `options.spreadsheet`),
 * plus handles for tests: `spreadsheet`, `calls` and `ui`.
 *
 * @example
 * // Run the built add-on in Node against the emulator.
 * const globals = createAppsScriptGlobals({ htmlDir: 'dist' });
 * const context = vm.createContext({ ...globals, console });
 * vm.runInContext(fs.readFileSync('dist/Code.js', 'utf8'), context);
 * globals.ui.respondToPrompts([{ button: 'OK', text: 'My canvas' }]);
 * vm.runInContext('newCanvas()', context);
 * globals.spreadsheet.getSheetByName('My canvas');
 * globals.calls.total();
 */
export function createAppsScriptGlobals(options: AppsScriptGlobalsOptions = {}): AppsScriptGlobals {
  const spreadsheet = options.spreadsheet ?? new EmuSpreadsheet(options.spreadsheetOptions);
  const ui = new EmuUi();
  const userProperties = new PropertyStore();
  const scriptProperties = new PropertyStore();
  const noUser = { getEmail: () => '' };
  return {
    SpreadsheetApp: {
      getActiveSpreadsheet: () => spreadsheet,
      getActive: () => spreadsheet,
      getActiveSheet: () => spreadsheet.activeSheet(),
      getUi: () => ui,
      newDataValidation: () => new EmuDataValidationBuilder(),
      newConditionalFormatRule: () => new EmuConditionalFormatRuleBuilder(),
      flush: () => undefined,
      BorderStyle,
      DataValidationCriteria,
      Dimension,
      WrapStrategy,
    },
    HtmlService: createHtmlService(options.htmlDir),
    PropertiesService: {
      getDocumentProperties: () => spreadsheet.documentProperties,
      getUserProperties: () => userProperties,
      getScriptProperties: () => scriptProperties,
    },
    LockService: createLockService(),
    Session: {
      getActiveUserLocale: () => options.locale ?? 'en',
      getScriptTimeZone: () => options.timeZone ?? spreadsheet.timeZone,
      getActiveUser: () => noUser,
      getEffectiveUser: () => noUser,
      getTemporaryActiveUserKey: () => 'emulated-user',
    },
    ScriptApp: { AuthMode },
    Utilities: { formatDate, sleep: () => undefined },
    Charts: { ChartType, ChartMergeStrategy },
    Logger: new EmuLogger(),
    spreadsheet,
    calls: spreadsheet.calls,
    ui,
  };
}
