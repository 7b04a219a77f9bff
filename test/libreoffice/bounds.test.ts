/**
 * The same guards as in the emulator, recalculated by LibreOffice: a price of 1e308 that got past
 * the validation makes the master check name the revenue cell, and a scenario that doubles a
 * churn of 60 % holds churn at 100 % and the volume factor at 0.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { a1Range } from '../../src/core/a1';
import { KPI_NOT_A_NUMBER } from '../../src/core/finance/checks';
import { FinanceLayout, financeLayout, UNITS_MONTH0_COLUMN } from '../../src/core/finance/layout';
import { Canvas, emptyCanvas } from '../../src/core/model';
import { readCanvas } from '../../src/gas/canvas-sheet';
import { emulatedWorkbook } from '../../src/local/cli';
import { writeXlsx } from '../../src/local/xlsx';
import { churnDoubledByScenario } from '../helpers/churn-case';
import { recalculateInLibreOffice } from '../helpers/libreoffice';

const dir = mkdtempSync(join(tmpdir(), 'bmc-lo-bounds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const OVERFLOW = 'Overflow';
const CHURNING = 'Churning';

function overflowing(): Canvas {
  const c = emptyCanvas(OVERFLOW);
  c.revenueStreams = [{ name: 'Cups', type: 'asset-sale', price: 10, volume: 100 }];
  return c;
}

let book: ExcelJS.Workbook;
const layouts = new Map<string, FinanceLayout>();

function computed(cell: ExcelJS.Cell): unknown {
  return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
}

beforeAll(async () => {
  const { globals, sheets } = emulatedWorkbook([overflowing(), churnDoubledByScenario(CHURNING)]);
  for (const sheet of sheets) {
    const read = readCanvas(sheet);
    if (!read.ok) throw new Error(read.problems.join('\n'));
    layouts.set(sheet.getName(), financeLayout(read.finance));
  }
  // A price far beyond its bound, as a paste or a script could put it past the validation.
  const priceRow = (layouts.get(OVERFLOW) as FinanceLayout).revenueRows.first;
  sheets[0].getRange(priceRow, 11, 1, 1).setValue(1e308);
  const input = join(dir, 'bounds.xlsx');
  await writeXlsx(globals.spreadsheet.toJSON(), input);
  const [out] = recalculateInLibreOffice([input], dir);
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
}, 180_000);

function at(sheetName: string) {
  const ws = book.getWorksheet(sheetName);
  const layout = layouts.get(sheetName);
  if (!ws || !layout) throw new Error(`No sheet "${sheetName}" in the recalculated workbook`);
  return { layout, value: (p: { row: number; column: number }) => computed(ws.getCell(p.row, p.column)) };
}

test('a price of 1e308: LibreOffice’s master check names the revenue cell', () => {
  const { layout, value } = at(OVERFLOW);
  const revenue = layout.kpis.revenue.value;
  const check = value(layout.master.value);
  expect(typeof check).toBe('string');
  expect(check).toMatch(new RegExp(`^${KPI_NOT_A_NUMBER}`));
  expect(check).toContain(` ${a1Range(revenue.row, revenue.column, 1, 1)}`);
});

test('churn 60 % doubled by the scenario: LibreOffice holds churn at 100 %, so customers fall to 0 and stay there', () => {
  const { layout, value } = at(CHURNING);
  expect(value(layout.kpis.lifetime.value)).toBe(1);
  const row = layout.revenueRows.first;
  const first = UNITS_MONTH0_COLUMN + 1;
  expect([0, 1, 2].map((i) => value({ row, column: first + i }))).toEqual([100, 0, 0]);
  expect(value(layout.master.value)).toBe('OK');
});
