/**
 * The financial model's second version recalculated by LibreOffice: the hand-worked cases laid out
 * by the add-on's own code on the emulator, saved as .xlsx and recalculated; every named figure,
 * the projection's revenue, acquisition spend and profit, and the IRR match the values worked out
 * by hand, with no error cell.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { namedCells } from '../../src/core/finance';
import { financeLayout, FinanceLayout, PROJECTION_COLUMNS } from '../../src/core/finance/layout';
import { Canvas, emptyCanvas } from '../../src/core/model';
import { readCanvas } from '../../src/gas/canvas-sheet';
import { emulatedWorkbook } from '../../src/local/cli';
import { writeXlsx } from '../../src/local/xlsx';
import { agrees } from '../helpers/kpi-cases';
import { recalculateInLibreOffice } from '../helpers/libreoffice';
import { byHand, hasIrr, V2_CASES } from '../helpers/model-v2-cases';

const dir = mkdtempSync(join(tmpdir(), 'bmc-lo-v2-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function computed(cell: ExcelJS.Cell): unknown {
  return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
}

function canvasOf(c: (typeof V2_CASES)[number]): Canvas {
  const canvas = emptyCanvas(c.name);
  canvas.revenueStreams = c.streams;
  canvas.costs = c.costs;
  canvas.assumptions = c.assumptions;
  return canvas;
}

let book: ExcelJS.Workbook;
const layouts = new Map<string, FinanceLayout>();

beforeAll(async () => {
  const input = join(dir, 'v2.xlsx');
  const { globals, sheets } = emulatedWorkbook(V2_CASES.map(canvasOf));
  await writeXlsx(globals.spreadsheet.toJSON(), input);
  for (const sheet of sheets) {
    const read = readCanvas(sheet);
    if (!read.ok) throw new Error(read.problems.join('\n'));
    layouts.set(sheet.getName(), financeLayout(read.finance));
  }
  const [out] = recalculateInLibreOffice([input], dir);
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
}, 180_000);

describe.each(V2_CASES)('$name recalculated by LibreOffice', (c) => {
  const want = byHand(c);
  const sheet = () => {
    const ws = book.getWorksheet(c.name);
    const layout = layouts.get(c.name);
    if (!ws || !layout) throw new Error(`No sheet "${c.name}" in the recalculated workbook`);
    return { layout, at: (row: number, column: number) => computed(ws.getCell(row, column)) };
  };

  test('every named figure and the projection match the hand-worked values', () => {
    const { layout, at } = sheet();
    const wrong: string[] = [];
    for (const { name, at: p } of namedCells(layout)) {
      const expected = want.named[name] ?? c.literal[name];
      if (expected !== undefined && !agrees(at(p.row, p.column), expected))
        wrong.push(`${name}: expected ${expected}, got ${JSON.stringify(at(p.row, p.column))}`);
    }
    for (const [suffix, value] of Object.entries(c.literal)) {
      const p = namedCells(layout).find((n) => n.name === suffix)?.at;
      if (p && !agrees(at(p.row, p.column), value)) wrong.push(`${suffix} (literal): expected ${value}`);
    }
    const { rows } = layout.projection;
    for (let m = 1; m <= 36; m++) {
      const column = PROJECTION_COLUMNS.firstMonth + m - 1;
      if (!agrees(at(rows.revenue, column), want.revenue[m - 1])) wrong.push(`revenue, month ${m}`);
      if (!agrees(at(rows.acquisition, column), want.acquisition[m - 1])) wrong.push(`acquisition, month ${m}`);
      if (!agrees(at(rows.profit, column), want.profit[m - 1])) wrong.push(`profit, month ${m}`);
    }
    expect(wrong).toEqual([]);
    expect(at(layout.master.value.row, layout.master.value.column)).toBe('OK');
  });

  test('the IRR, when the cash flows have one, is found and discounts them to 0', () => {
    const { layout, at } = sheet();
    const p = layout.kpis.irrMonthly.value;
    const irr = at(p.row, p.column);
    const investment = c.assumptions.initialInvestment ?? 0;
    // n/a exactly when no rate discounts the cash flows to 0.
    if (!hasIrr([-investment, ...want.profit])) return expect(irr).toBe('n/a');
    expect(typeof irr).toBe('number');
    const npv = want.profit.reduce((t, x, k) => t + x / (1 + (irr as number)) ** (k + 1), -investment);
    expect(Math.abs(npv)).toBeLessThan(1e-6 * Math.max(1, investment, ...want.profit.map(Math.abs)));
  });
});

test('a steady profit that never pays back the investment: LibreOffice finds the negative IRR', () => {
  const layout = layouts.get('Negative IRR')!;
  const p = layout.kpis.irrMonthly.value;
  const irr = computed(book.getWorksheet('Negative IRR')!.getCell(p.row, p.column)) as number;
  expect(irr).toBeLessThan(0);
  expect((1000 * (1 - (1 + irr) ** -36)) / irr).toBeCloseTo(50000, 4);
});

test('no cell of the recalculated workbook holds an error', () => {
  const errors: string[] = [];
  for (const ws of book.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = computed(cell);
        if (typeof v === 'object' && v !== null && 'error' in v) errors.push(`${ws.name}!${cell.address}`);
      }),
    );
  }
  expect(errors).toEqual([]);
});
