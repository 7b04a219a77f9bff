/** Sheets' checks on the 2-D arrays handed to Range setters. */
import type { GridRect } from './a1';

/** Throws Sheets' message when `data` is not rect.numRows × rect.numColumns. */
export function checkShape(data: readonly (readonly unknown[])[], rect: GridRect): void {
  if (!Array.isArray(data) || data.some((row) => !Array.isArray(row))) {
    throw new Error("The parameters (number[]) don't match the method signature: expected a 2-D array.");
  }
  if (data.length !== rect.numRows) {
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rect.numRows}.`,
    );
  }
  for (const row of data) {
    if (row.length !== rect.numColumns) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${rect.numColumns}.`,
      );
    }
  }
}

/** rect.numRows × rect.numColumns values computed cell by cell (1-based sheet coordinates). */
export function mapRect<T>(rect: GridRect, cell: (row: number, column: number) => T): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rect.numRows; i++) {
    const row: T[] = [];
    for (let j = 0; j < rect.numColumns; j++) row.push(cell(rect.row + i, rect.column + j));
    out.push(row);
  }
  return out;
}

/** The same value for every cell of the rectangle. */
export function fillRect<T>(rect: GridRect, value: T): T[][] {
  return mapRect(rect, () => value);
}

export function intersects(a: GridRect, b: GridRect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

export function contains(outer: GridRect, inner: GridRect): boolean {
  return (
    inner.row >= outer.row &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column >= outer.column &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}
