/**
 * Inserting and deleting rows or columns: everything on the sheet moves the way Sheets moves it
 * (content and formula references via the engine; formats, notes, validation, merges, sizes,
 * frozen rows, metadata and chart anchors here; named ranges and other tracked ranges via the
 * spreadsheet).
 */
import { inheritedProps } from './cell-format';
import { ShiftOp, shiftIndex, shiftRect, shiftSpan, shiftSparseArrayInPlace } from './shift';
import type { EmuSheet } from './sheet';

function shiftFrozenRows(frozen: number, op: ShiftOp): number {
  if (op.dimension !== 'ROWS' || frozen === 0) return frozen;
  return shiftSpan(1, frozen, op.kind === 'insert' && op.at === 1 ? { ...op, at: 2 } : op)?.size ?? 0;
}

export function shiftSheetInPlace(sheet: EmuSheet, op: ShiftOp): void {
  const { engine } = sheet.spreadsheet;
  const state = sheet.state;
  if (op.kind === 'insert') engine.insert(sheet.engineId, op.dimension, op.at, op.count);
  else engine.remove(sheet.engineId, op.dimension, op.at, op.count);

  state.cells.shift(op, inheritedProps);
  state.merges = state.merges
    .map((m) => shiftRect(m, op))
    .filter((m): m is NonNullable<typeof m> => m !== null && (m.numRows > 1 || m.numColumns > 1));

  const sign = op.kind === 'insert' ? 1 : -1;
  if (op.dimension === 'ROWS') {
    shiftSparseArrayInPlace(state.rowHeights, op, (h) => h);
    state.maxRows += sign * op.count;
    state.frozenRows = shiftFrozenRows(state.frozenRows, op);
  } else {
    shiftSparseArrayInPlace(state.columnWidths, op, (w) => w);
    state.maxColumns += sign * op.count;
  }

  const located = op.dimension === 'ROWS' ? 'ROW' : 'COLUMN';
  state.metadata = state.metadata.filter((m) => {
    if (m.location.type !== located) return true;
    const span = shiftSpan(m.location.start, m.location.count, op);
    if (!span) return false;
    m.location = { type: located, start: span.start, count: span.size };
    return true;
  });

  const key = op.dimension === 'ROWS' ? 'row' : 'column';
  const size = op.dimension === 'ROWS' ? state.maxRows : state.maxColumns;
  for (const chart of state.charts) {
    chart.anchor[key] = shiftIndex(chart.anchor[key], op) ?? Math.min(op.at, size);
  }

  sheet.spreadsheet.shiftTrackedInPlace(sheet, op);
}
