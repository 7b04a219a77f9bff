import type { Assumptions } from './finance/assumptions';
import type { PatternCheck } from './patterns/types';

/**
 * The canvas model: what a Business Model Canvas holds, independent of any sheet.
 * Its shape is the JSON document format (docs/canvas.schema.json).
 */

/** The seven blocks whose items are plain notes. */
export type NoteBlockId =
  | 'customerSegments'
  | 'valuePropositions'
  | 'channels'
  | 'customerRelationships'
  | 'keyResources'
  | 'keyActivities'
  | 'keyPartners';

/** All nine blocks: the seven note blocks plus the two financial ones. */
export type BlockId = NoteBlockId | 'revenueStreams' | 'costStructure';

/** A sticky note in one of the seven note blocks. */
export interface Item {
  text: string;
  /** One of the block's categories (free text is kept as typed). */
  category?: string;
  /** Name of the customer segment this note belongs to (its colour follows the segment). */
  segment?: string;
}

export type StreamType =
  | 'asset-sale'
  | 'usage-fee'
  | 'subscription'
  | 'lending'
  | 'licensing'
  | 'brokerage'
  | 'advertising';

export interface RevenueStream {
  name: string;
  type: StreamType;
  /** Price per unit of volume (for advertising: CPM; for brokerage: take rate). */
  price: number | null;
  /** Units per month (for advertising: thousand impressions; for brokerage: transaction value). */
  volume: number | null;
  segment?: string;
  /** Customers kept month to month (true) or a volume of sales (false); by default only subscriptions recur. */
  recurring?: boolean;
  /** This stream's own monthly growth (0.05 = 5 %); the canvas's growth when left out. */
  growth?: number;
  /** This recurring stream's own monthly churn, 0..1; the canvas's churn when left out. */
  churn?: number;
}

export type Cost =
  | {
      name: string;
      behavior: 'fixed';
      amount: number | null;
      /** First month (1..36) the cost is paid; 1 when left out. A hiring plan is fixed costs with start months. */
      startMonth?: number;
    }
  | { name: string; behavior: 'variable'; per: 'unit'; amount: number | null; stream?: string }
  | { name: string; behavior: 'variable'; per: 'revenue'; amount: number | null };

export type Blocks = Record<NoteBlockId, Item[]>;

export interface Canvas {
  name: string;
  /** ISO 4217 code, e.g. "USD". */
  currency: string;
  blocks: Blocks;
  revenueStreams: RevenueStream[];
  costs: Cost[];
  /** Business-wide drivers of the viability panel: growth, churn, CAC, investment, discount rate. */
  assumptions?: Partial<Assumptions>;
  /** The pattern's viability test, laid out beside the viability panel (templates carry one). */
  patternCheck?: PatternCheck;
}

export const NOTE_BLOCK_IDS: readonly NoteBlockId[] = [
  'customerSegments',
  'valuePropositions',
  'channels',
  'customerRelationships',
  'keyResources',
  'keyActivities',
  'keyPartners',
];

export function emptyBlocks(): Blocks {
  return {
    customerSegments: [],
    valuePropositions: [],
    channels: [],
    customerRelationships: [],
    keyResources: [],
    keyActivities: [],
    keyPartners: [],
  };
}

export function emptyCanvas(name: string, currency = 'USD'): Canvas {
  return { name, currency, blocks: emptyBlocks(), revenueStreams: [], costs: [] };
}
