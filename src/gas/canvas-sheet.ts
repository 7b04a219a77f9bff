import { CANVAS_MARKER_KEY, layoutCanvas } from '../core/layout/canvas-layout';
import { sheetNameFor, uniqueName, uniquePrefix } from '../core/layout/names';
import { cellsToRead, parseMarker, readCanvasData, ReadResult } from '../core/layout/read-canvas';
import { PATTERN_CHECK_KEY } from '../core/patterns/sheet';
import { Canvas } from '../core/model';
import { GridRange } from '../core/plan';
import { appsScriptServices, applyPlanToNewSheet, PlanServices } from './apply-plan';
import { valuesAsShown } from './read-values';
import { DeveloperMetadataApi, SheetApi, SpreadsheetApi } from './spreadsheet-api';

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

function metadataValue(all: DeveloperMetadataApi[], key: string): string | null {
  const found = all.find((m) => m.getKey() === key);
  return found ? found.getValue() : null;
}

export function isCanvasSheet(sheet: SheetApi): boolean {
  return (
    typeof parseMarker(() => sheet.getName(), metadataValue(sheet.getDeveloperMetadata(), CANVAS_MARKER_KEY)) !==
    'string'
  );
}

/** Reads a canvas sheet back into the model in three spreadsheet calls, or says what is wrong. */
export function readCanvas(sheet: SheetApi): ReadResult {
  const sheetName = () => sheet.getName();
  const metadata = sheet.getDeveloperMetadata();
  const marker = metadataValue(metadata, CANVAS_MARKER_KEY);
  const parsed = parseMarker(sheetName, marker);
  if (typeof parsed === 'string') return { ok: false, problems: [parsed] };
  const patternCheck = metadataValue(metadata, PATTERN_CHECK_KEY);
  const namedRanges: Record<string, GridRange> = {};
  for (const n of sheet.getNamedRanges()) {
    const r = n.getRange();
    namedRanges[n.getName()] = {
      row: r.getRow(),
      column: r.getColumn(),
      numRows: r.getNumRows(),
      numColumns: r.getNumColumns(),
    };
  }
  const size = cellsToRead(parsed.prefix, namedRanges, patternCheck);
  return readCanvasData({
    sheetName,
    marker,
    patternCheck,
    namedRanges,
    values: valuesAsShown(sheet, sheet.getRange(1, 1, size.numRows, size.numColumns)),
  });
}
