/**
 * The in-memory Apps Script emulator (Node only, never bundled into the add-on).
 * Start with {@link createAppsScriptGlobals}; see snapshot.ts for the workbook's JSON form.
 */
export { createAppsScriptGlobals } from './apps-script-globals';
export type {
  AppsScriptGlobals,
  AppsScriptGlobalsOptions,
  EmuPropertiesService,
  EmuSession,
  EmuSpreadsheetApp,
} from './apps-script-globals';
export * from './a1';
export { CallCounter } from './call-counter';
export { EmuChart, EmuChartBuilder } from './chart';
export {
  conditionalFormatAt,
  EmuConditionalFormatRule,
  EmuConditionalFormatRuleBuilder,
  shiftFormula,
} from './conditional-format';
export type { ConditionalFormat } from './conditional-format';
export { EmuDataValidation } from './data-validation';
export { EmuDataValidationBuilder } from './data-validation-builder';
export type { ValidationCriterion } from './data-validation';
export { EmuDeveloperMetadata } from './developer-metadata';
export * as Enums from './enums';
export { clearCell, editCell, RejectedEditError } from './hand-edit';
export { EmuHtmlOutput } from './html-service';
export { EmuLock, LOCK_TIMEOUT_MESSAGE } from './lock-service';
export { EmuNamedRange } from './named-range';
export { formatNumber } from './number-format';
export { PropertyStore } from './properties';
export { EmuRange } from './range';
export { EmuRangeList } from './range-list';
export { EmuSheet } from './sheet';
export { EmuSpreadsheet } from './spreadsheet';
export { spreadsheetFromSnapshot } from './snapshot-read';
export type { SpreadsheetOptions, ToastRecord } from './spreadsheet';
export * from './snapshot';
export { EmuMenu, EmuUi } from './ui';
export type { ButtonName, DialogRecord, MenuEntry, MenuRecord, PromptAnswer } from './ui';
export { formatDate } from './utilities';
