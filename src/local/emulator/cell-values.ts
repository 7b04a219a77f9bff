/**
 * Reading and writing cell content on a sheet: what getValues, getDisplayValues and getFormulas
 * return, and how written values are stored (with the number format Sheets infers for them).
 */
import type { GridRect } from './a1';
import { StoredContent, contentFromEngine, engineContent } from './cell-input';
import { serialToDate } from './dates';
import { isErrorValue } from './formula-engine';
import { DEFAULT_DATE_FORMAT, formatNumber, isDateFormat, isGeneralFormat } from './number-format';
import type { EmuSheet } from './sheet';

/** The cell's own number format, or undefined when it has none (the automatic format). */
export function numberFormatAt(sheet: EmuSheet, row: number, column: number): string | undefined {
  return sheet.state.cells.get(row, column)?.style?.numberFormat;
}

export function isPlainTextCell(sheet: EmuSheet, row: number, column: number): boolean {
  return numberFormatAt(sheet, row, column) === '@';
}

/** The format a number is shown with: its own, or a date format for an engine-typed date. */
function effectiveFormat(sheet: EmuSheet, row: number, column: number): string | undefined {
  const own = numberFormatAt(sheet, row, column);
  if (!isGeneralFormat(own)) return own;
  const { engine } = sheet.spreadsheet;
  return engine.isDateLike(sheet.engineId, row, column) ? DEFAULT_DATE_FORMAT : own;
}

/** Range.getValues for one cell: "" when empty, error text for errors, a Date under a date format. */
export function readValue(sheet: EmuSheet, row: number, column: number): string | number | boolean | Date {
  const v = sheet.spreadsheet.engine.value(sheet.engineId, row, column);
  if (v === null) return '';
  if (isErrorValue(v)) return v.error;
  if (typeof v === 'number' && isDateFormat(effectiveFormat(sheet, row, column))) {
    return serialToDate(v, sheet.spreadsheet.timeZone);
  }
  return v;
}

/** Range.getDisplayValues for one cell. */
export function readDisplay(sheet: EmuSheet, row: number, column: number): string {
  const v = sheet.spreadsheet.engine.value(sheet.engineId, row, column);
  if (v === null) return '';
  if (isErrorValue(v)) return v.error;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  return formatNumber(v, effectiveFormat(sheet, row, column), sheet.spreadsheet.separators);
}

/** Range.getFormulas for one cell. */
export function readFormula(sheet: EmuSheet, row: number, column: number): string {
  return sheet.spreadsheet.engine.formula(sheet.engineId, row, column) ?? '';
}

/** The stored contents of a rectangle, row by row. */
export function readContents(sheet: EmuSheet, rect: GridRect): StoredContent[][] {
  return sheet.spreadsheet.engine.raw(sheet.engineId, rect).map((row) => row.map(contentFromEngine));
}

/** Stores a block of contents; numbers recognised from text give an automatic-format cell their format. */
export function writeContents(sheet: EmuSheet, rect: GridRect, contents: StoredContent[][]): void {
  // Array.from makes arrays of this realm: values written by code in a vm context arrive as its arrays.
  const raw = Array.from(contents, (row) => Array.from(row, engineContent));
  sheet.spreadsheet.engine.setContents(sheet.engineId, rect.row, rect.column, raw);
  contents.forEach((cells, i) =>
    cells.forEach((content, j) => {
      if (content.kind !== 'number' || !content.impliedFormat) return;
      const row = rect.row + i;
      const column = rect.column + j;
      const own = numberFormatAt(sheet, row, column);
      if (own !== undefined && !/^general$/i.test(own)) return;
      sheet.updateProps(row, column, (props) => ({
        ...props,
        style: { ...props.style, numberFormat: content.impliedFormat },
      }));
    }),
  );
}

/** The last row and column holding content (0 when the sheet is empty). */
export function contentExtent(sheet: EmuSheet): { lastRow: number; lastColumn: number } {
  const { rows, columns } = sheet.spreadsheet.engine.extent(sheet.engineId);
  if (rows === 0 || columns === 0) return { lastRow: 0, lastColumn: 0 };
  const raw = sheet.spreadsheet.engine.raw(sheet.engineId, { row: 1, column: 1, numRows: rows, numColumns: columns });
  let lastRow = 0;
  let lastColumn = 0;
  raw.forEach((cells, i) =>
    cells.forEach((cell, j) => {
      if (cell === null || cell === undefined || cell === '') return;
      lastRow = Math.max(lastRow, i + 1);
      lastColumn = Math.max(lastColumn, j + 1);
    }),
  );
  return { lastRow, lastColumn };
}
