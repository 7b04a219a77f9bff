/**
 * Deciding an edit: from a canvas as read from its sheet and one change to one of its lists, the
 * fewest writes that carry the change out, as data. Nothing here touches a spreadsheet.
 *
 * Every list is a run of rows. An entry keeps its row unless the edit moves it: deleting shifts
 * the entries below it up by one row, moving rotates the entries between the two positions, adding
 * takes the first free row after the last entry. When a block has no free row left it grows: rows
 * are inserted inside it (see row-insertion.ts) and every block they pass through keeps its entries
 * where they were. The writes are the smallest rectangles, per list, around the cells whose content
 * or fill changes.
 */
import { CanvasEdit, FieldMessage } from '../api';
import { blockInfo } from '../blocks';
import { BlockPlace } from '../layout/canvas-layout';
import { CanvasOnSheet, cellText } from '../layout/read-canvas';
import { isTextInputColumn, REVENUE_COLUMNS } from '../layout/geometry';
import { BlockId, Canvas, Item, RevenueStream } from '../model';
import { GridRange } from '../plan';
import { EditValue, gridCell, sameValue, SheetGrid } from './cells';
import { itemRowFormulas } from './finance-rows';
import { paintColumns, rowFill } from './fills';
import { emptyCells, Entry, entryCells, entryColumns, entryName, isEntryRow, isNoteBlock, sameEntry } from './lists';
import { MESSAGES } from './messages';
import { entryRule } from './check-request';
import { Checker, nameKey } from '../rules/check';
import { ListRule, UniqueRule } from '../rules/rule';
import { CANVAS } from '../rules/table';
import { insertionFor, RowInsertion, rowBefore, shiftedPlace } from './row-insertion';

export interface ValueWrite {
  range: GridRange;
  values: EditValue[][];
  /** Per column of the range: formatted as plain text, so strings go in without an apostrophe. */
  plainText: boolean[];
}

export interface FillWrite {
  range: GridRange;
  colors: string[][];
}

/** What to do to the sheet, in this order: insert rows, write values, write fills. */
export interface EditPlan {
  insert: RowInsertion | null;
  values: ValueWrite[];
  fills: FillWrite[];
}

export type EditDecision =
  | { ok: true; plan: EditPlan }
  /** The entry the edit names is no longer on the sheet as the sidebar saw it. */
  | { ok: false; reason: 'conflict'; message: string }
  /** The new entry does not fit the canvas (a segment or stream that is not there, …). */
  | { ok: false; reason: 'invalid'; messages: FieldMessage[] }
  /** The sheet has no room the edit could use. */
  | { ok: false; reason: 'failed'; message: string };

/** One row of a list: its entry cells, the same cells as the reader sees them, and whether it holds an entry. */
interface Row {
  cells: EditValue[];
  texts: string[];
  entry: boolean;
}

interface List {
  block: BlockId;
  place: BlockPlace;
  rows: Row[];
}

export function entriesOf(canvas: Canvas, block: BlockId): Entry[] {
  if (block === 'revenueStreams') return canvas.revenueStreams;
  if (block === 'costStructure') return canvas.costs;
  return canvas.blocks[block];
}

function valueText(v: EditValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return '';
}

function emptyRow(block: BlockId): Row {
  const cells = emptyCells(block);
  return { cells, texts: cells.map(() => ''), entry: false };
}

function entryRow(block: BlockId, entry: Entry, previous: Row | null): Row {
  const cells = entryCells(block, entry, previous?.cells ?? null);
  const texts = cells.map(valueText);
  if (previous && block === 'customerSegments') texts[2] = previous.texts[2];
  return { cells, texts, entry: true };
}

function readList(place: BlockPlace, grid: SheetGrid): List {
  const { first, count } = entryColumns(place.block);
  const rows: Row[] = [];
  for (let row = place.items.row; row < place.items.row + place.items.numRows; row++) {
    const cells: EditValue[] = [];
    const texts: string[] = [];
    for (let c = first; c < first + count; c++) {
      cells.push(gridCell(grid, row, c));
      texts.push(cellText(grid.values, row, c));
    }
    rows.push({ cells, texts, entry: isEntryRow(place.block, grid.values, row) });
  }
  return { block: place.block, place, rows };
}

/** Where the entry the edit names is now: its index when unchanged (found elsewhere if it only moved), else null. */
function locate(
  block: BlockId,
  entries: readonly Entry[],
  index: number,
  expected: Entry,
  strict: boolean,
): number | null {
  if (index < entries.length && sameEntry(block, entries[index], expected)) return index;
  if (strict) return null;
  const found = entries.flatMap((e, i) => (sameEntry(block, e, expected) ? [i] : []));
  return found.length === 1 ? found[0] : null;
}

/** The edit with its new entry as the rules keep it (names trimmed, blank optional fields left out), or its problems. */
function keptEdit(edit: CanvasEdit): { edit: CanvasEdit } | { problems: FieldMessage[] } {
  if (edit.kind !== 'add' && edit.kind !== 'update') return { edit };
  const c = new Checker();
  const value = c.check(entryRule(edit.block), edit.value, 'edit.value');
  if (c.problems.length > 0) return { problems: c.problems };
  // The rule for the block checked every field, so the value has the block's entry shape. The
  // edit is built field by field: a request that came from another realm may not spread.
  const { kind, block } = edit;
  const kept =
    kind === 'add' ? { kind, block, value } : { kind, block, index: edit.index, expected: edit.expected, value };
  return { edit: kept as CanvasEdit };
}

const STREAM_NAMES_UNIQUE = (CANVAS.fields.revenueStreams as ListRule).unique as UniqueRule;

/** What the new entry refers to must be on the canvas, and a stream's name must be its own; a link it already had may stay. */
function referenceProblems(canvas: Canvas, edit: CanvasEdit, at: number): FieldMessage[] {
  if (edit.kind !== 'add' && edit.kind !== 'update') return [];
  const before: Partial<Item & RevenueStream & { stream: string }> =
    edit.kind === 'update' ? entriesOf(canvas, edit.block)[at] : {};
  const withOld = (names: string[], old: string | undefined) => (old === undefined ? names : [...names, old]);
  const c = new Checker();
  if (edit.block === 'revenueStreams') {
    const name = edit.value.name;
    const clash = canvas.revenueStreams.findIndex(
      (other, i) => !(edit.kind === 'update' && i === at) && nameKey(other.name) === nameKey(name),
    );
    if (clash >= 0) c.nameTaken('edit.value.name', STREAM_NAMES_UNIQUE, `revenueStreams[${clash}]`, name);
  }
  c.references(entryRule(edit.block), edit.value, 'edit.value', {
    segment: withOld(
      canvas.blocks.customerSegments.map((s) => s.text),
      before.segment,
    ),
    stream: withOld(
      canvas.revenueStreams.map((s) => s.name),
      before.stream,
    ),
  });
  return c.problems;
}

/** The list's entries in order after the edit (rows that hold them, or new rows). */
function editedEntries(list: List, edit: CanvasEdit, at: number): Row[] {
  const contents = list.rows.filter((r) => r.entry);
  switch (edit.kind) {
    case 'add':
      contents.push(entryRow(list.block, edit.value, null));
      break;
    case 'update':
      contents[at] = entryRow(list.block, edit.value, contents[at]);
      break;
    case 'delete':
      contents.splice(at, 1);
      break;
    case 'move': {
      const [moved] = contents.splice(at, 1);
      contents.splice(edit.to, 0, moved);
      break;
    }
  }
  return contents;
}

/**
 * Puts the entries back into the list's rows: into the rows that held entries, in order; a new
 * last entry into the first free row after them, else into a gap (closing the gaps). Null when
 * there is no free row at all.
 */
function placeEntries(list: List, contents: Row[]): Row[] | null {
  const held = list.rows.flatMap((r, i) => (r.entry ? [i] : []));
  const rows = list.rows.slice();
  if (contents.length <= held.length) {
    held.forEach((i, k) => (rows[i] = k < contents.length ? contents[k] : emptyRow(list.block)));
    return rows;
  }
  const next = held.length === 0 ? 0 : held[held.length - 1] + 1;
  if (next < rows.length) {
    held.forEach((i, k) => (rows[i] = contents[k]));
    rows[next] = contents[contents.length - 1];
    return rows;
  }
  if (held.length < rows.length) {
    return rows.map((r, k) => (k < contents.length ? contents[k] : r.entry ? emptyRow(list.block) : r));
  }
  return null;
}

/** A copy of `row` with cell `column` (0-based within the entry) set to `text`. */
function withText(row: Row, column: number, text: string): Row {
  const cells = row.cells.slice();
  const texts = row.texts.slice();
  cells[column] = text === '' ? null : text;
  texts[column] = text;
  return { ...row, cells, texts };
}

/**
 * A renamed segment or stream keeps what points at it: notes and streams linked to the segment,
 * costs that follow the stream, unless another entry still goes by the old name.
 */
function followRename(lists: Map<BlockId, Row[]>, edit: CanvasEdit, oldName: string, newName: string): void {
  if (oldName === newName || oldName === '') return;
  const renames = (block: BlockId, column: number, same: (a: string, b: string) => boolean) => {
    const rows = lists.get(block) as Row[];
    lists.set(
      block,
      rows.map((r) => (r.entry && same(r.texts[column], oldName) ? withText(r, column, newName) : r)),
    );
  };
  if (edit.block === 'customerSegments') {
    const stillThere = (lists.get('customerSegments') as Row[]).some((r) => r.entry && r.texts[0] === oldName);
    if (stillThere) return;
    for (const block of [
      'valuePropositions',
      'channels',
      'customerRelationships',
      'keyResources',
      'keyActivities',
      'keyPartners',
    ] as const) {
      renames(block, 2, (a, b) => a === b);
    }
    renames('revenueStreams', REVENUE_COLUMNS.segment - REVENUE_COLUMNS.name, (a, b) => a === b);
  } else if (edit.block === 'revenueStreams') {
    renames('costStructure', 2, (a, b) => nameKey(a) === nameKey(b));
  }
}

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
 * The writes that turn the sheet (after the insertion, if any) into `after`, list by list.
 * `before` holds each list's rows as read; `after` each list's rows after the edit, by position in
 * the list (a list that grew has more rows).
 */
function writesFor(
  lists: readonly List[],
  after: Map<BlockId, Row[]>,
  grid: SheetGrid,
  ins: RowInsertion | null,
): { values: ValueWrite[]; fills: FillWrite[] } {
  const values: ValueWrite[] = [];
  const fills: FillWrite[] = [];
  const segmentsBefore = segmentTexts(lists.find((l) => l.block === 'customerSegments')?.rows ?? []);
  const segmentsAfter = segmentTexts(after.get('customerSegments') ?? []);

  for (const list of lists) {
    const place = ins ? shiftedPlace(list.place, ins) : list.place;
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
      const from = rowBefore(top + k, ins);
      if (from === null) {
        const source =
          (ins as RowInsertion).formatsFrom === 'above' ? (ins as RowInsertion).at - 1 : (ins as RowInsertion).at;
        return { cells: emptyCells(list.block), fill: fillOfSheetRow(source) };
      }
      const cells: EditValue[] = [];
      for (let c = first; c < first + count; c++) cells.push(gridCell(grid, from, c));
      return { cells, fill: fillOfSheetRow(from) };
    });

    const changed = rows.map((r, k) => r.cells.map((v, c) => !sameValue(v, present[k].cells[c])));
    const box = bounds(changed);
    if (box) {
      const [t, b, l, rgt] = box;
      const columns = Array.from({ length: rgt - l + 1 }, (_, i) => first + l + i);
      values.push({
        range: { row: top + t, column: first + l, numRows: b - t + 1, numColumns: columns.length },
        values: rows.slice(t, b + 1).map((r) => r.cells.slice(l, rgt + 1)),
        plainText: columns.map((c) => !isNoteBlock(list.block) && isTextInputColumn(c)),
      });
    }

    const paint = paintColumns(list.block);
    if (!paint) continue;
    const fillAfter = fillsOf(list.block, rows, segmentsAfter);
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
  return { values, fills };
}

/**
 * Decides the writes for `edit` on the canvas `onSheet`, whose sheet holds `grid` (values and
 * formulas from A1 down to at least the bottom of the canvas). The edit is checked against the
 * sheet as read: the entry it names must still be there unchanged, what it links to must exist.
 */
export function planEdit(onSheet: CanvasOnSheet, grid: SheetGrid, requested: CanvasEdit): EditDecision {
  const kept = keptEdit(requested);
  if ('problems' in kept) return { ok: false, reason: 'invalid', messages: kept.problems };
  const { edit } = kept;
  const lists = onSheet.places.map((p) => readList(p, grid));
  for (const list of lists) {
    const held = list.rows.filter((r) => r.entry).length;
    const modelled = entriesOf(onSheet.canvas, list.block).length;
    if (held !== modelled) throw new Error(`${list.block}: ${held} entry rows on the sheet, ${modelled} entries read`);
  }
  const target = lists.find((l) => l.block === edit.block) as List;
  const entries = entriesOf(onSheet.canvas, edit.block);

  let at = entries.length;
  if (edit.kind !== 'add') {
    const found = locate(edit.block, entries, edit.index, edit.expected, edit.kind === 'move');
    if (found === null)
      return {
        ok: false,
        reason: 'conflict',
        message: MESSAGES.changedMeanwhile(edit.block, entryName(edit.block, edit.expected)),
      };
    at = found;
  }
  const problems = referenceProblems(onSheet.canvas, edit, at);
  if (edit.kind === 'move' && edit.to >= entries.length) {
    problems.push({ field: 'edit.to', message: MESSAGES.positionOutside(edit.to, entries.length) });
  }
  if (problems.length > 0) return { ok: false, reason: 'invalid', messages: problems };

  const contents = editedEntries(target, edit, at);
  let placed = placeEntries(target, contents);
  let ins: RowInsertion | null = null;
  if (placed === null) {
    ins = insertionFor(target.place, 1);
    if (ins === null) return { ok: false, reason: 'failed', message: MESSAGES.noRoomRows(edit.block) };
    placed = [...target.rows, contents[contents.length - 1]];
  }

  // The lists the new rows pass through grow by empty rows at their end; every entry keeps its row.
  const grown = (l: List) => (ins === null ? l.rows.length : shiftedPlace(l.place, ins).items.numRows);
  const after = new Map<BlockId, Row[]>();
  for (const list of lists) {
    const rows = list === target ? placed.slice() : list.rows.slice();
    while (rows.length < grown(list)) rows.push(emptyRow(list.block));
    after.set(list.block, rows);
  }
  if (edit.kind === 'update') {
    followRename(after, edit, entryName(edit.block, entries[at]), entryName(edit.block, edit.value));
  }

  const { values, fills } = writesFor(lists, after, grid, ins);
  const moneyRowsGrow = lists.some((l) => !isNoteBlock(l.block) && grown(l) > l.rows.length);
  if (ins && moneyRowsGrow) values.push(...newRowFormulas(onSheet, ins));
  return { ok: true, plan: { insert: ins, values, fills } };
}

/** The formulas of the cost-and-revenue rows an insertion adds, for the grown geometry. */
function newRowFormulas(onSheet: CanvasOnSheet, ins: RowInsertion): ValueWrite[] {
  const cost = shiftedPlace(onSheet.places.find((p) => p.block === 'costStructure') as BlockPlace, ins);
  const revenue = shiftedPlace(onSheet.places.find((p) => p.block === 'revenueStreams') as BlockPlace, ins);
  const end = (r: GridRange) => r.row + r.numRows;
  const g = {
    ...onSheet.finance,
    costRows: { first: cost.items.row, count: cost.items.numRows },
    revenueRows: { first: revenue.items.row, count: revenue.items.numRows },
    panelFirstRow: Math.max(end(cost.region), end(revenue.region)) + 1,
  };
  return itemRowFormulas(g, ins.at, ins.count).map((w) => ({ ...w, plainText: w.values[0].map(() => false) }));
}
