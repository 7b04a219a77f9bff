/** Google Sheets' own limits, which the playground holds its workbook and its requests to. */

/** Characters in one cell: its text, its formula or its note. */
export const CELL_TEXT_LIMIT = 50_000;

/** Cells in one spreadsheet, all sheets together. */
export const WORKBOOK_CELL_LIMIT = 10_000_000;

/** Columns in one sheet (A to ZZZ). */
export const COLUMN_LIMIT = 18_278;

/** Characters in a sheet's name. */
export const SHEET_NAME_LIMIT = 100;
