import { CANVAS_MARKER_KEY, layoutCanvas } from '../core/layout/canvas-layout';
import { sheetNameFor, uniqueName, uniquePrefix } from '../core/layout/names';
import { CanvasSheetData, lastCanvasRow, parseMarker, readCanvasData, ReadResult } from '../core/layout/read-canvas';
import { CANVAS_COLUMNS } from '../core/layout/geometry';
import { readFinanceRows } from '../core/finance/read';
import { Canvas } from '../core/model';
import { GridRange } from '../core/plan';
import { appsScriptServices, applyPlanToNewSheet, PlanServices } from './apply-plan';
import { SheetApi, SpreadsheetApi } from './spreadsheet-api';

export type { ReadResult };

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

function markerOf(sheet: SheetApi): string | null {
  const found = sheet.getDeveloperMetadata().find((m) => m.getKey() === CANVAS_MARKER_KEY);
  return found ? found.getValue() : null;
}

export function isCanvasSheet(sheet: SheetApi): boolean {
  return typeof parseMarker(() => sheet.getName(), markerOf(sheet)) !== 'string';
}

/** Reads a canvas sheet back into the model in three spreadsheet calls, or says what is wrong. */
export function readCanvas(sheet: SheetApi): ReadResult {
  const sheetName = () => sheet.getName();
  const marker = markerOf(sheet);
  const parsed = parseMarker(sheetName, marker);
  if (typeof parsed === 'string') return { ok: false, problems: [parsed] };
  const namedRanges: Record<string, GridRange> = {};
  for (const n of sheet.getNamedRanges()) {
    const r = n.getRange();
    namedRanges[n.getName()] = { row: r.getRow(), column: r.getColumn(), numRows: r.getNumRows(), numColumns: r.getNumColumns() };
  }
  const rows = lastCanvasRow(parsed.prefix, namedRanges);
  const data: CanvasSheetData = {
    sheetName,
    marker,
    namedRanges,
    values: sheet.getRange(1, 1, rows, CANVAS_COLUMNS).getValues(),
  };
  return readCanvasData(data, readFinanceRows);
}
