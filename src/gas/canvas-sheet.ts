/**
 * A canvas sheet on a spreadsheet: adding one, reading one back (the only reader), and listing the
 * file's canvases (the only list).
 */
import { CanvasRef, CanvasState } from '../core/api';
import { SheetGrid } from '../core/edit/cells';
import { canvasState, lastNamedRow } from '../core/edit/sidebar-state';
import { CANVAS_MARKER_KEY, CanvasMarker, layoutCanvas } from '../core/layout/canvas-layout';
import { sheetNameFor, uniqueName, uniquePrefix } from '../core/layout/names';
import { CanvasOnSheet, cellsToRead, parseMarker, readCanvasData } from '../core/layout/read-canvas';
import { localeFacts } from '../core/locale';
import { Canvas, emptyCanvas } from '../core/model';
import { PATTERN_CHECK_KEY } from '../core/patterns/sheet';
import { GridRange } from '../core/plan';
import { appsScriptServices, applyPlanToNewSheet, PlanServices } from './apply-plan';
import { valuesAsShown } from './read-values';
import { SheetApi, SpreadsheetApi } from './spreadsheet-api';

/** A new, empty canvas, in the currency of the spreadsheet's locale (EUR for de_DE, GBP for en_GB). */
export function emptyCanvasIn(ss: SpreadsheetApi, name: string): Canvas {
  return emptyCanvas(name, localeFacts(ss.getSpreadsheetLocale()).currency);
}

/**
 * Adds a new sheet holding `canvas`, named after it (made unique), and returns it. Never touches
 * another sheet.
 */
export function writeNewCanvas(
  ss: SpreadsheetApi,
  canvas: Canvas,
  createdOn: string,
  services: PlanServices = appsScriptServices(),
): SheetApi {
  const sheetName = uniqueName(sheetNameFor(canvas.name), (n) => ss.getSheetByName(n) !== null);
  const prefix = uniquePrefix(
    canvas.name,
    ss.getNamedRanges().map((n) => n.getName()),
  );
  const { plan } = layoutCanvas(canvas, { sheetName, prefix, createdOn });
  return applyPlanToNewSheet(ss, plan, services);
}

/** What a sheet's developer metadata says about it: its canvas marker and stored pattern check. */
export interface SheetMetadata {
  marker: string | null;
  patternCheck: string | null;
}

/** The sheet's canvas metadata: one spreadsheet call. */
export function metadataOf(sheet: SheetApi): SheetMetadata {
  const all = sheet.getDeveloperMetadata();
  const value = (key: string) => all.find((m) => m.getKey() === key)?.getValue() ?? null;
  return { marker: value(CANVAS_MARKER_KEY), patternCheck: value(PATTERN_CHECK_KEY) };
}

/** The sheet's named ranges and where they are now: one spreadsheet call. */
function namedRangesOf(sheet: SheetApi): Record<string, GridRange> {
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

/** The canvas marker of a sheet that holds a canvas this version can read, else null. */
export function canvasMarkerOf(sheet: SheetApi, metadata: SheetMetadata): CanvasMarker | null {
  if (metadata.marker === null) return null;
  const marker = parseMarker(() => sheet.getName(), metadata.marker);
  return typeof marker === 'string' ? null : marker;
}

/** The file's canvas sheets in tab order: one call for the list, one per sheet, two more per canvas. */
export function listCanvasSheets(ss: SpreadsheetApi): CanvasRef[] {
  return ss.getSheets().flatMap((sheet) => {
    const marker = canvasMarkerOf(sheet, metadataOf(sheet));
    return marker === null ? [] : [{ sheetId: sheet.getSheetId(), prefix: marker.prefix, sheetName: sheet.getName() }];
  });
}

export interface ReadOptions {
  /** The sheet's name, when it is known: saves asking for it in a message. */
  sheetName?: string;
  /** Also read the formulas (one more call), as an edit needs. */
  formulas?: boolean;
  /** The metadata, when it is already known: saves its call. */
  metadata?: SheetMetadata;
  /** The named ranges, when they are known not to have moved: saves their call. */
  namedRanges?: Record<string, GridRange>;
}

/** A canvas read back, with what was read to find it: enough to plan an edit or show its KPIs. */
export type CanvasRead =
  | ({ ok: true } & CanvasOnSheet & {
        grid: SheetGrid;
        metadata: SheetMetadata;
        namedRanges: Record<string, GridRange>;
      })
  | { ok: false; problems: string[] };

/**
 * Reads a canvas sheet back into the model, or says what is wrong: the metadata, the named ranges
 * and the values (and, when asked, the formulas) from A1 down to the last KPI, each in one
 * spreadsheet call, so at most three without the formulas.
 */
export function readCanvas(sheet: SheetApi, options: ReadOptions = {}): CanvasRead {
  const sheetName = () => options.sheetName ?? sheet.getName();
  const metadata = options.metadata ?? metadataOf(sheet);
  const parsed = parseMarker(sheetName, metadata.marker);
  if (typeof parsed === 'string') return { ok: false, problems: [parsed] };
  const namedRanges = options.namedRanges ?? namedRangesOf(sheet);
  const size = cellsToRead(parsed.prefix, namedRanges, metadata.patternCheck);
  const range = sheet.getRange(1, 1, Math.max(size.numRows, lastNamedRow(parsed.prefix, namedRanges)), size.numColumns);
  const values = valuesAsShown(sheet, range);
  const formulas = options.formulas ? range.getFormulas() : [];
  const read = readCanvasData({ sheetName, ...metadata, namedRanges, values });
  if (!read.ok) return read;
  return { ...read, grid: { values, formulas }, metadata, namedRanges };
}

/** The canvas as the sidebar shows it, its KPIs taken from the values read. */
export function sidebarStateOf(
  read: CanvasOnSheet & { grid: SheetGrid; namedRanges: Record<string, GridRange> },
  at: { sheetId: number; sheetName: string },
): CanvasState {
  return canvasState(at, read, read.grid.values, read.namedRanges);
}
