/**
 * After a delete and a move whose formulas followed the entries, LibreOffice recalculates the
 * canvas: no error anywhere, and the figures worked out by hand.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { CanvasEdit } from '../../src/core/api';
import { emptyCanvas, RevenueStream } from '../../src/core/model';
import { editCanvas } from '../../src/gas/sidebar-server';
import { writeXlsx } from '../../src/local/xlsx';
import { fresh, stateOf, workbookWith } from '../gas/sidebar-fixture';
import { recalculateInLibreOffice } from '../helpers/libreoffice';

const dir = mkdtempSync(join(tmpdir(), 'bmc-lo-refs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SHEET = 'Corner Coffee';
const ROW = 22;
const coffee: RevenueStream = { name: 'Coffee', type: 'asset-sale', price: 4, volume: 2500 };
const boxes: RevenueStream = { name: 'Office boxes', type: 'subscription', price: 50, volume: 40 };
const pastries: RevenueStream = { name: 'Pastries', type: 'asset-sale', price: 3, volume: 600 };

let ws: ExcelJS.Worksheet;

beforeAll(async () => {
  const c = emptyCanvas(SHEET);
  c.revenueStreams = [coffee, boxes, pastries];
  c.costs = [{ name: 'Rent', behavior: 'fixed', amount: 3000 }];
  const wb = workbookWith(c);
  const edit = (change: CanvasEdit) => stateOf(editCanvas(wb.ctx, fresh(wb.ss, { sheetName: SHEET, edit: change })));
  // Pastries' price is a tenth of Office boxes' plus 1; the rent ten times both prices; B30 twice Pastries' volume.
  wb.sheet.getRange(`K${ROW + 2}`).setFormula(`=$K$${ROW + 1}/10+1`);
  wb.sheet.getRange(`D${ROW}`).setFormula(`=SUM(K${ROW + 1}:K${ROW + 2})*10`);
  wb.sheet.getRange('B30').setFormula(`='${SHEET}'!L${ROW + 2}*2`);
  edit({ kind: 'delete', block: 'revenueStreams', index: 0, expected: coffee });
  // Office boxes, then Pastries at 6: move Pastries first.
  edit({ kind: 'move', block: 'revenueStreams', index: 1, expected: { ...pastries, price: 6 }, to: 0 });
  const input = join(dir, 'refs.xlsx');
  await writeXlsx(wb.ss.toJSON(), input);
  const [out] = recalculateInLibreOffice([input], dir);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  const sheet = book.getWorksheet(SHEET);
  if (!sheet) throw new Error('No canvas sheet in the recalculated workbook');
  ws = sheet;
}, 180_000);

const value = (a1: string) => {
  const cell = ws.getCell(a1);
  return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
};

test('no cell of the canvas is an error', () => {
  const errors: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
      if (typeof v === 'object' && v !== null && 'error' in v) errors.push(`${cell.address} ${String(v.error)}`);
    }),
  );
  expect(errors).toEqual([]);
});

test('the formulas point at the streams they named, and the figures are right', () => {
  expect([value(`H${ROW}`), value(`H${ROW + 1}`)]).toEqual(['Pastries', 'Office boxes']);
  expect(ws.getCell(`K${ROW}`).formula).toBe(`$K$${ROW + 1}/10+1`);
  expect(value(`K${ROW}`)).toBe(6);
  expect(ws.getCell(`D${ROW}`).formula).toBe(`SUM(K${ROW}:K${ROW + 1})*10`);
  expect(value(`D${ROW}`)).toBe(560);
  expect(value('B30')).toBe(1200);
  // Revenue 6 × 600 + 50 × 40.
  expect(value('D32')).toBe(5600);
});
