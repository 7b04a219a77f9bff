/** A1 notation for 1-based rows and columns. */

export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 1) throw new Error(`Bad column ${column}`);
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The column a letter name stands for: A → 1, Z → 26, AA → 27 (any case). */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]+$/.test(letters)) throw new Error(`Bad column ${letters}`);
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function a1(row: number, column: number): string {
  if (!Number.isInteger(row) || row < 1) throw new Error(`Bad row ${row}`);
  return `${columnLetter(column)}${row}`;
}

export function a1Range(row: number, column: number, numRows: number, numColumns: number): string {
  const start = a1(row, column);
  return numRows === 1 && numColumns === 1 ? start : `${start}:${a1(row + numRows - 1, column + numColumns - 1)}`;
}
