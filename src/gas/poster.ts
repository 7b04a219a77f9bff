/**
 * The Poster command: a print-ready sheet of the canvas's nine blocks, their notes only, live-linked
 * to the canvas by formulas (src/core/poster.ts decides it; apply-plan writes it).
 */
import { sheetNameFor, uniqueName } from '../core/layout/names';
import { layoutPoster, posterSheetName } from '../core/poster';
import { applyPlanToNewSheet, PlanServices } from './apply-plan';
import { readCanvas } from './canvas-sheet';
import { SheetApi, SpreadsheetApi } from './spreadsheet-api';

export type PosterOutcome = { ok: true; sheet: SheetApi; canvasName: string } | { ok: false; message: string };

export const NOT_A_CANVAS =
  'Open the canvas you want a poster of (click its sheet tab), then choose Poster again. This sheet holds no canvas.';

/** Adds a poster sheet for the canvas on `canvasSheet`, after it; never changes the canvas. */
export function makePoster(ss: SpreadsheetApi, canvasSheet: SheetApi, services: PlanServices): PosterOutcome {
  const read = readCanvas(canvasSheet);
  if (!read.ok) return { ok: false, message: NOT_A_CANVAS };
  const canvasSheetName = canvasSheet.getName();
  const name = uniqueName(sheetNameFor(posterSheetName(canvasSheetName)), (n) => ss.getSheetByName(n) !== null);
  const plan = layoutPoster(
    {
      sheetName: canvasSheetName,
      sheetId: canvasSheet.getSheetId(),
      canvasName: read.canvas.name,
      places: read.places,
      finance: read.finance,
    },
    name,
  );
  return { ok: true, sheet: applyPlanToNewSheet(ss, plan, services), canvasName: read.canvas.name };
}
