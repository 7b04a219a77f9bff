/**
 * A sheet plan: everything a sheet should hold, decided in memory as plain data.
 * The adapter (src/gas/apply-plan.ts) carries it out in a fixed number of batched calls.
 * Rows and columns are 1-based, like Sheets.
 */

/** A formula cell. `formula` starts with "=". Built by the formula builder, never by hand. */
export interface FormulaCell {
  readonly formula: string;
}

/**
 * A planned cell value. Strings are always literal text: the adapter makes sure Sheets never
 * reads them as a formula, a number or a date.
 */
export type PlanValue = string | number | boolean | null | FormulaCell;

/** A rectangular block of cells. */
export interface GridRange {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** Whether the cell at `row`, `column` (1-based) is in `range`. */
export function inRange(range: GridRange, row: number, column: number): boolean {
  return (
    row >= range.row &&
    row < range.row + range.numRows &&
    column >= range.column &&
    column < range.column + range.numColumns
  );
}

export type HorizontalAlign = 'left' | 'center' | 'right';
export type VerticalAlign = 'top' | 'middle' | 'bottom';

/** Per-cell formats. `null` means "leave the default". */
export interface CellFormat {
  background: string | null;
  fontColor: string | null;
  fontWeight: 'bold' | 'normal' | null;
  fontStyle: 'italic' | 'normal' | null;
  fontSize: number | null;
  wrap: boolean | null;
  horizontalAlignment: HorizontalAlign | null;
  verticalAlignment: VerticalAlign | null;
  /** Sheets number format pattern; "@" keeps typed text as text. */
  numberFormat: string | null;
}

export interface BorderPlan {
  ranges: GridRange[];
  color: string;
  /** Draw lines between the cells inside each range too, not just the outline. */
  inner: boolean;
  style: 'solid' | 'solid-medium';
}

/**
 * A list rule shows its dropdown arrow unless `dropdown` is false: then the cell is checked
 * against the list as it is typed, with no arrow drawn (Apps Script's `showDropdown`).
 */
export type ValidationRule =
  | { kind: 'list'; values: string[]; allowInvalid: boolean; helpText: string; dropdown?: boolean }
  | { kind: 'listFromRange'; source: GridRange; allowInvalid: boolean; helpText: string; dropdown?: boolean }
  | { kind: 'number'; min: number; max: number | null; allowInvalid: boolean; helpText: string };

export interface ValidationPlan {
  range: GridRange;
  rule: ValidationRule;
}

export interface NamedRangePlan {
  name: string;
  range: GridRange;
}

export interface ChartPlan {
  kind: 'line' | 'column' | 'bar';
  title: string;
  /** Data ranges: the first holds the x labels when `headerColumn` is set. */
  ranges: GridRange[];
  anchor: { row: number; column: number };
  width: number;
  height: number;
  /**
   * How Sheets joins the ranges into one table: side by side ('columns', its default) or one
   * under the other ('rows').
   */
  merge: 'columns' | 'rows';
  /** Series run along the joined table's rows (first row the labels), not down its columns. */
  transpose: boolean;
  /**
   * Series (0-based, in the order of the data ranges after the labels) read on a second axis on
   * the right, with that axis's number format: for a ratio shown beside amounts.
   */
  rightAxis?: { series: number[]; format: 'percent' | null };
}

/**
 * A conditional format: cells of `range` take the colours while `formula` holds. As in Sheets, the
 * formula is written for the range's top-left cell; its relative references shift for the others.
 */
export interface ConditionalFormatPlan {
  range: GridRange;
  formula: string;
  background: string | null;
  fontColor: string | null;
}

export interface SheetPlan {
  sheetName: string;
  numRows: number;
  numColumns: number;
  /** numRows × numColumns values. */
  values: PlanValue[][];
  /** numRows × numColumns formats. */
  formats: CellFormat[][];
  /** numRows × numColumns notes ("" for none). */
  notes: string[][];
  merges: GridRange[];
  borders: BorderPlan[];
  /** Width in pixels of each column, 1-based index i → columnWidths[i-1]. */
  columnWidths: number[];
  /** Row heights in pixels for rows that need one; others keep the default. */
  rowHeights: { row: number; height: number }[];
  frozenRows: number;
  namedRanges: NamedRangePlan[];
  validations: ValidationPlan[];
  charts: ChartPlan[];
  /** In order: where two rules hold for a cell, the first wins. */
  conditionalFormats: ConditionalFormatPlan[];
  /** Developer metadata on the sheet: key → value. */
  metadata: Record<string, string>;
  tabColor: string | null;
}

export const NO_FORMAT: CellFormat = Object.freeze({
  background: null,
  fontColor: null,
  fontWeight: null,
  fontStyle: null,
  fontSize: null,
  wrap: null,
  horizontalAlignment: null,
  verticalAlignment: null,
  numberFormat: null,
});

export function isFormula(v: PlanValue): v is FormulaCell {
  return typeof v === 'object' && v !== null && 'formula' in v;
}
