import { DRIVER_MAX } from '../../src/core/rules/bounds';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { financeLayout } from '../../src/core/finance/layout';
import { REVENUE_COLUMNS } from '../../src/core/layout/geometry';
import { readCanvas } from '../../src/gas/canvas-sheet';
import { emulatedWorkbook } from '../../src/local/cli';
import { createAppsScriptGlobals } from '../../src/local/emulator';
import { writeXlsx, xlsxFormula, xlsxSheetNames } from '../../src/local/xlsx';
import { financeCanvas } from '../helpers/finance-plan';

// Each canvas is laid out and calculated in the emulator: seconds, not milliseconds, on a busy machine.
jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), 'bmc-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function reopen(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

const resultOf = (cell: ExcelJS.Cell) => cell.result;

test('newer functions get the _xlfn. prefix the file format needs, outside text only', () => {
  expect(xlsxFormula('=IFNA(INDEX(A1:A3,MATCH(B1,C1:C3,0)),0)')).toBe('_xlfn.IFNA(INDEX(A1:A3,MATCH(B1,C1:C3,0)),0)');
  expect(xlsxFormula('=IF(A1="IFNA(x)",1,0)+MYIFNA(1)')).toBe('IF(A1="IFNA(x)",1,0)+MYIFNA(1)');
  expect(xlsxFormula('=SUM(A1:A3)')).toBe('SUM(A1:A3)');
});

test('sheet names Excel would refuse are cut to 31 characters, cleaned and kept unique', () => {
  const long = 'Harbourgate – unbundled private bank';
  const names = xlsxSheetNames([long, `${long} (2)`, 'Q1/Q2 [draft]', 'Fine', "'quoted'"]);
  expect([...names.values()]).toEqual([
    'Harbourgate – unbundled private',
    'Harbourgate – unbundled pri (2)',
    'Q1 Q2  draft',
    'Fine',
    'quoted',
  ]);
  for (const name of names.values()) expect(name.length).toBeLessThanOrEqual(31);
});

test('a canvas with a long name keeps working names and dropdowns under its cut sheet name', async () => {
  const canvas = financeCanvas({ streams: [{ name: 'Advice', type: 'usage-fee', price: 200, volume: 10 }] });
  canvas.name = 'Harbourgate – unbundled private bank';
  const { globals } = emulatedWorkbook([canvas], '2025-01-15');
  const out = join(dir, 'long.xlsx');
  await writeXlsx(globals.spreadsheet.toJSON(), out);
  const wb = await reopen(out);
  const ws = wb.getWorksheet('Harbourgate – unbundled private') as ExcelJS.Worksheet;
  expect(ws).toBeDefined();
  const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  expect(names.find((n) => n.name.endsWith('_Revenue'))?.ranges[0]).toMatch(
    /^'Harbourgate – unbundled private'!\$D\$\d+$/,
  );
  const costStream = ws.getColumn(3).values.length;
  expect(costStream).toBeGreaterThan(0);
  const validations = Object.values(
    (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model,
  );
  const fromRange = validations.filter((v) => v.type === 'list' && String(v.formulae[0]).includes('!'));
  expect(fromRange.length).toBeGreaterThan(0);
  for (const v of fromRange) expect(String(v.formulae[0])).toMatch(/^'Harbourgate – unbundled private'!/);
});

describe('a canvas written to xlsx', () => {
  const canvas = financeCanvas({
    streams: [
      { name: '=SUM(A1)', type: 'subscription', price: 10, volume: 50 },
      { name: '123', type: 'advertising', price: 2.5, volume: 40 },
    ],
    costs: [
      { name: '+1 rent', behavior: 'fixed', amount: 200 },
      { name: 'Servers', behavior: 'variable', per: 'unit', amount: 0.5, stream: '=SUM(A1)' },
    ],
  });
  canvas.name = "Bob's café";
  canvas.blocks.channels = [{ text: '@web, "direct"\nand partners' }];
  const path = join(dir, 'canvas.xlsx');
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  let layout: ReturnType<typeof financeLayout>;
  let first: number;

  beforeAll(async () => {
    const { globals, sheets } = emulatedWorkbook([canvas], '2025-01-15');
    const read = readCanvas(sheets[0]);
    if (!read.ok) throw new Error(read.problems.join('\n'));
    layout = financeLayout(read.finance);
    first = read.finance.revenueRows.first;
    await writeXlsx(globals.spreadsheet.toJSON(), path);
    wb = await reopen(path);
    ws = wb.getWorksheet("Bob's café") as ExcelJS.Worksheet;
  });

  test('holds formulas with the values they computed', () => {
    const revenue = ws.getCell(layout.kpis.revenue.value.row, layout.kpis.revenue.value.column);
    // A formula (over the active scenario's figures), stored without the leading "=".
    expect(revenue.type).toBe(ExcelJS.ValueType.Formula);
    expect((revenue.value as ExcelJS.CellFormulaValue).formula).toMatch(/^(?!=).*\$[A-Z]+\$\d+/);
    expect(resultOf(revenue)).toBe(600); // 10 × 50 + 2.5 × 40
    const check = ws.getCell(layout.master.value.row, layout.master.value.column);
    expect(resultOf(check)).toBe('OK');
    const cost = ws.getCell(first + 1, 6);
    expect((cost.value as ExcelJS.CellFormulaValue).formula).toContain('_xlfn.IFNA(');
    expect(resultOf(cost)).toBe(25);
  });

  test('keeps text that looks like a formula or a number as text', () => {
    expect(ws.getCell(first, REVENUE_COLUMNS.name).value).toBe('=SUM(A1)');
    expect(ws.getCell(first + 1, REVENUE_COLUMNS.name).value).toBe('123');
    expect(ws.getCell(first, 1).value).toBe('+1 rent');
    const channel = ws
      .getRows(1, 40)
      ?.flatMap((r) => (r.values as unknown[]).filter((v) => typeof v === 'string' && v.startsWith('@web')));
    expect(channel).toEqual(['@web, "direct"\nand partners']);
  });

  test('carries number formats, fills, notes and validation', () => {
    const revenue = ws.getCell(layout.kpis.revenue.value.row, layout.kpis.revenue.value.column);
    expect(revenue.numFmt).toBe('"$"#,##0.00');
    const price = ws.getCell(first, REVENUE_COLUMNS.price);
    expect(price.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFDE7' } });
    expect(price.dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, DRIVER_MAX.price],
      showErrorMessage: true,
    });
    expect(ws.getCell(first, REVENUE_COLUMNS.type).dataValidation).toMatchObject({
      type: 'list',
      formulae: [
        '"Asset sale,Usage fee,Subscription fees,Lending / renting / leasing,Licensing,Brokerage fees,Advertising"',
      ],
    });
    expect(ws.getCell(first, 3).dataValidation).toMatchObject({
      type: 'list',
      formulae: [expect.stringMatching(/^'Bob''s café'!\$H\$\d+:\$H\$\d+$/)],
    });
    const label = ws.getCell(layout.kpis.revenue.label.row, layout.kpis.revenue.label.column);
    expect(String(label.note)).toMatch(/\nNamed range: \w+_Revenue$/);
  });

  test('defines the named ranges on the right cells', () => {
    const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    const revenue = names.find((n) => n.name.endsWith('_Revenue'));
    const p = layout.kpis.revenue.value;
    expect(revenue?.ranges).toEqual([`'Bob''s café'!$D$${p.row}`]);
    expect(
      names.filter((n) =>
        /_(Revenue|VariableCosts|ContributionMargin|FixedCosts|Profit|ProfitMargin|BreakEvenRevenue)$/.test(n.name),
      ),
    ).toHaveLength(7);
  });

  test('freezes the title rows, sizes the columns and prints the canvas landscape on one page', () => {
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.getColumn(1).width).toBeCloseTo((150 - 5) / 7, 6);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
    // An apostrophe in the sheet name: no print area (see xlsx.ts), the rest of the setup holds.
    expect(ws.pageSetup.printArea).toBeUndefined();
  });

  test('a canvas whose name has no apostrophe prints just the canvas', async () => {
    const plain = { ...canvas, name: 'Cafe' };
    const { globals, sheets } = emulatedWorkbook([plain], '2025-01-15');
    const read = readCanvas(sheets[0]);
    if (!read.ok) throw new Error(read.problems.join('\n'));
    const out = join(dir, 'cafe.xlsx');
    await writeXlsx(globals.spreadsheet.toJSON(), out);
    const sheet = (await reopen(out)).getWorksheet('Cafe') as ExcelJS.Worksheet;
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true });
    expect(sheet.pageSetup.printArea).toMatch(/^A1:O\d+$/);
    const lastPrinted = Number(/O(\d+)$/.exec(String(sheet.pageSetup.printArea))?.[1]);
    expect(lastPrinted).toBe(read.finance.panelFirstRow - 2);
  });
});

test('merges, borders, fonts, row heights and plain sheets come through', async () => {
  const globals = createAppsScriptGlobals({ spreadsheetOptions: { blank: true } });
  const sheet = globals.spreadsheet.insertSheet('Plain');
  sheet.getRange(1, 1, 2, 2).setValues([
    ['Title', ''],
    [1.5, '=A2*2'],
  ]);
  sheet.getRange(1, 1, 1, 2).merge();
  sheet
    .getRange(2, 1, 1, 2)
    .setBorder(true, true, true, true, null, null, '#ff0000', globals.SpreadsheetApp.BorderStyle.SOLID_MEDIUM);
  sheet.getRange(1, 1, 1, 1).setFontWeight('bold');
  sheet.setRowHeight(1, 40);
  const path = join(dir, 'plain.xlsx');
  await writeXlsx(globals.spreadsheet.toJSON(), path);
  const ws = (await reopen(path)).getWorksheet('Plain') as ExcelJS.Worksheet;
  expect(ws.getCell('A1').isMerged).toBe(true);
  expect(ws.getCell('B1').master.address).toBe('A1');
  expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 10 });
  expect(ws.getCell('A2').border?.top).toMatchObject({ style: 'medium', color: { argb: 'FFFF0000' } });
  expect(resultOf(ws.getCell('B2'))).toBe(3);
  expect(ws.getRow(1).height).toBe(30);
  expect(ws.pageSetup.printArea).toBeUndefined();
});

describe('two canvases and their Compare sheet written to xlsx', () => {
  let ws: ExcelJS.Worksheet;
  let snapshotRules: {
    formula: string;
    ranges: { a1: string }[];
    background: string | null;
    fontColor: string | null;
  }[];

  beforeAll(async () => {
    const cafe = financeCanvas({
      streams: [{ name: 'Coffee', type: 'asset-sale', price: 4, volume: 1000 }],
      costs: [{ name: 'Rent', behavior: 'fixed', amount: 1000 }],
    });
    cafe.name = 'Cafe';
    const bakery = financeCanvas({
      streams: [{ name: 'Bread', type: 'asset-sale', price: 3, volume: 1000 }],
      costs: [{ name: 'Oven', behavior: 'fixed', amount: 2500 }],
    });
    bakery.name = 'Bakery';
    const { globals, compare } = emulatedWorkbook([cafe, bakery], '2025-01-15');
    expect(compare?.getName()).toBe('Compare');
    const snapshot = globals.spreadsheet.toJSON();
    snapshotRules = snapshot.sheets.find((s) => s.name === 'Compare')?.conditionalFormats ?? [];
    const out = join(dir, 'compare.xlsx');
    await writeXlsx(snapshot, out);
    ws = (await reopen(out)).getWorksheet('Compare') as ExcelJS.Worksheet;
  });

  test('carries the live KPI formulas through each canvas’s named ranges, with their values', () => {
    const row = ws.getColumn(1).values.indexOf('Operating profit');
    expect(row).toBeGreaterThan(0);
    expect((ws.getCell(row, 2).value as ExcelJS.CellFormulaValue).formula).toBe('IFERROR(Cafe_Profit,"missing")');
    expect(resultOf(ws.getCell(row, 2))).toBe(3000); // 4 × 1000 − 1000
    expect(resultOf(ws.getCell(row, 3))).toBe(500); // 3 × 1000 − 2500
  });

  test('writes every best/worst highlight as an expression rule, first rule first', () => {
    expect(snapshotRules).toHaveLength(4);
    const written = (
      ws as unknown as { conditionalFormattings: { ref: string; rules: ExcelJS.ConditionalFormattingRule[] }[] }
    ).conditionalFormattings;
    expect(written.map((cf) => cf.ref)).toEqual(snapshotRules.map((r) => r.ranges.map((x) => x.a1).join(' ')));
    written.forEach((cf, i) => {
      const rule = cf.rules[0] as ExcelJS.ExpressionRuleType;
      const want = snapshotRules[i];
      expect(rule).toMatchObject({
        type: 'expression',
        priority: i + 1,
        formulae: [want.formula.slice(1)],
        style: {
          fill: {
            type: 'pattern',
            pattern: 'solid',
            bgColor: { argb: `FF${want.background?.slice(1).toUpperCase()}` },
          },
          font: { color: { argb: `FF${want.fontColor?.slice(1).toUpperCase()}` } },
        },
      });
    });
    // Best is green, worst red, for the KPI rows and for the score row.
    expect(snapshotRules.map((r) => r.background)).toEqual(['#d9ead3', '#f4cccc', '#d9ead3', '#f4cccc']);
    expect(snapshotRules[0].formula).toMatch(/^=AND\(ISNUMBER\(B\d+\),/);
  });
});
