import { CHECK_KPIS, checkReport, kpiCheck, moneyCheck } from '../../src/core/diagnostics';
import { localeFacts } from '../../src/core/locale';
import type { KpiKey } from '../../src/core/finance/layout';
import { servicesFrom } from '../../src/gas/apply-plan';
import { checkSpreadsheet } from '../../src/gas/diagnostics';
import { createAppsScriptGlobals } from '../../src/local/emulator';
import { loadAddon } from '../../src/local/load-addon';
import { workbookContents } from './workbook';

// The check lays out and calculates a whole canvas: seconds, not milliseconds, on a busy machine.
jest.setTimeout(60_000);

describe.each([
  ['en_US', 'America/Los_Angeles'],
  ['de_DE', 'Europe/Berlin'],
  ['fr_FR', 'Asia/Tokyo'],
])('Check this spreadsheet, in %s and %s', (locale, timeZone) => {
  test('every check passes in the emulator, and the spreadsheet is left as it was', () => {
    const globals = createAppsScriptGlobals({ htmlDir: 'dist', spreadsheetOptions: { locale, timeZone } });
    const before = workbookContents(globals.spreadsheet);
    const names = globals.spreadsheet.getNamedRanges().map((n) => n.getName());
    loadAddon('dist/Code.js', globals).call('menuCheckSpreadsheet');
    expect(globals.ui.alerts.map((a) => a.message)).toEqual([
      `All 7 checks passed in this spreadsheet (locale ${locale}, time zone ${timeZone}).`,
    ]);
    expect(workbookContents(globals.spreadsheet)).toEqual(before);
    expect(globals.spreadsheet.getNamedRanges().map((n) => n.getName())).toEqual(names);
  });
});

test('a difference is reported with what was expected and what Sheets gave, ready to copy', () => {
  const byHand: Partial<Record<KpiKey, number>> = { ...CHECK_KPIS, profit: 3249 };
  const kpis = kpiCheck((key) => byHand[key]);
  expect(
    checkReport([{ what: 'No cell shows an error', differences: [] }, kpis], {
      locale: 'de_DE',
      timeZone: 'Europe/Berlin',
    }),
  ).toBe(
    [
      '1 of 2 checks found a difference in this spreadsheet (locale de_DE, time zone Europe/Berlin). Please copy this text into a bug report:',
      '✓ No cell shows an error',
      '✗ Key figures match the ones worked out by hand',
      '   profit: expected 3250, Sheets gave 3249',
    ].join('\n'),
  );
});

test('money shown with the symbol on the wrong side, or en_US separators in de_DE, is reported', () => {
  const de = localeFacts('de_DE');
  expect(moneyCheck('10.000,00\u00a0$', de).differences).toEqual([]);
  expect(moneyCheck('10.000,00 $', de).differences).toEqual([]);
  expect(moneyCheck('$10.000,00', de).differences).toEqual(['revenue shows as "$10.000,00"']);
  expect(moneyCheck('10,000.00 $', de).differences).toEqual(['revenue shows as "10,000.00 $"']);
  expect(moneyCheck('$10,000.00', localeFacts('en_US'))).toEqual({
    what: 'Money shows as en_US writes it ($10,000.00)',
    differences: [],
  });
});

test('a projection chart whose ranges Sheets joined as columns is reported, with what it was joined by', () => {
  const globals = createAppsScriptGlobals({ htmlDir: 'dist' });
  const services = servicesFrom(globals);
  // As if Sheets ignored the merge strategy the add-on set and kept its default.
  const columnsOnly = { ...services, chartMerge: () => services.chartMerge('columns') };
  // The date round trip reads through Utilities, a global in Apps Script.
  Object.assign(globalThis, { Utilities: globals.Utilities });
  const report = checkSpreadsheet(globals.spreadsheet, columnsOnly, '2025-01-15');
  expect(report.split('\n').filter((line) => line.includes('chart'))).toEqual([
    '✗ The projection chart is there with its three rows',
    '   the projection chart joins its ranges by MERGE_COLUMNS, not MERGE_ROWS',
  ]);
});
