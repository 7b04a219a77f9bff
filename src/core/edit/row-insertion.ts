/**
 * Growing a full block. Whole rows go in just above the block's last entry row, strictly inside
 * the block, so that Sheets stretches everything over the block with it: its named range, the
 * formulas and validation over its rows, the blocks beside it. The rows below move down.
 */
import { BlockPlace } from '../layout/canvas-layout';
import { GridRange } from '../plan';

export interface RowInsertion {
  /** Row number of the first new row; the row that was there and all below move down `count` rows. */
  at: number;
  count: number;
  /** Which neighbour the new rows copy their formats (fills, fonts, validation) from. */
  formatsFrom: 'above' | 'below';
}

/** Where rows go in to give `place` `count` more entry rows, or null when it has no entry row at all. */
export function insertionFor(place: BlockPlace, count: number): RowInsertion | null {
  const { items } = place;
  if (items.numRows < 1) return null;
  const last = items.row + items.numRows - 1;
  // Copy the formats of an entry row, never of the header rows or of the block's bottom edge.
  return { at: last, count, formatsFrom: items.numRows >= 2 ? 'above' : 'below' };
}

/** Whether the insertion lands inside `range`, which therefore grows. */
export function growsWith(range: GridRange, ins: RowInsertion): boolean {
  return range.row < ins.at && ins.at <= range.row + range.numRows - 1;
}

/** `range` after the insertion, as Sheets moves it: grown when the rows land inside, moved when above. */
export function shiftedRange(range: GridRange, ins: RowInsertion): GridRange {
  if (growsWith(range, ins)) return { ...range, numRows: range.numRows + ins.count };
  if (ins.at <= range.row) return { ...range, row: range.row + ins.count };
  return range;
}

/** A block's place after the insertion: its entry rows stay the rows below its header rows. */
export function shiftedPlace(place: BlockPlace, ins: RowInsertion): BlockPlace {
  const region = shiftedRange(place.region, ins);
  const headerRows = place.items.row - place.region.row;
  const row = region.row + headerRows;
  return { block: place.block, region, items: { ...place.items, row, numRows: region.row + region.numRows - row } };
}

/** The row a row of the sheet came from, or null for a new row. */
export function rowBefore(row: number, ins: RowInsertion | null): number | null {
  if (ins === null || row < ins.at) return row;
  return row >= ins.at + ins.count ? row - ins.count : null;
}
