/**
 * A1 notation both ways, as Sheets writes it: columns A..Z, AA..ZZ, AAA..;
 * sheet names quoted when they are not plain identifiers ('Acme Coffee'!B3, 'Bob''s'!A1).
 */

/** A rectangle on a sheet, 1-based, as Apps Script's getRange(row, column, numRows, numColumns). */
export interface GridRect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** A parsed A1 reference; `sheetName` is null when the text names no sheet. */
export interface A1Reference extends GridRect {
  sheetName: string | null;
}

/** The sheet size that open-ended references ("A:A", "3:5", "A2:A") resolve against. */
export interface SheetSize {
  maxRows: number;
  maxColumns: number;
}

/** 1 → "A", 27 → "AA". */
export function columnToLetters(column: number): string {
  if (!Number.isInteger(column) || column < 1) throw new Error(`Invalid column number: ${column}`);
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "A" → 1, "aa" → 27. */
export function lettersToColumn(letters: string): number {
  if (!/^[A-Za-z]+$/.test(letters)) throw new Error(`Invalid column letters: "${letters}"`);
  let column = 0;
  for (const ch of letters.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column;
}

/** (2, 3) → "C2". */
export function cellA1(row: number, column: number): string {
  if (!Number.isInteger(row) || row < 1) throw new Error(`Invalid row number: ${row}`);
  return `${columnToLetters(column)}${row}`;
}

/** A rectangle as Range.getA1Notation writes it: "B2" for one cell, "B2:D5" otherwise. */
export function rectA1(rect: GridRect): string {
  const start = cellA1(rect.row, rect.column);
  if (rect.numRows === 1 && rect.numColumns === 1) return start;
  return `${start}:${cellA1(rect.row + rect.numRows - 1, rect.column + rect.numColumns - 1)}`;
}

const PLAIN_SHEET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const LOOKS_LIKE_CELL = /^([A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc][0-9]*)$/;

/** A sheet name as it appears in a reference: quoted unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  if (PLAIN_SHEET_NAME.test(name) && !LOOKS_LIKE_CELL.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

/** "'Acme Coffee'!B3:C4" for a rectangle on a named sheet. */
export function sheetRectA1(sheetName: string, rect: GridRect): string {
  return `${quoteSheetName(sheetName)}!${rectA1(rect)}`;
}

interface Corner {
  row: number | null;
  column: number | null;
}

function parseCorner(text: string, whole: string): Corner {
  const m = /^\$?([A-Za-z]*)\$?([0-9]*)$/.exec(text);
  if (!m || (m[1] === '' && m[2] === '')) throw new Error(`Range not found: "${whole}"`);
  const row = m[2] === '' ? null : Number(m[2]);
  if (row === 0) throw new Error(`Range not found: "${whole}"`);
  return { column: m[1] === '' ? null : lettersToColumn(m[1]), row };
}

function splitSheetName(a1: string): { sheetName: string | null; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, ref: a1 };
  let sheetName = a1.slice(0, bang);
  if (sheetName.startsWith("'") && sheetName.endsWith("'") && sheetName.length >= 2) {
    sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
  }
  return { sheetName, ref: a1.slice(bang + 1) };
}

/**
 * Parses "B2", "A1:C3", "'My Sheet'!B2", "A:C", "3:5" or "A2:A".
 * Open-ended parts need `size`; without it they throw.
 */
export function parseA1(a1: string, size?: SheetSize): A1Reference {
  const { sheetName, ref } = splitSheetName(a1.trim());
  const [startText, endText, extra] = ref.split(':');
  if (extra !== undefined || startText === undefined) throw new Error(`Range not found: "${a1}"`);
  const start = parseCorner(startText, a1);
  const end = endText === undefined ? start : parseCorner(endText, a1);
  if (endText === undefined && (start.row === null || start.column === null)) {
    throw new Error(`Range not found: "${a1}"`);
  }
  const need = (value: number | null, limit: keyof SheetSize): number => {
    if (value !== null) return value;
    if (!size) throw new Error(`"${a1}" is open-ended: the sheet size is needed to resolve it`);
    return size[limit];
  };
  const r1 = start.row ?? 1;
  const c1 = start.column ?? 1;
  const r2 = need(end.row, 'maxRows');
  const c2 = need(end.column, 'maxColumns');
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return { sheetName, row, column, numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 };
}
