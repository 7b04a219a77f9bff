/**
 * Duplicate as variant: the canvas on a sheet — items, streams, costs and assumptions — copied to a
 * new sheet named "<name> (variant)" with its own named-range prefix, so both live side by side
 * and can be compared.
 */
import { Canvas } from '../core/model';
import { PlanServices } from './apply-plan';
import { readCanvas, writeNewCanvas } from './canvas-sheet';
import { SheetApi, SpreadsheetApi } from './spreadsheet-api';

export const VARIANT_SUFFIX = ' (variant)';

export type VariantOutcome = { ok: true; sheet: SheetApi; sheetName: string } | { ok: false; message: string };

/** Copies the canvas on `sheetName` to a new sheet; never changes the original. */
export function duplicateAsVariant(
  ss: SpreadsheetApi,
  sheetName: string,
  createdOn: string,
  services: PlanServices,
): VariantOutcome {
  const sheet = ss.getSheetByName(sheetName);
  if (sheet === null) return { ok: false, message: `There is no sheet named "${sheetName}" in this spreadsheet.` };
  const read = readCanvas(sheet);
  if (!read.ok) {
    return {
      ok: false,
      message: `The canvas "${sheetName}" cannot be read, so no variant was made:\n${read.problems.map((p) => `• ${p}`).join('\n')}`,
    };
  }
  const variant: Canvas = { ...read.canvas, name: `${read.canvas.name}${VARIANT_SUFFIX}` };
  const created = writeNewCanvas(ss, variant, createdOn, services);
  return { ok: true, sheet: created, sheetName: created.getName() };
}
