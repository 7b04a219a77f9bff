import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_ASSUMPTIONS } from '../../src/core/finance/assumptions';
import { emptyCanvas } from '../../src/core/model';
import { LIMITS } from '../../src/core/rules/limits';

/** An empty canvas as it reads back from its sheet: the panel's default assumptions spelled out. */
const readBackOfEmpty = (name: string) => ({ ...emptyCanvas(name), assumptions: { ...DEFAULT_ASSUMPTIONS } });
import { canvasMarkerOf, metadataOf, readCanvas } from '../../src/gas/canvas-sheet';
import type { SheetApi } from '../../src/gas/spreadsheet-api';
import { createAppsScriptGlobals } from '../../src/local/emulator';
import { loadAddon } from '../../src/local/load-addon';
import { sheetNames, workbookContents } from './workbook';

const LICENCE_LINE = 'The Business Model Canvas is by Strategyzer AG (strategyzer.com) and is licensed CC BY-SA 3.0.';

const ADDON_MENU = {
  caption: null,
  entries: [
    { kind: 'item', caption: 'Start', functionName: 'menuOpenSidebar' },
    { kind: 'item', caption: 'New canvas', functionName: 'menuNewCanvas' },
    { kind: 'separator' },
    { kind: 'item', caption: 'Compare canvases…', functionName: 'menuCompareCanvases' },
    { kind: 'item', caption: 'Refresh comparison', functionName: 'menuRefreshCompare' },
    { kind: 'item', caption: 'Duplicate as variant', functionName: 'menuDuplicateVariant' },
    { kind: 'item', caption: 'Poster', functionName: 'menuPoster' },
    { kind: 'separator' },
    { kind: 'item', caption: 'Check this spreadsheet', functionName: 'menuCheckSpreadsheet' },
    { kind: 'item', caption: 'Help', functionName: 'menuHelp' },
    { kind: 'item', caption: 'About', functionName: 'menuAbout' },
  ],
};

/** The canvas a sheet holds, read with the adapter's reader; a sheet that does not read back fails the test. */
function canvasOn(sheet: SheetApi) {
  const result = readCanvas(sheet);
  if (!result.ok) throw new Error(`The sheet did not read back as a canvas: ${result.problems.join(' ')}`);
  return result.canvas;
}

/** Today in `timeZone` as yyyy-MM-dd, worked out with Node's own Intl, not the add-on's code. */
function isoDateIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
}

describe('onOpen', () => {
  test('builds the add-on menu using nothing but the UI, as AuthMode.NONE requires', () => {
    const full = createAppsScriptGlobals();
    // A global scope holding only SpreadsheetApp.getUi: touching any other service would throw.
    const uiOnly = { SpreadsheetApp: { getUi: () => full.SpreadsheetApp.getUi() } };
    const addon = loadAddon('dist/Code.js', uiOnly);
    addon.call('onOpen', { authMode: full.ScriptApp.AuthMode.NONE });
    expect(full.ui.menus).toEqual([ADDON_MENU]);
    expect(full.calls.total()).toBe(0);
  });

  test('each menu item names a global function of Code.js', () => {
    const addon = loadAddon();
    addon.call('onOpen', { authMode: addon.globals.ScriptApp.AuthMode.NONE });
    for (const entry of addon.globals.ui.menus[0].entries) {
      if (entry.kind === 'item') expect(typeof addon.context[entry.functionName]).toBe('function');
    }
  });

  test('onInstall builds the same menu', () => {
    const addon = loadAddon();
    addon.call('onInstall', { authMode: addon.globals.ScriptApp.AuthMode.NONE });
    expect(addon.globals.ui.menus).toEqual([ADDON_MENU]);
  });
});

describe('New canvas', () => {
  test('adds a canvas sheet with the typed name, makes it active and says so', () => {
    const timeZone = 'Pacific/Kiritimati';
    const addon = loadAddon(
      'dist/Code.js',
      createAppsScriptGlobals({ htmlDir: 'dist', spreadsheetOptions: { timeZone } }),
    );
    const { spreadsheet, ui } = addon.globals;
    const dayBefore = isoDateIn(timeZone);

    ui.respondToPrompts([{ button: 'OK', text: '  Corner bakery ' }]);
    addon.call('menuNewCanvas');

    expect(sheetNames(spreadsheet)).toEqual(['Sheet1', 'Corner bakery']);
    const sheet = spreadsheet.getActiveSheet();
    expect(sheet.getName()).toBe('Corner bakery');
    expect(canvasMarkerOf(sheet, metadataOf(sheet))).not.toBeNull();
    expect(canvasOn(sheet)).toEqual(readBackOfEmpty('Corner bakery'));
    const shown = sheet.getDataRange().getDisplayValues().flat();
    expect([dayBefore, isoDateIn(timeZone)]).toContain(shown.find((v) => /^\d{4}-\d\d-\d\d$/.test(v)));
    expect(spreadsheet.toasts.map((t) => t.message)).toEqual([expect.stringContaining('Corner bakery')]);
    expect(ui.alerts).toEqual([]);
  });

  test('Poster on a canvas adds its poster after it and says where; on another sheet it says to open a canvas', () => {
    const addon = loadAddon();
    const { spreadsheet, ui } = addon.globals;
    addon.call('menuPoster');
    expect(ui.alerts.map((a) => a.message)).toEqual([expect.stringContaining('Open the canvas you want a poster of')]);
    ui.respondToPrompts([{ button: 'OK', text: 'Corner bakery' }]);
    addon.call('menuNewCanvas');
    addon.call('menuPoster');
    expect(sheetNames(spreadsheet)).toEqual(['Sheet1', 'Corner bakery', 'Corner bakery – poster']);
    expect(spreadsheet.getActiveSheet().getName()).toBe('Corner bakery – poster');
    expect(spreadsheet.toasts.map((t) => t.message).at(-1)).toContain('"Corner bakery – poster"');
  });

  test('an empty name gives the default name', () => {
    const addon = loadAddon();
    addon.globals.ui.respondToPrompts([{ button: 'OK', text: '   ' }]);
    addon.call('menuNewCanvas');
    const sheet = addon.globals.spreadsheet.getActiveSheet();
    expect(canvasOn(sheet)).toEqual(readBackOfEmpty('My business model'));
  });

  test('the same name again gets a sheet of its own and leaves the first one untouched', () => {
    const addon = loadAddon();
    const { spreadsheet, ui } = addon.globals;
    ui.respondToPrompts([{ button: 'OK', text: 'Corner bakery' }]);
    addon.call('menuNewCanvas');
    const first = spreadsheet.getActiveSheet();
    const firstValues = first.getDataRange().getValues();
    const firstName = first.getName();

    ui.respondToPrompts([{ button: 'OK', text: 'Corner bakery' }]);
    addon.call('menuNewCanvas');

    const second = spreadsheet.getActiveSheet();
    expect(second.getName()).not.toBe(firstName);
    expect(sheetNames(spreadsheet)).toEqual(['Sheet1', firstName, second.getName()]);
    expect(canvasOn(second)).toEqual(readBackOfEmpty('Corner bakery'));
    const firstAgain = spreadsheet.getSheetByName(firstName)!;
    expect(firstAgain.getDataRange().getValues()).toEqual(firstValues);
    expect(canvasOn(firstAgain)).toEqual(readBackOfEmpty('Corner bakery'));
  });

  test.each(['CANCEL', 'CLOSE'] as const)('pressing %s writes nothing', (button) => {
    const addon = loadAddon();
    const { spreadsheet, ui, calls } = addon.globals;
    const before = workbookContents(spreadsheet);
    calls.reset();

    ui.respondToPrompts([{ button, text: 'Corner bakery' }]);
    addon.call('menuNewCanvas');

    expect(calls.total()).toBe(0);
    expect(workbookContents(spreadsheet)).toEqual(before);
    expect(ui.alerts).toEqual([]);
  });

  test.each([
    ['Q1/Q2 plan', '/'],
    ['Plan [draft]', '['],
    ['What now?', '?'],
    ['x'.repeat(LIMITS.canvasNameLength + 1), `${LIMITS.canvasNameLength} characters`],
  ])('the name %j gets an alert that explains it, and nothing is written', (name, explanation) => {
    const addon = loadAddon();
    const { spreadsheet, ui, calls } = addon.globals;
    const before = workbookContents(spreadsheet);
    calls.reset();

    ui.respondToPrompts([{ button: 'OK', text: name }]);
    addon.call('menuNewCanvas');

    expect(ui.alerts).toHaveLength(1);
    expect(ui.alerts[0].message).toContain(explanation);
    expect(ui.alerts[0].message).not.toMatch(/\bat \S+ \(|Error:/);
    expect(calls.total()).toBe(0);
    expect(workbookContents(spreadsheet)).toEqual(before);
  });

  test('a name of exactly the longest length a canvas name may have is accepted', () => {
    const addon = loadAddon();
    const name = 'y'.repeat(LIMITS.canvasNameLength);
    addon.globals.ui.respondToPrompts([{ button: 'OK', text: name }]);
    addon.call('menuNewCanvas');
    expect(addon.globals.ui.alerts).toEqual([]);
    expect(canvasOn(addon.globals.spreadsheet.getActiveSheet())).toEqual(readBackOfEmpty(name));
  });
});

describe('About', () => {
  test('quotes the licence line and says what the add-on may access', () => {
    const addon = loadAddon();
    addon.call('menuAbout');
    const [about] = addon.globals.ui.alerts;
    expect(about.title).toBe('About Business Model Canvas');
    expect(about.message).toContain(LICENCE_LINE);
    expect(about.message).toContain('only for access to this spreadsheet');
    expect(about.message).toContain('Help, in this menu,');
    expect(addon.globals.calls.total()).toBe(0);
  });
});

/** What a missing page of the add-on reads as: never Apps Script's own message. */
const FILES_INCOMPLETE = 'The add-on’s files are incomplete. Please install the add-on again.';

describe('Help', () => {
  test('opens the built help page in a dialog, touching no spreadsheet', () => {
    const addon = loadAddon();
    addon.call('menuHelp');
    expect(addon.globals.ui.alerts).toEqual([]);
    const [help] = addon.globals.ui.dialogs;
    expect(help.title).toBe('Business Model Canvas: help');
    expect(help.modal).toBe(true);
    expect(help.output.getContent()).toBe(readFileSync('dist/help.html', 'utf8'));
    expect(addon.globals.calls.total()).toBe(0);
  });

  test('a failure is reported as an alert in plain words', () => {
    const addon = loadAddon(
      'dist/Code.js',
      createAppsScriptGlobals({ htmlDir: mkdtempSync(join(tmpdir(), 'bmc-no-pages-')) }),
    );
    addon.call('menuHelp');
    expect(addon.globals.ui.dialogs).toEqual([]);
    expect(addon.globals.ui.alerts.map((a) => a.message)).toEqual([
      `The help could not be opened. ${FILES_INCOMPLETE}`,
    ]);
  });
});

describe('Start', () => {
  test('shows the built sidebar page under the add-on title', () => {
    const addon = loadAddon();
    addon.call('menuOpenSidebar');
    const [sidebar] = addon.globals.ui.sidebars;
    expect(sidebar.getTitle()).toBe('Business Model Canvas');
    // The built page, then the line that tells it how this (en_US) spreadsheet writes numbers.
    expect(sidebar.getContent()).toBe(
      `${readFileSync('dist/sidebar.html', 'utf8')}<script>window.bmcNumberStyle = {"locale":"en-US","decimal":".","grouping":","};</script>`,
    );
  });

  test('a failure is reported as an alert in plain words, without a stack trace', () => {
    const noPages = mkdtempSync(join(tmpdir(), 'bmc-no-pages-'));
    const addon = loadAddon('dist/Code.js', createAppsScriptGlobals({ htmlDir: noPages }));
    addon.call('menuOpenSidebar');
    expect(addon.globals.ui.sidebars).toEqual([]);
    expect(addon.globals.ui.alerts.map((a) => a.message)).toEqual([
      `The sidebar could not be opened. ${FILES_INCOMPLETE}`,
    ]);
  });
});
