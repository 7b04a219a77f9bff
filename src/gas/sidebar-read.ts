/**
 * Reading a canvas sheet for the sidebar: in one pass down the sheet, the canvas and the KPIs
 * below it, and for an edit also the formulas, so cells an edit moves keep exactly what they held.
 */
import { CanvasState } from '../core/api';
import { SheetGrid } from '../core/edit/cells';
import { canvasState, lastNamedRow } from '../core/edit/sidebar-state';
import { readFinanceRows } from '../core/finance';
import { CANVAS_MARKER_KEY } from '../core/layout/canvas-layout';
import { CANVAS_COLUMNS } from '../core/layout/geometry';
import { CanvasOnSheet, parseMarker, readCanvasData } from '../core/layout/read-canvas';
import { GridRange } from '../core/plan';
import { SheetApi } from './spreadsheet-api';

export type SheetRead =
  | { ok: true; onSheet: CanvasOnSheet; state: CanvasState; grid: SheetGrid; marker: string; namedRanges: Record<string, GridRange> }
  | { ok: false; problems: string[] };

/** The canvas marker of a sheet: one spreadsheet call. */
export function markerOf(sheet: SheetApi): string | null {
  const found = sheet.getDeveloperMetadata().find((m) => m.getKey() === CANVAS_MARKER_KEY);
  return found ? found.getValue() : null;
}

/** The sheet's named ranges and where they are now: one spreadsheet call. */
export function namedRangesOf(sheet: SheetApi): Record<string, GridRange> {
  const out: Record<string, GridRange> = {};
  for (const n of sheet.getNamedRanges()) {
    const r = n.getRange();
    out[n.getName()] = { row: r.getRow(), column: r.getColumn(), numRows: r.getNumRows(), numColumns: r.getNumColumns() };
  }
  return out;
}

export interface ReadOptions {
  /** Also read the formulas (one more call), as an edit needs. */
  formulas: boolean;
  /** The marker, when it is already known: saves its call. */
  marker?: string;
  /** The named ranges, when they are known not to have moved: saves their call. */
  namedRanges?: Record<string, GridRange>;
}

/**
 * Reads a canvas sheet whose name is known: the marker, the named ranges and the values (and the
 * formulas) from row 1 to the last KPI, each in one spreadsheet call.
 */
export function readForSidebar(sheet: SheetApi, sheetName: string, options: ReadOptions): SheetRead {
  const marker = options.marker ?? markerOf(sheet);
  const parsed = parseMarker(() => sheetName, marker);
  if (typeof parsed === 'string') return { ok: false, problems: [parsed] };
  const namedRanges = options.namedRanges ?? namedRangesOf(sheet);
  const range = sheet.getRange(1, 1, lastNamedRow(parsed.prefix, namedRanges), CANVAS_COLUMNS);
  const values = range.getValues();
  const formulas = options.formulas ? range.getFormulas() : [];
  const read = readCanvasData({ sheetName: () => sheetName, marker, namedRanges, values }, readFinanceRows);
  if (!read.ok) return read;
  const { ok: _ok, ...onSheet } = read;
  return {
    ok: true,
    onSheet,
    state: canvasState(sheetName, onSheet, values, namedRanges),
    grid: { values, formulas },
    marker: marker as string,
    namedRanges,
  };
}
