import { BlockId } from '../model';
import { CANVAS_COLUMNS, COST_COLUMNS, REVENUE_COLUMNS } from './geometry';

/**
 * The classic arrangement as data. Top band, left to right: Key Partners (tall) | Key Activities
 * over Key Resources | Value Propositions (tall) | Customer Relationships over Channels | Customer
 * Segments (tall). Bottom band: Cost Structure (left) | Revenue Streams (right).
 */
export type RegionPlace = 'tall' | 'upper' | 'lower' | 'bottom';

export interface RegionSpec {
  block: BlockId;
  place: RegionPlace;
  /** First column of the region. */
  column: number;
  /** Number of columns. */
  width: number;
}

/** Columns of each top block: item text, category, segment (Customer Segments: its colour). */
export const TOP_BLOCK_WIDTH = 3;

export const REGIONS: readonly RegionSpec[] = [
  { block: 'keyPartners', place: 'tall', column: 1, width: TOP_BLOCK_WIDTH },
  { block: 'keyActivities', place: 'upper', column: 4, width: TOP_BLOCK_WIDTH },
  { block: 'keyResources', place: 'lower', column: 4, width: TOP_BLOCK_WIDTH },
  { block: 'valuePropositions', place: 'tall', column: 7, width: TOP_BLOCK_WIDTH },
  { block: 'customerRelationships', place: 'upper', column: 10, width: TOP_BLOCK_WIDTH },
  { block: 'channels', place: 'lower', column: 10, width: TOP_BLOCK_WIDTH },
  { block: 'customerSegments', place: 'tall', column: 13, width: TOP_BLOCK_WIDTH },
  {
    block: 'costStructure',
    place: 'bottom',
    column: COST_COLUMNS.name,
    width: COST_COLUMNS.share - COST_COLUMNS.name + 1,
  },
  {
    block: 'revenueStreams',
    place: 'bottom',
    column: REVENUE_COLUMNS.name,
    width: REVENUE_COLUMNS.share - REVENUE_COLUMNS.name + 1,
  },
];

if (REGIONS.some((r) => r.column + r.width - 1 > CANVAS_COLUMNS)) {
  throw new Error('A canvas region reaches past the canvas width');
}

export function regionOf(block: BlockId): RegionSpec {
  const r = REGIONS.find((x) => x.block === block);
  if (!r) throw new Error(`No region for ${block}`);
  return r;
}

/** Rows a region spends before its items: title, hint, column headers. */
export const REGION_HEADER_ROWS = 3;

/** Empty rows offered for typing in each half of the top band and in the bottom band. */
export const ROOM_ROWS = 5;

/** Sheet rows above the canvas: name/date/currency, licence line. */
export const TITLE_ROWS = 2;
