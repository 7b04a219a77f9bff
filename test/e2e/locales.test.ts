import * as vm from 'node:vm';
import type { OpenResult } from '../../src/core/api';
import { namedKpis } from '../../src/core/finance/kpis';
import { listTemplates } from '../../src/core/patterns';
import { templateCanvas } from '../../src/core/patterns/sheet';
import { sheetError } from '../../src/core/sheet-errors';
import { readCanvas, writeNewCanvas } from '../../src/gas/canvas-sheet';
import { servicesFrom } from '../../src/gas/apply-plan';
import { compareCanvases } from '../../src/gas/compare';
import { createAppsScriptGlobals } from '../../src/local/emulator';
import { loadAddon } from '../../src/local/load-addon';

// Every template and the Compare sheet over them: seconds, not milliseconds, on a busy machine.
jest.setTimeout(120_000);

/** Every template laid out in a spreadsheet of `locale`, and the Compare sheet over the first ones. */
function workbookIn(locale: string) {
  const globals = createAppsScriptGlobals({ spreadsheetOptions: { locale, blank: true } });
  const services = servicesFrom(globals);
  const sheets = listTemplates().map((t) => {
    const canvas = templateCanvas(t.id);
    if (!canvas) throw new Error(`no template ${t.id}`);
    return writeNewCanvas(globals.spreadsheet, canvas, '2025-01-15', services);
  });
  const compared = compareCanvases(
    globals.spreadsheet,
    sheets.slice(0, 4).map((s) => s.getName()),
    services,
  );
  if (!compared.ok) throw new Error(compared.message);
  return { spreadsheet: globals.spreadsheet, sheets };
}

/** Every cell of the workbook that shows an error, as "Sheet!row:column #ERROR!". */
function errorCells(spreadsheet: ReturnType<typeof workbookIn>['spreadsheet']): string[] {
  return spreadsheet.getSheets().flatMap((sheet) =>
    sheet
      .getDataRange()
      .getValues()
      .flatMap((row, r) =>
        row.flatMap((v, c) => (sheetError(v) ? [`${sheet.getName()}!${r + 1}:${c + 1} ${String(v)}`] : [])),
      ),
  );
}

const enUS = workbookIn('en_US');

/** The named KPIs of every canvas, by sheet and name, as the sheet computed them. */
function kpisOf(book: ReturnType<typeof workbookIn>) {
  return book.sheets.map((sheet) => {
    const read = readCanvas(sheet);
    if (!read.ok) throw new Error(read.problems.join('\n'));
    return Object.fromEntries(
      namedKpis().map((k) => [k.name, book.spreadsheet.getRangeByName(`${read.prefix}_${k.name}`)?.getValue()]),
    );
  });
}

test('in en_US every template and the Compare sheet build with no error cell', () => {
  expect(errorCells(enUS.spreadsheet)).toEqual([]);
});

describe.each(['de_DE', 'fr_FR'])('in %s, a comma-decimal locale', (locale) => {
  const book = workbookIn(locale);

  test('every template and the Compare sheet build with no error cell', () => {
    expect(errorCells(book.spreadsheet)).toEqual([]);
  });

  test('formulas separate arguments with ";", never ","', () => {
    const formula = book.sheets[0]
      .getDataRange()
      .getFormulas()
      .flat()
      .find((f) => f.startsWith('=IF('));
    expect(formula).toMatch(/;/);
    expect(formula?.replace(/"[^"]*"|'[^']*'/g, '')).not.toMatch(/,/);
  });

  test('every KPI comes out as in en_US', () => {
    expect(kpisOf(book)).toEqual(kpisOf(enUS));
  });
});

describe('a new canvas starts in the currency of the spreadsheet’s locale', () => {
  test.each([
    ['en_US', 'USD'],
    ['en_GB', 'GBP'],
    ['de_DE', 'EUR'],
    ['fr_FR', 'EUR'],
    ['pt_BR', 'BRL'],
  ])('%s: %s, from the sidebar and from the menu', (locale, currency) => {
    const globals = createAppsScriptGlobals({ htmlDir: 'dist', spreadsheetOptions: { locale } });
    const addon = loadAddon('dist/Code.js', globals);
    const made = addon.call('sidebarCreateCanvas', { name: 'From the sidebar' }) as OpenResult;
    expect(made.ok && made.view === 'canvas' && made.state.canvas.currency).toBe(currency);
    globals.ui.respondToPrompts([{ button: 'OK', text: 'From the menu' }]);
    addon.call('menuNewCanvas');
    const sheet = globals.spreadsheet.getSheetByName('From the menu');
    const read = sheet ? readCanvas(sheet) : null;
    expect(read?.ok && read.canvas.currency).toBe(currency);
  });
});

test.each([
  ['en_US', { locale: 'en-US', decimal: '.', grouping: ',' }],
  ['de_DE', { locale: 'de-DE', decimal: ',', grouping: '.' }],
  ['fr_FR', { locale: 'fr-FR', decimal: ',', grouping: '\u00a0' }],
])('the sidebar page is told how %s writes numbers', (locale, numbers) => {
  const globals = createAppsScriptGlobals({ htmlDir: 'dist', spreadsheetOptions: { locale } });
  loadAddon('dist/Code.js', globals).call('menuOpenSidebar');
  const page = globals.ui.sidebars[0].getContent();
  const scripts = [...page.matchAll(/<script>(window\.bmcNumberStyle = [^<]*)<\/script>/g)].map((m) => m[1]);
  expect(scripts).toHaveLength(1);
  const window: { bmcNumberStyle?: unknown } = {};
  vm.runInNewContext(scripts[0], { window });
  expect(window.bmcNumberStyle).toEqual(numbers);
});
