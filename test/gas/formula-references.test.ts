/**
 * Formulas the user typed follow the entries when an edit moves or deletes rows, as Sheets moves
 * references when rows move; a formula that would lose what it refers to stops the edit, with a
 * message naming its cell, and the sheet is left as it was. Recalculated by the emulator's engine.
 */
import { CanvasEdit, EditResult } from '../../src/core/api';
import { Canvas, emptyCanvas, RevenueStream } from '../../src/core/model';
import { editCanvas } from '../../src/gas/sidebar-server';
import { addTemplateToCanvasIn } from '../../src/gas/templates-api';
import { everything, fresh, refTo, stateOf, workbookWith, Workbook } from './sidebar-fixture';

const SHEET = 'Corner Coffee';
/** The first cost-and-revenue row; prices are in K, cost amounts in D. */
const ROW = 22;
/** A cell outside every list and the panel's figures. */
const FREE = 'B30';

const coffee: RevenueStream = { name: 'Coffee', type: 'asset-sale', price: 4, volume: 2500 };
const boxes: RevenueStream = { name: 'Office boxes', type: 'subscription', price: 50, volume: 40 };
const pastries: RevenueStream = { name: 'Pastries', type: 'asset-sale', price: 3, volume: 600 };

function cafe(streams: RevenueStream[]): Canvas {
  const c = emptyCanvas(SHEET);
  c.blocks.keyPartners = [{ text: 'Bean roaster' }, { text: 'Milk farm' }, { text: 'Bakery' }];
  c.revenueStreams = streams;
  c.costs = [{ name: 'Rent', behavior: 'fixed', amount: 3000 }];
  return c;
}

function edit(wb: Workbook, change: CanvasEdit): EditResult {
  return editCanvas(wb.ctx, fresh(wb.ss, { sheetName: SHEET, edit: change }));
}

const cell = (wb: Workbook, a1: string) => wb.sheet.getRange(a1);

/** Every value on the sheet that is an error, with its cell. */
function errorCells(wb: Workbook): string[] {
  const values = wb.sheet.getDataRange().getValues();
  return values.flatMap((row, r) =>
    row.flatMap((v, c) => (typeof v === 'string' && /^#[A-Z/0!?]+[!?]?$/.test(v) ? [`R${r + 1}C${c + 1} ${v}`] : [])),
  );
}

describe('the reported case: the second stream’s price refers to the first', () => {
  test('deleting the first stream is refused, naming the cell and the reference, and nothing changes', () => {
    const wb = workbookWith(cafe([coffee, boxes]));
    cell(wb, `K${ROW + 1}`).setFormula(`=K${ROW}*2`);
    const before = everything(wb.ss);
    const result = edit(wb, { kind: 'delete', block: 'revenueStreams', index: 0, expected: coffee });
    expect(result).toEqual({
      ok: false,
      reason: 'failed',
      message: `The price of "Office boxes" (K${ROW + 1}) refers to K${ROW}, in the row this change deletes, so nothing was changed. Change that formula first, then try again.`,
    });
    expect(everything(wb.ss)).toEqual(before);
    expect(errorCells(wb)).toEqual([]);
  });

  test('moving the first stream below the second moves the reference with it: no self-reference, no #REF!', () => {
    const wb = workbookWith(cafe([coffee, boxes]));
    cell(wb, `K${ROW + 1}`).setFormula(`=K${ROW}*2`);
    const state = stateOf(edit(wb, { kind: 'move', block: 'revenueStreams', index: 0, expected: coffee, to: 1 }));
    expect(cell(wb, `H${ROW}`).getValue()).toBe('Office boxes');
    expect(cell(wb, `K${ROW}`).getFormula()).toBe(`=K${ROW + 1}*2`);
    expect(cell(wb, `K${ROW + 1}`).getFormula()).toBe('');
    expect(cell(wb, `K${ROW + 1}`).getValue()).toBe(4);
    expect(cell(wb, `K${ROW}`).getValue()).toBe(8);
    // Revenue: 8 × 40 + 4 × 2500.
    expect(cell(wb, 'D32').getValue()).toBe(10320);
    expect(state.canvas.revenueStreams.map((s) => [s.name, s.price])).toEqual([
      ['Office boxes', 8],
      ['Coffee', 4],
    ]);
    expect(errorCells(wb)).toEqual([]);
  });
});

test('deleting the first of three streams moves references to the others up, in prices, costs and free cells', () => {
  const wb = workbookWith(cafe([coffee, boxes, pastries]));
  cell(wb, `K${ROW + 2}`).setFormula(`=$K$${ROW + 1}/10+1`);
  cell(wb, `D${ROW}`).setFormula(`=SUM(K${ROW + 1}:K${ROW + 2})*10`);
  cell(wb, FREE).setFormula(`='${SHEET}'!L${ROW + 2}+'${SHEET}'!K$${ROW}`);
  // Deleting Coffee would break the free cell's reference to its price: refused, naming the cell.
  const refused = edit(wb, { kind: 'delete', block: 'revenueStreams', index: 0, expected: coffee });
  expect(refused).toMatchObject({ ok: false, reason: 'failed' });
  expect((refused as { message: string }).message).toMatch(
    /^The formula in B30 refers to 'Corner Coffee'!K\$22, in the row this change deletes/,
  );
  cell(wb, FREE).setFormula(`='${SHEET}'!L${ROW + 2}*2`);

  wb.globals.calls.reset();
  const state = stateOf(edit(wb, { kind: 'delete', block: 'revenueStreams', index: 0, expected: coffee }));
  // One write for the streams, one for the costs' rectangle and one for the free cell.
  expect(wb.globals.calls.byMethod()['Range.setValues']).toBe(3);
  expect(cell(wb, `K${ROW + 1}`).getFormula()).toBe(`=$K$${ROW}/10+1`);
  expect(cell(wb, `D${ROW}`).getFormula()).toBe(`=SUM(K${ROW}:K${ROW + 1})*10`);
  expect(cell(wb, FREE).getFormula()).toBe(`='${SHEET}'!L${ROW + 1}*2`);
  expect(state.canvas.revenueStreams.map((s) => [s.name, s.price])).toEqual([
    ['Office boxes', 50],
    ['Pastries', 6],
  ]);
  expect(cell(wb, `D${ROW}`).getValue()).toBe(560);
  expect(cell(wb, FREE).getValue()).toBe(1200);
  // Revenue 50 × 40 + 6 × 600; fixed costs 560.
  expect(cell(wb, 'D32').getValue()).toBe(5600);
  expect(cell(wb, 'D36').getValue()).toBe(560);
  expect(errorCells(wb)).toEqual([]);
});

test('a sequence: move down, move up, delete, with a price that refers to another stream', () => {
  const wb = workbookWith(cafe([coffee, boxes, pastries]));
  cell(wb, `K${ROW + 2}`).setFormula(`=K${ROW}-1`);
  let state = stateOf(edit(wb, { kind: 'move', block: 'revenueStreams', index: 0, expected: coffee, to: 2 }));
  expect(state.canvas.revenueStreams.map((s) => s.name)).toEqual(['Office boxes', 'Pastries', 'Coffee']);
  expect(cell(wb, `K${ROW + 1}`).getFormula()).toBe(`=K${ROW + 2}-1`);
  const pastriesNow = state.canvas.revenueStreams[1];
  state = stateOf(edit(wb, { kind: 'move', block: 'revenueStreams', index: 1, expected: pastriesNow, to: 0 }));
  expect(state.canvas.revenueStreams.map((s) => [s.name, s.price])).toEqual([
    ['Pastries', 3],
    ['Office boxes', 50],
    ['Coffee', 4],
  ]);
  expect(cell(wb, `K${ROW}`).getFormula()).toBe(`=K${ROW + 2}-1`);
  state = stateOf(edit(wb, { kind: 'delete', block: 'revenueStreams', index: 1, expected: boxes }));
  expect(cell(wb, `K${ROW}`).getFormula()).toBe(`=K${ROW + 1}-1`);
  expect(state.canvas.revenueStreams.map((s) => [s.name, s.price])).toEqual([
    ['Pastries', 3],
    ['Coffee', 4],
  ]);
  expect(errorCells(wb)).toEqual([]);
});

describe('notes', () => {
  const KP = 6;
  test('deleting a note moves a formula in another note that refers to a third one', () => {
    const wb = workbookWith(cafe([coffee]));
    cell(wb, `A${KP + 2}`).setFormula(`=A${KP + 1}&" and bread"`);
    const state = stateOf(
      edit(wb, { kind: 'delete', block: 'keyPartners', index: 0, expected: { text: 'Bean roaster' } }),
    );
    expect(cell(wb, `A${KP + 1}`).getFormula()).toBe(`=A${KP}&" and bread"`);
    expect(state.canvas.blocks.keyPartners.map((n) => n.text)).toEqual(['Milk farm', 'Milk farm and bread']);
  });

  test('deleting the note another note refers to is refused, naming the note', () => {
    const wb = workbookWith(cafe([coffee]));
    cell(wb, `A${KP + 2}`).setFormula(`=A${KP + 1}&" and bread"`);
    const result = edit(wb, { kind: 'delete', block: 'keyPartners', index: 1, expected: { text: 'Milk farm' } });
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^The text of "Milk farm and bread" \(A8\) refers to A7, in the row this change deletes/,
      ),
    });
  });
});

describe('in a de_DE spreadsheet', () => {
  test('a moved formula keeps the locale’s separators and its value', () => {
    const wb = workbookWith(cafe([coffee, boxes, pastries]), 'de_DE');
    cell(wb, `K${ROW + 2}`).setFormula(`=ROUND(K${ROW + 1}*1,5;0)`);
    const state = stateOf(edit(wb, { kind: 'delete', block: 'revenueStreams', index: 0, expected: coffee }));
    expect(cell(wb, `K${ROW + 1}`).getFormula()).toBe(`=ROUND(K${ROW}*1,5;0)`);
    expect(cell(wb, `K${ROW + 1}`).getValue()).toBe(75);
    expect(state.canvas.revenueStreams.map((s) => [s.name, s.price])).toEqual([
      ['Office boxes', 50],
      ['Pastries', 75],
    ]);
    expect(errorCells(wb)).toEqual([]);
  });
});

describe('a pattern check added with a template', () => {
  function withCheck() {
    const c = emptyCanvas('Mine');
    const wb = workbookWith(c);
    const canvas = refTo(wb.ss, 'Mine');
    const parts = { patternCheck: true, notes: true, streams: true, costs: true };
    const result = addTemplateToCanvasIn(wb.ctx, { canvas, id: 'free-photo-sharing', parts });
    if (!result.ok) throw new Error(JSON.stringify(result));
    return { wb, streams: result.state.canvas.revenueStreams };
  }
  const mineEdit = (wb: Workbook, change: CanvasEdit) =>
    stateOf(editCanvas(wb.ctx, fresh(wb.ss, { sheetName: 'Mine', edit: change })));

  test('follows a stream that moves, and keeps the value it showed when the stream is deleted', () => {
    const { wb, streams } = withCheck();
    // The check reads Free plan's volume in T36 and Pro plan's in T38, from rows 22 and 23.
    expect([cell(wb, 'T36').getFormula(), cell(wb, 'T38').getFormula()]).toEqual(['=SUM($L$22)', '=SUM($L$23)']);
    const [free, pro] = streams;
    mineEdit(wb, { kind: 'move', block: 'revenueStreams', index: 1, expected: pro, to: 0 });
    expect([cell(wb, 'T36').getFormula(), cell(wb, 'T38').getFormula()]).toEqual(['=SUM($L$23)', '=SUM($L$22)']);
    expect(cell(wb, 'T36').getValue()).toBe(free.volume);
    expect(errorCells(wb)).toEqual([]);
    const state = mineEdit(wb, { kind: 'delete', block: 'revenueStreams', index: 1, expected: free });
    expect(state.canvas.revenueStreams.map((s) => s.name)).toEqual([pro.name]);
    expect(cell(wb, 'T36').getFormula()).toBe('');
    expect(cell(wb, 'T36').getValue()).toBe(free.volume);
    expect(cell(wb, 'T38').getFormula()).toBe('=SUM($L$22)');
    expect(errorCells(wb)).toEqual([]);
  });
});
