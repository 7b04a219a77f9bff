/**
 * Ranges the spreadsheet keeps pointing at the same cells as rows and columns move: named ranges,
 * list-from-range validation sources and chart data ranges.
 */
import type { GridRect } from './a1';
import { ShiftOp, shiftRect } from './shift';

/** `valid` turns false when the range's cells are all deleted, or its sheet is. */
export interface TrackedRange extends GridRect {
  sheetId: number;
  valid: boolean;
}

export class RangeTracker {
  private readonly ranges = new Set<TrackedRange>();

  track(sheetId: number, rect: GridRect): TrackedRange {
    const { row, column, numRows, numColumns } = rect;
    const tracked: TrackedRange = { sheetId, row, column, numRows, numColumns, valid: true };
    this.ranges.add(tracked);
    return tracked;
  }

  forget(tracked: TrackedRange): void {
    this.ranges.delete(tracked);
  }

  shiftInPlace(sheetId: number, op: ShiftOp): void {
    for (const t of this.ranges) {
      if (t.sheetId !== sheetId || !t.valid) continue;
      const moved = shiftRect(t, op);
      if (moved) Object.assign(t, moved);
      else t.valid = false;
    }
  }

  invalidateSheet(sheetId: number): void {
    for (const t of this.ranges) if (t.sheetId === sheetId) t.valid = false;
  }
}
