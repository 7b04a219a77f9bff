/**
 * The nine lists of a canvas as rows of cells: which columns an entry occupies, which rows hold an
 * entry (the readers' own rule, so entry i of the model is the i-th such row), and the cells that
 * hold a given entry.
 */
import { BlockPlace } from '../layout/canvas-layout';
import { COST_COLUMNS, REVENUE_COLUMNS } from '../layout/geometry';
import { cellText } from '../layout/read-canvas';
import { regionOf } from '../layout/regions';
import { behaviorLabelOf, streamTypeTitle } from '../finance/catalogue';
import { costStart, streamSettings } from '../finance/tables';
import { BlockId, Cost, Item, NoteBlockId, RevenueStream } from '../model';
import { EditValue, textCell } from './cells';

/** What one entry of a list is in the model. */
export type EntryOf<B extends BlockId> = B extends 'revenueStreams'
  ? RevenueStream
  : B extends 'costStructure'
    ? Cost
    : Item;
export type Entry = Item | RevenueStream | Cost;

export interface ColumnSpan {
  first: number;
  count: number;
}

export function isNoteBlock(block: BlockId): block is NoteBlockId {
  return block !== 'revenueStreams' && block !== 'costStructure';
}

/** The columns an entry occupies; its cells move together when entries are reordered. */
export function entryColumns(block: BlockId): ColumnSpan {
  if (block === 'costStructure')
    return { first: COST_COLUMNS.name, count: COST_COLUMNS.amount - COST_COLUMNS.name + 1 };
  if (block === 'revenueStreams')
    return { first: REVENUE_COLUMNS.name, count: REVENUE_COLUMNS.volume - REVENUE_COLUMNS.name + 1 };
  const region = regionOf(block);
  return { first: region.column, count: region.width };
}

/** Whether the cell is in a list's rows and within `columns` of its block (its entry columns unless given). */
export function inList(
  places: readonly BlockPlace[],
  row: number,
  column: number,
  columns: (block: BlockId) => ColumnSpan = entryColumns,
): boolean {
  return places.some((p) => {
    const { first, count } = columns(p.block);
    return row >= p.items.row && row < p.items.row + p.items.numRows && column >= first && column < first + count;
  });
}

/**
 * How many of the entry columns decide whether a row holds an entry. A customer segment's third
 * column is its colour swatch, which the reader ignores.
 */
function deciding(block: BlockId): number {
  return block === 'customerSegments' ? 2 : entryColumns(block).count;
}

/** Whether `row` holds an entry of the list, by the rule the readers use: any deciding cell not empty. */
export function isEntryRow(block: BlockId, values: readonly (readonly unknown[])[], row: number): boolean {
  const { first } = entryColumns(block);
  for (let c = first; c < first + deciding(block); c++) if (cellText(values, row, c) !== '') return true;
  return false;
}

/**
 * The cells that hold `entry`. `previous` is what the row held before, so a cell the model does not
 * describe (a customer segment's swatch column) keeps its content.
 */
export function entryCells(block: BlockId, entry: Entry, previous: readonly EditValue[] | null): EditValue[] {
  if (block === 'revenueStreams') {
    const s = entry as RevenueStream;
    return [textCell(s.name), streamTypeTitle(s.type), textCell(s.segment), s.price, s.volume];
  }
  if (block === 'costStructure') {
    const c = entry as Cost;
    const stream = c.behavior === 'variable' && c.per === 'unit' ? c.stream : undefined;
    return [textCell(c.name), behaviorLabelOf(c), textCell(stream), c.amount];
  }
  const item = entry as Item;
  const third = block === 'customerSegments' ? (previous?.[2] ?? null) : textCell(item.segment);
  return [textCell(item.text), textCell(item.category), third];
}

/**
 * What a new entry's settings cells right of the canvas hold (see settingsColumns in
 * row-moves.ts), as a canvas written afresh holds them: so an entry put back after a delete comes
 * back with its settings.
 */
export function settingsCells(block: BlockId, entry: Entry): EditValue[] {
  if (block === 'revenueStreams') return streamSettings(entry as RevenueStream);
  if (block === 'costStructure') return [costStart(entry as Cost)];
  return [];
}

/** An empty row of the list. */
export function emptyCells(block: BlockId): EditValue[] {
  return new Array<EditValue>(entryColumns(block).count).fill(null);
}

/** Whether two entries say the same thing (absent optional fields count as empty). */
export function sameEntry(block: BlockId, a: Entry, b: Entry): boolean {
  return entryKey(block, a) === entryKey(block, b);
}

/** The entry as one string: two entries say the same thing exactly when their keys are equal. */
export function entryKey(block: BlockId, e: Entry): string {
  if (block === 'revenueStreams') {
    const s = e as RevenueStream;
    return JSON.stringify([s.name, s.type, s.segment ?? '', s.price, s.volume]);
  }
  if (block === 'costStructure') {
    const c = e as Cost;
    const per = c.behavior === 'variable' ? c.per : '';
    const stream = c.behavior === 'variable' && c.per === 'unit' ? (c.stream ?? '') : '';
    return JSON.stringify([c.name, c.behavior, per, stream, c.amount]);
  }
  const i = e as Item;
  return JSON.stringify([i.text, i.category ?? '', i.segment ?? '']);
}

/** The name an entry goes by in messages. */
export function entryName(block: BlockId, e: Entry): string {
  return isNoteBlock(block) ? (e as Item).text : (e as RevenueStream | Cost).name;
}
