/**
 * The background an entry row should have. Notes that belong to a customer segment take the
 * segment's sticky-note colour (the segment's own row shows it too), so a reader can follow a
 * segment across the canvas; everything else keeps its block's colour.
 */
import { blockInfo } from '../blocks';
import { INPUT_FILL } from '../finance/styles';
import { REVENUE_COLUMNS } from '../layout/geometry';
import { segmentColor } from '../blocks';
import { BlockId } from '../model';
import { ColumnSpan, entryColumns, isNoteBlock } from './lists';

/**
 * The columns of an entry row that show its colour: a note's whole row; a stream's Segment cell,
 * a swatch beside its name (the name keeps the input fill); costs none.
 */
export function paintColumns(block: BlockId): ColumnSpan | null {
  if (block === 'costStructure') return null;
  if (block === 'revenueStreams') return { first: REVENUE_COLUMNS.segment, count: 1 };
  return entryColumns(block);
}

/** What a row of a list shows when it has no colour of its own. */
export function plainFill(block: BlockId): string {
  return isNoteBlock(block) ? blockInfo(block).color : INPUT_FILL;
}

/**
 * The fill of one row of a list. `texts` is the row as the reader sees it (null for a row without
 * an entry), `ordinal` the entry's position in its list, `segments` the customer segments' texts
 * in order.
 */
export function rowFill(
  block: BlockId,
  texts: readonly string[] | null,
  ordinal: number,
  segments: readonly string[],
): string {
  if (texts === null || block === 'costStructure') return plainFill(block);
  if (block === 'customerSegments') return segmentColor(ordinal);
  const link = block === 'revenueStreams' ? texts[REVENUE_COLUMNS.segment - REVENUE_COLUMNS.name] : texts[2];
  const s = link === '' || link === undefined ? -1 : segments.indexOf(link);
  return s >= 0 ? segmentColor(s) : plainFill(block);
}
