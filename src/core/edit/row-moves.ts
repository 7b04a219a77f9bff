/**
 * How a reference follows the rows an edit moves. Rows that go in move what is below them, as
 * Sheets moves every formula. An edit that reorders a list moves its entries, each with its whole
 * row of the list (a stream's price moves with the stream, and so does its revenue); a reference
 * follows the entries it names, a range keeps the entries it held (fewer when one is deleted), a
 * reference to a deleted entry alone, or to entries the edit pulls apart, cannot follow.
 */
import { COST_COLUMNS, REVENUE_COLUMNS } from '../layout/geometry';
import { COST_TABLE, ITEM_EXTRA_FIRST, ITEM_EXTRA_LAST, STREAM_TABLE } from '../finance/layout';
import { BlockId } from '../model';
import { MovedRows } from './edit-step';
import { ColumnSpan, entryColumns } from './lists';
import { CellRect, Followed } from './references';
import { RowInsertion } from './row-insertion';

/** Where the cells a reference names are after a change of rows. */
export type Follow = (rect: CellRect) => Followed;

/** References after rows go in: below them they move down, a range the rows land inside grows. */
export function followInsertion(ins: RowInsertion): Follow {
  const moved = (row: number) => (row >= ins.at ? row + ins.count : row);
  return (rect) => ({ rect: { ...rect, top: moved(rect.top), bottom: moved(rect.bottom) } });
}

/** The columns of a list's row that belong to one entry: its cells, and for a stream or cost the figures worked out from them. */
export function rowColumns(block: BlockId): ColumnSpan {
  if (block === 'costStructure') return { first: COST_COLUMNS.name, count: COST_COLUMNS.share - COST_COLUMNS.name + 1 };
  if (block === 'revenueStreams')
    return { first: REVENUE_COLUMNS.name, count: REVENUE_COLUMNS.share - REVENUE_COLUMNS.name + 1 };
  return entryColumns(block);
}

/**
 * The columns right of the canvas in the cost-and-revenue rows (each stream's settings, unit
 * economics and months, each cost's start month): the row's own formulas, the same in every row,
 * that stay in their row whatever moves in the lists; none elsewhere.
 */
export function projectionColumns(block: BlockId): ColumnSpan {
  if (block !== 'revenueStreams') return { first: 0, count: 0 };
  return { first: ITEM_EXTRA_FIRST, count: ITEM_EXTRA_LAST - ITEM_EXTRA_FIRST + 1 };
}

/**
 * The cells right of the canvas that the user types for an entry of the row: a stream's own
 * recurring, growth and churn, a cost's start month. Unlike the row's formulas they belong to the
 * entry, so they move with it, and a deleted entry's are cleared.
 */
export function settingsColumns(block: BlockId): ColumnSpan {
  if (block === 'revenueStreams')
    return { first: STREAM_TABLE.recurringInput, count: STREAM_TABLE.churnInput - STREAM_TABLE.recurringInput + 1 };
  if (block === 'costStructure') return { first: COST_TABLE.startInput, count: 1 };
  return { first: 0, count: 0 };
}

/**
 * References after the edit that `moved` describes. `rowOf` gives the sheet row of each row of the
 * list before the edit, as the formulas count rows; its rows after the edit start at `firstAfter`.
 * Null when every entry stays in its row.
 */
export function followEntries(moved: MovedRows, rowOf: (index: number) => number, firstAfter: number): Follow | null {
  const stays = (index: number) => moved.from[index] === index && rowOf(index) === firstAfter + index;
  if (moved.entries.every(stays)) return null;
  const { first: left, count } = rowColumns(moved.block);
  const right = left + count - 1;
  const to = new Map<number, number | null>(moved.entries.map((index) => [rowOf(index), null]));
  moved.from.forEach((index, k) => {
    if (index !== null) to.set(rowOf(index), firstAfter + k);
  });
  const rows = [...to.keys(), firstAfter, firstAfter + moved.from.length - 1];
  const top = Math.min(...rows);
  const bottom = Math.max(...rows);
  return (rect) => {
    const apart = rect.right < left || rect.left > right || rect.bottom < top || rect.top > bottom;
    // A range over all the list's rows keeps all its entries, whatever the edit does to them.
    if (apart || (rect.top <= top && rect.bottom >= bottom)) return { rect };
    const held = [...to.keys()].filter((r) => r >= rect.top && r <= rect.bottom).sort((a, b) => a - b);
    if (held.every((r) => to.get(r) === r)) return { rect };
    if (rect.left < left || rect.right > right) return { lost: 'split' };
    const images = held.map((r) => to.get(r)).filter((r): r is number => r !== null && r !== undefined);
    if (images.length === 0) return { lost: 'deleted' };
    const lo = Math.min(...images);
    const hi = Math.max(...images);
    // A range keeps the rows it has before its first entry and after its last.
    const first = rect.top < held[0] ? Math.min(rect.top, lo) : lo;
    const last = rect.bottom > held[held.length - 1] ? Math.max(rect.bottom, hi) : hi;
    const others = [...to].filter(
      ([r, image]) => !held.includes(r) && image !== null && image >= first && image <= last,
    );
    return others.length > 0 ? { lost: 'split' } : { rect: { ...rect, top: first, bottom: last } };
  };
}
