/**
 * The workbook snapshot: a plain, versioned, JSON-serialisable picture of an emulated spreadsheet.
 * `EmuSpreadsheet.toJSON()` writes it and `spreadsheetFromSnapshot()` rebuilds an equal workbook;
 * the xlsx writer and the browser playground render it.
 *
 * Conventions: rows and columns are 1-based; colours are lower-case "#rrggbb"; anything left at
 * Sheets' default is omitted (see `defaults`); `a1` fields are conveniences, recomputed on read.
 *
 * @example
 * const snap = spreadsheet.toJSON();
 * for (const sheet of snap.sheets)
 *   for (const cell of sheet.cells)
 *     console.log(sheet.name, cell.a1, cell.formula ?? cell.literal, '→', cell.display);
 */

export const SNAPSHOT_VERSION = 1;

/** A rectangle on the sheet that holds it. */
export interface RectSnapshot {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  /** "B2:D5" (or "B2" for one cell). */
  a1: string;
}

/** A rectangle on a named sheet (named ranges, validation sources, chart data). */
export interface SheetRectSnapshot extends RectSnapshot {
  sheetId: number;
  sheetName: string;
  /** "'Acme Coffee'!B2:D5" */
  qualifiedA1: string;
}

/** Only the keys that differ from Sheets' defaults are present. */
export interface CellFormatSnapshot {
  background?: string;
  fontColor?: string;
  fontWeight?: string;
  fontStyle?: string;
  fontSize?: number;
  wrap?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  /** A Sheets number format pattern, e.g. "#,##0.00", "0%", "@" (plain text), "yyyy-mm-dd". */
  numberFormat?: string;
}

export interface BorderLineSnapshot {
  color: string;
  /** "DOTTED" | "DASHED" | "SOLID" | "SOLID_MEDIUM" | "SOLID_THICK" | "DOUBLE" */
  style: string;
}

/** The edges drawn on this cell; an inner line between two cells is on both. */
export interface CellBordersSnapshot {
  top?: BorderLineSnapshot;
  left?: BorderLineSnapshot;
  bottom?: BorderLineSnapshot;
  right?: BorderLineSnapshot;
}

export type ValidationCriterionSnapshot =
  | { kind: 'list'; values: string[]; showDropdown: boolean }
  /** `source` is null when the source cells were deleted. */
  | { kind: 'listFromRange'; source: SheetRectSnapshot | null; showDropdown: boolean }
  | { kind: 'numberBetween'; min: number; max: number }
  | { kind: 'numberAtLeast'; min: number };

export interface ValidationSnapshot {
  criterion: ValidationCriterionSnapshot;
  /** false: Sheets rejects a typed value that fails the rule. */
  allowInvalid: boolean;
  helpText: string | null;
}

export type CellValueType = 'number' | 'string' | 'boolean' | 'error' | 'empty';

/**
 * One cell that has content, a format, borders, a note or validation.
 * Exactly one of `formula` / `literal` is present when the cell has content.
 */
export interface CellSnapshot {
  row: number;
  column: number;
  a1: string;
  /** "=SUM(B2:B4)" */
  formula?: string;
  /** The stored constant: text (without any apostrophe used to type it), number or boolean. Dates are serial numbers. */
  literal?: string | number | boolean;
  /** The computed value; errors as their text ("#DIV/0!"), dates as serial numbers, null when empty. */
  value: string | number | boolean | null;
  valueType: CellValueType;
  /** What the cell shows, formatted by its number format. */
  display: string;
  format?: CellFormatSnapshot;
  borders?: CellBordersSnapshot;
  note?: string;
  validation?: ValidationSnapshot;
}

export interface MetadataSnapshot {
  id: number;
  key: string;
  value: string | null;
  /** SHEET: on the sheet itself; ROW/COLUMN: on `count` whole rows/columns from `start`. */
  location: { type: 'SHEET' } | { type: 'ROW' | 'COLUMN'; start: number; count: number };
}

export interface ChartSnapshot {
  id: number;
  /** A Charts.ChartType name: "LINE", "COLUMN", "BAR", ... */
  type: string;
  /** Data ranges still present, in the order they were added. */
  ranges: SheetRectSnapshot[];
  /** The cell the chart's top-left corner sits on, plus a pixel offset. */
  anchor: { row: number; column: number; offsetX: number; offsetY: number };
  /** Options set with setOption (title, width, height, legend, ...). */
  options: Record<string, unknown>;
  /** -1 when not set. */
  numHeaders: number;
  /** Series run along rows (setTransposeRowsAndColumns). */
  transposed: boolean;
  /** "MERGE_COLUMNS" or "MERGE_ROWS" (setMergeStrategy); absent in snapshots saved before it was recorded. */
  mergeStrategy?: string;
}

/**
 * A conditional-format rule with a custom formula. As in Sheets, the formula is written for the
 * top-left cell of the first range and shifts (relative parts only) for every other cell.
 */
export interface ConditionalFormatSnapshot {
  /** "=AND(ISNUMBER(B8),B8=MAX($B8:$D8))" */
  formula: string;
  /** Ranges still present on the sheet, in the order they were set. */
  ranges: RectSnapshot[];
  background: string | null;
  fontColor: string | null;
}

export interface SheetSnapshot {
  id: number;
  name: string;
  /** 0-based position among the sheets. */
  index: number;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  tabColor: string | null;
  hiddenGridlines: boolean;
  /** Columns whose width differs from `defaults.columnWidth`, in pixels. */
  columnWidths: { column: number; width: number }[];
  /** Rows whose height differs from `defaults.rowHeight`, in pixels. */
  rowHeights: { row: number; height: number }[];
  /** Row-major order. */
  cells: CellSnapshot[];
  merges: RectSnapshot[];
  metadata: MetadataSnapshot[];
  charts: ChartSnapshot[];
  /** In priority order: where two rules hold for a cell, the first one's format shows. */
  conditionalFormats: ConditionalFormatSnapshot[];
}

export interface NamedRangeSnapshot {
  name: string;
  range: SheetRectSnapshot;
}

export interface WorkbookSnapshot {
  version: typeof SNAPSHOT_VERSION;
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  activeSheetId: number;
  /** In tab order. */
  sheets: SheetSnapshot[];
  namedRanges: NamedRangeSnapshot[];
  /** Document properties. */
  properties: Record<string, string>;
  /** Sheets' defaults for whatever the cells and sheets leave out. */
  defaults: {
    format: Required<CellFormatSnapshot>;
    columnWidth: number;
    rowHeight: number;
  };
  /** Id counters, so a rebuilt workbook hands out the same ids next. */
  sequences: { sheet: number; metadata: number; chart: number };
}
