/** A sparse 1-based grid of per-cell records that moves with row and column inserts and deletes. */
import { ShiftOp, shiftSparseArrayInPlace } from './shift';

export class CellGrid<T> {
  private rows: (T | undefined)[][] = [];

  get(row: number, column: number): T | undefined {
    return this.rows[row]?.[column];
  }

  set(row: number, column: number, value: T | undefined): void {
    if (value === undefined) {
      const r = this.rows[row];
      if (r) delete r[column];
      return;
    }
    (this.rows[row] ??= [])[column] = value;
  }

  shift(op: ShiftOp, inherit: (neighbour: T) => T | undefined): void {
    if (op.dimension === 'ROWS') {
      shiftSparseArrayInPlace(this.rows, op, (row) => {
        const copy: (T | undefined)[] = [];
        row.forEach((cell, column) => {
          if (cell !== undefined) copy[column] = inherit(cell);
        });
        return copy;
      });
    } else {
      for (const row of this.rows) if (row) shiftSparseArrayInPlace(row, op, inherit);
    }
  }

  /** Every set cell, row by row. */
  *entries(): IterableIterator<[number, number, T]> {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell !== undefined) yield [r, c, cell];
      }
    }
  }
}
