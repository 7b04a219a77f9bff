/**
 * How Sheets moves things when rows or columns are inserted or deleted. One rule serves cells,
 * merges, named ranges, validation sources, chart ranges and anchors, and row metadata.
 */
import type { GridRect } from './a1';

export type Dimension = 'ROWS' | 'COLUMNS';

/**
 * `at` is the 1-based index of the first inserted (or deleted) row or column.
 * Inserted rows copy their formats from the neighbour named by `inheritFrom`
 * (insertRowsAfter copies the row above; insertRowsBefore the row below).
 */
export type ShiftOp =
  | { kind: 'insert'; dimension: Dimension; at: number; count: number; inheritFrom: 'before' | 'after' }
  | { kind: 'delete'; dimension: Dimension; at: number; count: number };

/** Where index `i` goes; null when it was deleted. */
export function shiftIndex(i: number, op: ShiftOp): number | null {
  if (i < op.at) return i;
  if (op.kind === 'insert') return i + op.count;
  return i < op.at + op.count ? null : i - op.count;
}

/**
 * A span of `size` indices from `start`. Inserting strictly inside it (after its first index,
 * up to just after its last) grows it; inserting at or before its start moves it; deleting
 * shrinks it; deleting all of it gives null.
 */
export function shiftSpan(start: number, size: number, op: ShiftOp): { start: number; size: number } | null {
  const end = start + size - 1;
  if (op.kind === 'insert') {
    if (op.at <= start) return { start: start + op.count, size };
    if (op.at <= end) return { start, size: size + op.count };
    return { start, size };
  }
  const lastDeleted = op.at + op.count - 1;
  const newStart = start < op.at ? start : start > lastDeleted ? start - op.count : op.at;
  const newEnd = end < op.at ? end : end > lastDeleted ? end - op.count : op.at - 1;
  return newEnd < newStart ? null : { start: newStart, size: newEnd - newStart + 1 };
}

/** A rectangle after the shift, or null when it was deleted entirely. */
export function shiftRect<T extends GridRect>(rect: T, op: ShiftOp): T | null {
  if (op.dimension === 'ROWS') {
    const span = shiftSpan(rect.row, rect.numRows, op);
    return span && { ...rect, row: span.start, numRows: span.size };
  }
  const span = shiftSpan(rect.column, rect.numColumns, op);
  return span && { ...rect, column: span.start, numColumns: span.size };
}

/**
 * Applies the shift to a sparse 1-based array in place. Inserted slots get `inherit(neighbour)`
 * when the neighbour is set.
 */
export function shiftSparseArrayInPlace<T>(
  items: (T | undefined)[],
  op: ShiftOp,
  inherit?: (neighbour: T) => T | undefined,
): void {
  if (op.kind === 'delete') {
    if (items.length >= op.at) items.splice(op.at, op.count);
    return;
  }
  const neighbourIndex = op.inheritFrom === 'before' ? op.at - 1 : op.at;
  const neighbour = items[neighbourIndex];
  if (items.length >= op.at) items.splice(op.at, 0, ...new Array<undefined>(op.count));
  if (inherit && neighbour !== undefined) {
    for (let i = 0; i < op.count; i++) {
      const copy = inherit(neighbour);
      if (copy !== undefined) items[op.at + i] = copy;
    }
  }
}
