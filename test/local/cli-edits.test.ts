/**
 * Editing a laid-out canvas in the emulator, as a user would in Sheets: every KPI follows, and the
 * validation refuses what the model cannot hold.
 */
import { financeLayout } from '../../src/core/finance/layout';
import { COST_COLUMNS, REVENUE_COLUMNS } from '../../src/core/layout/geometry';
import { readCanvas } from '../../src/gas/canvas-sheet';
import { emulatedWorkbook, kpiReport } from '../../src/local/cli';
import { clearCell, editCell, EmuSheet, RejectedEditError } from '../../src/local/emulator';
import { financeCanvas } from '../helpers/finance-plan';

// Each canvas is laid out and calculated in the emulator: seconds, not milliseconds, on a busy machine.
jest.setTimeout(60_000);

function shop() {
  const canvas = financeCanvas({
    streams: [
      { name: 'Coffee', type: 'asset-sale', price: 4, volume: 2000 },
      { name: 'Beans to go', type: 'asset-sale', price: 12, volume: 100 },
    ],
    costs: [{ name: 'Rent', behavior: 'fixed', amount: 3000 }],
  });
  canvas.name = 'Shop';
  const { globals, sheets } = emulatedWorkbook([canvas], '2025-01-15');
  const sheet = sheets[0] as EmuSheet;
  const read = readCanvas(sheet);
  if (!read.ok) throw new Error(read.problems.join('\n'));
  const first = read.finance.revenueRows.first;
  const named = (suffix: string) => globals.spreadsheet.getRangeByName(`Shop_${suffix}`)?.getValue();
  return { globals, sheet, first, named, layout: financeLayout(read.finance) };
}

test('a new price typed on the sheet gives a new profit', () => {
  const { sheet, first, named } = shop();
  expect(named('Profit')).toBe(6200); // 4 × 2000 + 12 × 100 − 3000
  editCell(sheet, first, REVENUE_COLUMNS.price, '5');
  expect(named('Revenue')).toBe(11200);
  expect(named('Profit')).toBe(8200);
  expect(kpiReport(sheet).kpis.profitMargin).toBeCloseTo(8200 / 11200, 12);
});

test('clearing a stream’s cells takes it out of every total', () => {
  const { sheet, first, named } = shop();
  for (const c of [REVENUE_COLUMNS.name, REVENUE_COLUMNS.type, REVENUE_COLUMNS.price, REVENUE_COLUMNS.volume])
    clearCell(sheet, first, c);
  expect(named('Revenue')).toBe(1200);
  expect(named('Profit')).toBe(-1800);
  expect(named('BreakEvenRevenue')).toBe(3000);
  expect(sheet.getRange(first, REVENUE_COLUMNS.monthly, 1, 1).getValue()).toBe('');
  expect(kpiReport(sheet).check).toBe('OK');
});

test('deleting a stream’s row takes it out of every total, and the canvas still reads back', () => {
  const { sheet, first, named } = shop();
  // The second row holds a stream and no cost, so the whole row can go.
  sheet.deleteRows(first + 1, 1);
  expect(named('Revenue')).toBe(8000);
  expect(named('Profit')).toBe(5000);
  const report = kpiReport(sheet);
  expect(report.kpis.streamCount).toBe(1);
  expect(report.kpis.breakEvenUnits).toBe(750); // 3000 ÷ 4
  const read = readCanvas(sheet);
  expect(read.ok && read.canvas.revenueStreams).toEqual([
    { name: 'Coffee', type: 'asset-sale', price: 4, volume: 2000 },
  ]);
  const values = sheet.getDataRange().getValues().flat();
  expect(values.filter((v) => typeof v === 'string' && v.startsWith('#'))).toEqual([]);
});

test('a stream and a cost typed into the room rows join the totals', () => {
  const { sheet, first, named } = shop();
  const row = first + 3;
  editCell(sheet, row, REVENUE_COLUMNS.name, 'Cake');
  editCell(sheet, row, REVENUE_COLUMNS.type, 'Asset sale');
  editCell(sheet, row, REVENUE_COLUMNS.price, '3');
  editCell(sheet, row, REVENUE_COLUMNS.volume, '300');
  editCell(sheet, row, COST_COLUMNS.name, 'Flour');
  editCell(sheet, row, COST_COLUMNS.behavior, 'per unit');
  editCell(sheet, row, COST_COLUMNS.stream, 'Cake');
  editCell(sheet, row, COST_COLUMNS.amount, '0.5');
  expect(named('Revenue')).toBe(10100);
  expect(named('VariableCosts')).toBe(150);
  expect(sheet.getRange(row, COST_COLUMNS.basis, 1, 1).getValue()).toBe('USD × units of that stream');
});

test('the validation refuses text in a number, a type not on the list and a share above 1', () => {
  const { sheet, first, layout } = shop();
  expect(() => editCell(sheet, first, REVENUE_COLUMNS.price, 'ten')).toThrow(RejectedEditError);
  expect(() => editCell(sheet, first, REVENUE_COLUMNS.price, '-4')).toThrow(
    /A price per unit from 0 to 1,000,000,000,000/,
  );
  expect(() => editCell(sheet, first, REVENUE_COLUMNS.type, 'rent')).toThrow(/Pick the kind of revenue/);
  expect(() => editCell(sheet, first, COST_COLUMNS.behavior, 'monthly')).toThrow(/Pick how the cost behaves/);
  expect(() => editCell(sheet, first + 1, COST_COLUMNS.stream, 'Tea')).toThrow(/revenue stream whose volume/);
  const churn = layout.assumptions.churn.value;
  expect(() => editCell(sheet, churn.row, churn.column, '1.5')).toThrow(/between 0 and 1/);
  editCell(sheet, churn.row, churn.column, '0.05');
  expect(kpiReport(sheet).kpis.lifetime).toBe(20);
  expect(sheet.getRange(first, REVENUE_COLUMNS.price, 1, 1).getValue()).toBe(4);
});

test('a stream typed into a row inserted inside the block counts at once, and the check asks for its formulas', () => {
  const { sheet, first, named } = shop();
  sheet.insertRowsAfter(first, 1);
  const row = first + 1;
  editCell(sheet, row, REVENUE_COLUMNS.name, 'Cake');
  editCell(sheet, row, REVENUE_COLUMNS.type, 'Asset sale');
  editCell(sheet, row, REVENUE_COLUMNS.price, '3');
  editCell(sheet, row, REVENUE_COLUMNS.volume, '300');
  expect(named('Revenue')).toBe(10100);
  expect(kpiReport(sheet).check).toBe('A row added by hand lacks its formulas: copy them from the row above');
  const read = readCanvas(sheet);
  expect(read.ok && read.canvas.revenueStreams.map((s) => s.name)).toEqual(['Coffee', 'Cake', 'Beans to go']);
});
