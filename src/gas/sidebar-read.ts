/**
 * Reading a canvas sheet for the sidebar: in one pass down the sheet, the canvas and the KPIs
 * below it, and for an edit also the formulas, so cells an edit moves keep exactly what they held.
 */
import { CanvasState } from '../core/api';
import { SheetGrid } from '../core/edit/cells';
import { canvasState, lastNamedRow } from '../core/edit/sidebar-state';
import { CANVAS_MARKER_KEY } from '../core/layout/canvas-layout';
import { CanvasOnSheet, cellsToRead, parseMarker, readCanvasData } from '../core/layout/read-canvas';
import { PATTERN_CHECK_KEY } from '../core/patterns/sheet';
import { GridRange } from '../core/plan';
import { SheetApi } from './spreadsheet-api';
import { valuesAsShown } from './read-values';

/** What a sheet's developer metadata says about it: its canvas marker and stored pattern check. */
export interface SheetMetadata {
  marker: string | null;
  patternCheck: string | null;
}

export type SheetRead =
  | {
      ok: true;
      onSheet: CanvasOnSheet;
      state: CanvasState;
      grid: SheetGrid;
      metadata: SheetMetadata;
      namedRanges: Record<string, GridRange>;
    }
  | { ok: false; problems: string[] };

/** The sheet's canvas metadata: one spreadsheet call. */
export function metadataOf(sheet: SheetApi): SheetMetadata {
  const all = sheet.getDeveloperMetadata();
  const value = (key: string) => all.find((m) => m.getKey() === key)?.getValue() ?? null;
  return { marker: value(CANVAS_MARKER_KEY), patternCheck: value(PATTERN_CHECK_KEY) };
}

/** The sheet's named ranges and where they are now: one spreadsheet call. */
export function namedRangesOf(sheet: SheetApi): Record<string, GridRange> {
  const out: Record<string, GridRange> = {};
  for (const n of sheet.getNamedRanges()) {
    const r = n.getRange();
    out[n.getName()] = {
      row: r.getRow(),
      column: r.getColumn(),
      numRows: r.getNumRows(),
      numColumns: r.getNumColumns(),
    };
  }
  return out;
}

export interface ReadOptions {
  /** Also read the formulas (one more call), as an edit needs. */
  formulas: boolean;
  /** The metadata, when it is already known: saves its call. */
  metadata?: SheetMetadata;
  /** The named ranges, when they are known not to have moved: saves their call. */
  namedRanges?: Record<string, GridRange>;
}

/**
 * Reads a canvas sheet whose name is known: the metadata, the named ranges and the values (and
 * the formulas) from A1 to the last KPI, each in one spreadsheet call.
 */
export function readForSidebar(sheet: SheetApi, sheetName: string, options: ReadOptions): SheetRead {
  const metadata = options.metadata ?? metadataOf(sheet);
  const parsed = parseMarker(() => sheetName, metadata.marker);
  if (typeof parsed === 'string') return { ok: false, problems: [parsed] };
  const namedRanges = options.namedRanges ?? namedRangesOf(sheet);
  const size = cellsToRead(parsed.prefix, namedRanges, metadata.patternCheck);
  const range = sheet.getRange(1, 1, Math.max(size.numRows, lastNamedRow(parsed.prefix, namedRanges)), size.numColumns);
  const values = valuesAsShown(sheet, range);
  const formulas = options.formulas ? range.getFormulas() : [];
  const read = readCanvasData({ sheetName: () => sheetName, ...metadata, namedRanges, values });
  if (!read.ok) return read;
  const { ok: _ok, ...onSheet } = read;
  return {
    ok: true,
    onSheet,
    state: canvasState(sheetName, onSheet, values, namedRanges),
    grid: { values, formulas },
    metadata,
    namedRanges,
  };
}
