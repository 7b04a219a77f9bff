/**
 * Finding the canvas a sidebar request names (`CanvasRef`): by its sheet's id, whatever sheet is
 * active and whatever the sheet is called now, checked against the prefix its marker holds.
 */
import { CanvasRef } from '../core/api';
import { parseMarker } from '../core/layout/read-canvas';
import { metadataOf, SheetMetadata } from './canvas-sheet';
import { SheetApi, SpreadsheetApi } from './spreadsheet-api';

/** The sheet of a canvas as a request names it: its id, and its name as the request gave it. */
export interface SheetAt {
  sheetId: number;
  sheetName: string;
}

export type FoundCanvas =
  | { ok: true; sheet: SheetApi; metadata: SheetMetadata; at: SheetAt }
  | { ok: false; message: string };

export const CANVAS_GONE = (name: string) =>
  `The canvas "${name}" is not in this spreadsheet any more (its sheet was deleted, or no longer holds that canvas), so nothing was changed. Press Refresh to pick a canvas.`;

/**
 * The sheet of the canvas `ref` names, with its metadata (two spreadsheet calls), or why it is
 * gone. A damaged marker is left for the reader to report.
 */
export function findCanvas(ss: SpreadsheetApi, ref: CanvasRef): FoundCanvas {
  const gone = { ok: false, message: CANVAS_GONE(ref.sheetName) } as const;
  const sheet = ss.getSheetById(ref.sheetId);
  if (sheet === null) return gone;
  const metadata = metadataOf(sheet);
  if (metadata.marker === null) return gone;
  const marker = parseMarker(() => ref.sheetName, metadata.marker);
  if (typeof marker !== 'string' && marker.prefix !== ref.prefix) return gone;
  return { ok: true, sheet, metadata, at: { sheetId: ref.sheetId, sheetName: ref.sheetName } };
}

/** The sheet's id and name as they are now: two spreadsheet calls. */
export function sheetAt(sheet: SheetApi): SheetAt {
  return { sheetId: sheet.getSheetId(), sheetName: sheet.getName() };
}
