/**
 * One edit to one list, decided on the lists as they are: where each entry ends up, row by row,
 * and whether the block must grow. Every list is a run of rows. An entry keeps its row unless the
 * edit moves it: deleting shifts the entries below it up by one row, moving rotates the entries
 * between the two positions, adding takes the first free row after the last entry. When a block
 * has no free row left it grows: rows go in inside it (see row-insertion.ts) and every block they
 * pass through keeps its entries where they were, gaining empty rows at its end.
 */
import { CanvasEdit, FieldMessage } from '../api';
import { BlockPlace } from '../layout/canvas-layout';
import { CanvasOnSheet, cellText } from '../layout/read-canvas';
import { REVENUE_COLUMNS } from '../layout/geometry';
import { BlockId, Canvas, Item, RevenueStream } from '../model';
import { Checker, nameKey } from '../rules/check';
import { ListRule, UniqueRule } from '../rules/rule';
import { CANVAS } from '../rules/table';
import { entryRule } from './check-request';
import { EditValue, gridCell, SheetGrid } from './cells';
import { emptyCells, Entry, entryCells, entryColumns, entryName, isEntryRow, sameEntry, settingsCells } from './lists';
import { MESSAGES } from './messages';
import { insertionFor, RowInsertion, shiftedPlace } from './row-insertion';

/** Why an edit cannot be made, as the sidebar is told. */
export type EditRefusal =
  /** The entry the edit names is no longer on the sheet as the sidebar saw it. */
  | { ok: false; reason: 'conflict'; message: string }
  /** The new entry does not fit the canvas (a segment or stream that is not there, …). */
  | { ok: false; reason: 'invalid'; messages: FieldMessage[] }
  /** The sheet does not allow the edit: no room left, or a formula that cannot follow the rows. */
  | { ok: false; reason: 'failed'; message: string };

/**
 * Every list's rows after the edit, by position in the list (a list that grew has more rows), the
 * rows it inserts, and where the edited list's rows come from (every other list keeps its rows).
 */
export type EditStep =
  | { ok: true; insert: RowInsertion | null; after: Map<BlockId, Row[]>; moved: MovedRows }
  | EditRefusal;

/** How an edit moves the entries of `block`'s list, by index in the list. */
export interface MovedRows {
  block: BlockId;
  /** The rows that held entries before the edit. */
  entries: number[];
  /** For each row after the edit, the row whose entry it holds (null: a new entry or an empty row). */
  from: (number | null)[];
}

/** One row of a list: its entry cells, the same cells as the reader sees them, and whether it holds an entry. */
export interface Row {
  cells: EditValue[];
  texts: string[];
  entry: boolean;
  /** A new entry's settings right of the canvas (see settingsColumns in row-moves.ts). */
  settings?: EditValue[];
}

export interface List {
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
  return { cells, texts, entry: true, ...(previous ? {} : { settings: settingsCells(block, entry) }) };
}

export function readList(place: BlockPlace, grid: SheetGrid): List {
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
    kind === 'add'
      ? { kind, block, value, ...(edit.at === undefined ? {} : { at: edit.at }) }
      : { kind, block, index: edit.index, expected: edit.expected, value };
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

/** An entry after the edit: its row, and its position in the list before the edit (null for a new one). */
interface Edited {
  row: Row;
  ordinal: number | null;
}

/** The list's entries in order after the edit (rows that hold them, or new rows). */
function editedEntries(list: List, edit: CanvasEdit, at: number): Edited[] {
  const contents: Edited[] = list.rows.filter((r) => r.entry).map((row, ordinal) => ({ row, ordinal }));
  switch (edit.kind) {
    case 'add':
      contents.splice(at, 0, { row: entryRow(list.block, edit.value, null), ordinal: null });
      break;
    case 'update':
      contents[at] = { row: entryRow(list.block, edit.value, contents[at].row), ordinal: at };
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
 * The rows of the list the entries go into, in order: the rows that held entries; a new last
 * entry goes into the first free row after them, else into a gap (closing the gaps), else into a
 * row the list gains (its index is the list's length).
 */
function entrySlots(list: List, count: number): number[] {
  const held = list.rows.flatMap((r, i) => (r.entry ? [i] : []));
  if (count <= held.length) return held.slice(0, count);
  const next = held.length === 0 ? 0 : held[held.length - 1] + 1;
  if (next < list.rows.length) return [...held, next];
  if (held.length < list.rows.length) return Array.from({ length: count }, (_, k) => k);
  return [...held, list.rows.length];
}

/**
 * The list's rows after the edit, and for each the index in the list of the row whose entry it
 * holds before the edit (null for an empty row or a new entry).
 */
function placeEntries(
  list: List,
  contents: readonly Edited[],
): { rows: Row[]; from: (number | null)[]; entries: number[] } {
  const held = list.rows.flatMap((r, i) => (r.entry ? [i] : []));
  const slots = entrySlots(list, contents.length);
  const rows = list.rows.map((r) => (r.entry ? emptyRow(list.block) : r));
  const from = rows.map((): number | null => null);
  slots.forEach((slot, k) => {
    rows[slot] = contents[k].row;
    const ordinal = contents[k].ordinal;
    from[slot] = ordinal === null ? null : held[ordinal];
  });
  return { rows, from, entries: held };
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

/**
 * Decides `edit` on the canvas `onSheet`, whose sheet holds `grid` (values and formulas from A1
 * down to at least the bottom of the canvas). The edit is checked against the sheet as read: the
 * entry it names must still be there unchanged, what it links to must exist.
 */
export function editStep(onSheet: CanvasOnSheet, grid: SheetGrid, requested: CanvasEdit): EditStep {
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

  let at = edit.kind === 'add' ? (edit.at ?? entries.length) : entries.length;
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
  if (edit.kind === 'add' && at > entries.length) {
    problems.push({ field: 'edit.at', message: MESSAGES.positionOutside(at, entries.length) });
  }
  if (problems.length > 0) return { ok: false, reason: 'invalid', messages: problems };

  const placed = placeEntries(target, editedEntries(target, edit, at));
  let ins: RowInsertion | null = null;
  if (placed.rows.length > target.rows.length) {
    ins = insertionFor(target.place, 1);
    if (ins === null) return { ok: false, reason: 'failed', message: MESSAGES.noRoomRows(edit.block) };
  }

  // The lists the new rows pass through grow by empty rows at their end; every entry keeps its row.
  const grown = (l: List) => (ins === null ? l.rows.length : shiftedPlace(l.place, ins).items.numRows);
  const after = new Map<BlockId, Row[]>();
  for (const list of lists) {
    const rows = list === target ? placed.rows.slice() : list.rows.slice();
    while (rows.length < grown(list)) rows.push(emptyRow(list.block));
    after.set(list.block, rows);
  }
  if (edit.kind === 'update') {
    followRename(after, edit, entryName(edit.block, entries[at]), entryName(edit.block, edit.value));
  }
  return { ok: true, insert: ins, after, moved: { block: target.block, entries: placed.entries, from: placed.from } };
}
