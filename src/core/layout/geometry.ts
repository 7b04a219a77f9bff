/**
 * Where things sit on a canvas sheet. The layout computes one of these per canvas; everything that
 * builds on the sheet (formulas, readers, the viability panel) takes positions from it, never from
 * hand-typed A1 text. Rows and columns are 1-based.
 */

/** One cell's place. */
export interface Pos {
  row: number;
  column: number;
}

/** A run of rows: `first` and `count` (count ≥ 1). */
export interface RowSpan {
  first: number;
  count: number;
}

/** Columns of a Cost Structure row (A–G). */
export const COST_COLUMNS = {
  name: 1,
  behavior: 2,
  stream: 3,
  amount: 4,
  basis: 5,
  monthly: 6,
  share: 7,
} as const;

/** Columns of a Revenue Streams row (H–O). */
export const REVENUE_COLUMNS = {
  name: 8,
  type: 9,
  segment: 10,
  price: 11,
  volume: 12,
  basis: 13,
  monthly: 14,
  share: 15,
} as const;

/**
 * The text inputs of a cost-and-revenue row. They are formatted as plain text ("@"), so Sheets
 * keeps what is typed there as typed.
 */
export const TEXT_INPUT_COLUMNS = {
  cost: [COST_COLUMNS.name, COST_COLUMNS.behavior, COST_COLUMNS.stream],
  revenue: [REVENUE_COLUMNS.name, REVENUE_COLUMNS.type, REVENUE_COLUMNS.segment],
} as const;

/**
 * Width in pixels of the canvas's narrow columns and of the projection's months: an amount up to
 * −$99,999,999.99, or a category's longest word beside a dropdown's arrow, fits whole.
 */
export const NARROW_COLUMN_WIDTH = 110;

/** Width of the canvas in columns (A–O). */
export const CANVAS_COLUMNS = 15;

/** The labels shown in a cost row's behaviour column, and their meaning in the model. */
export const COST_BEHAVIOR_LABELS = {
  fixed: 'fixed',
  unit: 'per unit',
  revenue: 'share of revenue',
} as const;

export interface FinanceGeometry {
  /** Sanitised prefix for this canvas's named ranges, e.g. "AcmeCoffee" → "AcmeCoffee_Revenue". */
  prefix: string;
  /** Item rows of the Cost Structure (entries and empty room rows). */
  costRows: RowSpan;
  /** Item rows of the Revenue Streams (entries and empty room rows); the same rows as costRows. */
  revenueRows: RowSpan;
  /** First free row below the canvas, where the viability panel starts. */
  panelFirstRow: number;
  /** The canvas's currency code, e.g. "USD". */
  currency: string;
}
