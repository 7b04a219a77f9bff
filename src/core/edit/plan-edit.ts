/**
 * Deciding edits: from a canvas as read from its sheet and a list of changes to its lists, the
 * fewest writes that carry them all out, as data. Nothing here touches a spreadsheet.
 *
 * Each edit is decided on the sheet as the edits before it leave it (see edit-step.ts), carried
 * out on a copy of the sheet in memory (sheet-in-memory.ts); at the end the rows any edit inserted
 * go in with one call per place, and the writes are the smallest rectangles, per list, around the
 * cells whose content or fill differs from the sheet as read; a batch merges neighbouring ones
 * (merge-writes.ts). So a batch costs about the calls of one edit, whatever it holds.
 */
import { CanvasEdit } from '../api';
import { blockInfo } from '../blocks';
import { BlockPlace, placeOf } from '../layout/canvas-layout';
import { CanvasOnSheet } from '../layout/read-canvas';
import { BlockId } from '../model';
import { GridRange } from '../plan';
import { patternCheckRect } from '../patterns/sheet/read-check';
import { EditValue, gridCell, sameValue } from './cells';
import { EditRefusal, editStep, List, readList, Row } from './edit-step';
import { itemRowFormulas } from './finance-rows';
import { costAmountFormat, priceFormat } from '../finance/items';
import { COST_COLUMNS, REVENUE_COLUMNS } from '../layout/geometry';
import { paintColumns, rowFill } from './fills';
import { entryColumns, inList } from './lists';
import { RowInsertion } from './row-insertion';
import { settingsColumns } from './row-moves';
import { mergedFillWrites, mergedValueWrites } from './merge-writes';
import { FillWrite, NumberFormatWrite, ValueWrite } from './writes';

export type { FillWrite, NumberFormatWrite, ValueWrite } from './writes';
import {
  carryOutStep,
  insertionsOf,
  readInMemory,
  RowOrigin,
  SheetAsRead,
  SheetInMemory,
  sheetInMemory,
  writeInMemory,
} from './sheet-in-memory';

/**
 * What to do to the sheet, in this order: insert rows (each insertion's row counted on the sheet as
 * the ones before it leave it), write values, write fills.
 */
export interface EditPlan {
  insertions: RowInsertion[];
  values: ValueWrite[];
  fills: FillWrite[];
  /** The driver cells whose number format follows their row: a take rate or a share of revenue is a percent. None when left out. */
  numberFormats?: NumberFormatWrite[];
}

/** The plan, and where the named ranges will be once it is carried out (rows it inserts move them). */
export type EditDecision = { ok: true; plan: EditPlan; namedRanges: Record<string, GridRange> } | EditRefusal;

/** A canvas as read for an edit: the model and where its blocks are, and what they were read from. */
export type EditStart = CanvasOnSheet & SheetAsRead;

/** Text of the customer segments, in order, from the rows of their block. */
function segmentTexts(rows: readonly Row[]): string[] {
  return rows.filter((r) => r.entry).map((r) => r.texts[0]);
}

/** The fill of each row of a list, by the rows' contents. */
function fillsOf(block: BlockId, rows: readonly Row[], segments: readonly string[]): string[] {
  let ordinal = 0;
  return rows.map((r) => rowFill(block, r.entry ? r.texts : null, r.entry ? ordinal++ : 0, segments));
}

/** The smallest rectangle around the marked cells, as [top, bottom, left, right] (0-based), or null. */
function bounds(marks: boolean[][]): [number, number, number, number] | null {
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  marks.forEach((row, r) =>
    row.forEach((m, c) => {
      if (!m) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }),
  );
  return bottom < 0 ? null : [top, bottom, left, right];
}

/**
 * The one cell of a cost or stream row whose number format follows what the row holds: a
 * stream's price (a percent for a take rate), a cost's amount (a percent for a share of revenue).
 */
function driverCell(block: BlockId): { column: number; formatOf: (texts: readonly string[]) => string } | null {
  if (block === 'revenueStreams')
    return {
      column: REVENUE_COLUMNS.price,
      formatOf: (t) => priceFormat(t[REVENUE_COLUMNS.type - REVENUE_COLUMNS.name] ?? ''),
    };
  if (block === 'costStructure')
    return {
      column: COST_COLUMNS.amount,
      formatOf: (t) => costAmountFormat(t[COST_COLUMNS.behavior - COST_COLUMNS.name] ?? ''),
    };
  return null;
}

/**
 * The number formats of a list's driver cells that differ from what the row in each place had,
 * as one write around them. A row's format is taken to be the one its content as read calls for,
 * as a row's fill is: the add-on wrote it so.
 */
function driverFormatWrite(
  list: List,
  rows: readonly Row[],
  top: number,
  origin: readonly RowOrigin[],
): NumberFormatWrite | null {
  const driver = driverCell(list.block);
  if (!driver) return null;
  const formatOf = (r: Row | undefined) => driver.formatOf(r?.entry ? r.texts : []);
  const after = rows.map(formatOf);
  const before = rows.map((_, k) => formatOf(list.rows[origin[top + k - 1].format - list.place.items.row]));
  const box = bounds(after.map((f, k) => [f !== before[k]]));
  if (!box) return null;
  const [t, b] = box;
  return {
    range: { row: top + t, column: driver.column, numRows: b - t + 1, numColumns: 1 },
    formats: after.slice(t, b + 1).map((f) => [f]),
  };
}

/**
 * The writes that turn the sheet, once the rows are in, into the sheet in memory, list by list.
 * `lists` holds each list's rows as read, `places` where each list is once the rows are in.
 */
function writesFor(
  lists: readonly List[],
  places: readonly BlockPlace[],
  after: Map<BlockId, Row[]>,
  sheet: SheetInMemory,
): {
  values: ValueWrite[];
  fills: FillWrite[];
  numberFormats: NumberFormatWrite[];
  knownFill: (row: number, column: number) => string | null;
} {
  const values: ValueWrite[] = [];
  const fills: FillWrite[] = [];
  const numberFormats: NumberFormatWrite[] = [];
  const known = new Map<string, string>();
  const segmentsBefore = segmentTexts(lists.find((l) => l.block === 'customerSegments')?.rows ?? []);
  const segmentsAfter = segmentTexts(after.get('customerSegments') ?? []);

  for (const list of lists) {
    const place = placeOf(places, list.block);
    const rows = after.get(list.block) as Row[];
    const { first, count } = entryColumns(list.block);
    const top = place.items.row;
    // What each sheet row holds once the rows are in, before anything is written.
    const fillBefore = fillsOf(list.block, list.rows, segmentsBefore);
    const fillOfSheetRow = (row: number): string => {
      const i = row - list.place.items.row;
      return i >= 0 && i < list.rows.length ? fillBefore[i] : blockInfo(list.block).color;
    };
    const present = rows.map((_, k): { cells: EditValue[]; fill: string } => {
      const { format } = sheet.origin[top + k - 1];
      const cells: EditValue[] = [];
      for (let c = first; c < first + count; c++) cells.push(gridCell(sheet.before, top + k, c));
      return { cells, fill: fillOfSheetRow(format) };
    });

    const changed = rows.map((r, k) => r.cells.map((v, c) => !sameValue(v, present[k].cells[c])));
    const box = bounds(changed);
    if (box) {
      const [t, b, l, rgt] = box;
      values.push({
        range: { row: top + t, column: first + l, numRows: b - t + 1, numColumns: rgt - l + 1 },
        values: rows.slice(t, b + 1).map((r) => r.cells.slice(l, rgt + 1)),
      });
    }

    const formats = driverFormatWrite(list, rows, top, sheet.origin);
    if (formats) numberFormats.push(formats);

    const paint = paintColumns(list.block);
    if (!paint) continue;
    const fillAfter = fillsOf(list.block, rows, segmentsAfter);
    // Every row of the list ends up with its colour, written or not: a merged write may repaint it.
    fillAfter.forEach((fill, k) => {
      for (let c = paint.first; c < paint.first + paint.count; c++) known.set(`${top + k}:${c}`, fill);
    });
    const repaint = rows.map((_, k) => [fillAfter[k] !== present[k].fill || changed[k].some((x) => x)]);
    const fillBox = bounds(repaint);
    if (fillBox) {
      const [t, b] = fillBox;
      fills.push({
        range: { row: top + t, column: paint.first, numRows: b - t + 1, numColumns: paint.count },
        colors: fillAfter.slice(t, b + 1).map((color) => new Array<string>(paint.count).fill(color)),
      });
    }
  }
  return { values, fills, numberFormats, knownFill: (row, column) => known.get(`${row}:${column}`) ?? null };
}

/**
 * Decides the writes for `edits`, in order, on the canvas `start`, whose sheet holds `start.grid`
 * (values and formulas from A1 down to at least the bottom of the canvas). Each edit is checked
 * against the sheet as the edits before it leave it; the first one that cannot be made is the
 * answer, and then nothing is written.
 */
export function planEdit(start: EditStart, edits: readonly CanvasEdit[]): EditDecision {
  const check = start.metadata.patternCheck;
  const sheet = sheetInMemory(start, check === null ? null : patternCheckRect(start.finance, check));
  let now: CanvasOnSheet = start;
  for (const edit of edits) {
    const step = editStep(now, sheet, edit);
    if (!step.ok) return step;
    const refused = carryOutStep(sheet, now.places, step);
    if (refused) return refused;
    now = readInMemory(sheet, start);
  }
  const lists = start.places.map((p) => readList(p, start.grid));
  const after = new Map(now.places.map((p) => [p.block, readList(p, sheet).rows]));
  const writes = writesFor(lists, now.places, after, sheet);
  const followed = followedFormulaWrites(now.places, sheet);
  const settings = settingsWrites(now.places, sheet);
  const formulas = newRowFormulas(now, sheet.origin);
  // The settings moved into new rows are written over the empty inputs the rows' formulas bring.
  for (const w of [...formulas, ...settings]) writeInMemory(sheet, w.range, w.values);
  const all = [...writes.values, ...followed, ...formulas, ...settings];
  const batch = edits.length > 1;
  const values = batch ? mergedValueWrites(all, freeCells(now.places, sheet)) : all;
  const fills = batch ? mergedFillWrites(writes.fills, writes.knownFill) : writes.fills;
  return {
    ok: true,
    plan: { insertions: insertionsOf(sheet), values, fills, numberFormats: writes.numberFormats },
    namedRanges: sheet.namedRanges,
  };
}

/** Whether a cell, once the rows are in, is an entry cell of a list that is empty and stays empty. */
function freeCells(places: readonly BlockPlace[], sheet: SheetInMemory) {
  return (row: number, column: number): boolean =>
    inList(places, row, column) &&
    gridCell(sheet.before, row, column) === null &&
    gridCell(sheet, row, column) === null;
}

/** The formulas outside the lists whose references followed the entries, one cell each. */
function followedFormulaWrites(places: readonly BlockPlace[], sheet: SheetInMemory): ValueWrite[] {
  const writes: ValueWrite[] = [];
  sheet.formulas.forEach((line, r) =>
    line.forEach((formula, c) => {
      if (formula === (sheet.before.formulas[r]?.[c] ?? '')) return;
      if (inList(places, r + 1, c + 1)) return;
      // A formula that could not follow leaves the value it showed.
      const cell: EditValue =
        formula === '' ? gridCell(sheet, r + 1, c + 1) : { formula, asRead: true, shown: sheet.values[r][c] };
      writes.push({ range: { row: r + 1, column: c + 1, numRows: 1, numColumns: 1 }, values: [[cell]] });
    }),
  );
  return writes;
}

/** The settings of the streams and costs that moved with their entries (see settingsColumns), one rectangle a list. */
function settingsWrites(places: readonly BlockPlace[], sheet: SheetInMemory): ValueWrite[] {
  const writes: ValueWrite[] = [];
  for (const place of places) {
    const { first, count } = settingsColumns(place.block);
    if (count === 0) continue;
    const { row: top, numRows } = place.items;
    const cells = (grid: SheetInMemory | SheetInMemory['before'], k: number) =>
      Array.from({ length: count }, (_, c) => gridCell(grid, top + k, first + c));
    const after = Array.from({ length: numRows }, (_, k) => cells(sheet, k));
    const box = bounds(after.map((line, k) => line.map((v, c) => !sameValue(v, cells(sheet.before, k)[c]))));
    if (!box) continue;
    const [t, b, l, r] = box;
    writes.push({
      range: { row: top + t, column: first + l, numRows: b - t + 1, numColumns: r - l + 1 },
      values: after.slice(t, b + 1).map((line) => line.slice(l, r + 1)),
    });
  }
  return writes;
}

/** The formulas of the cost-and-revenue rows the edits inserted (Sheets gives new rows none). */
function newRowFormulas(now: CanvasOnSheet, origin: readonly RowOrigin[]): ValueWrite[] {
  const { first, count } = now.finance.costRows;
  const added: number[] = [];
  for (let row = first; row < first + count; row++) if (origin[row - 1]?.from === null) added.push(row);
  if (added.length === 0) return [];
  // New rows go in next to each other, above the block's last row.
  return itemRowFormulas(now.finance, added[0], added.length);
}
