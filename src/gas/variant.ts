/**
 * Duplicate as variant: the canvas on a sheet — items, streams, costs and assumptions — copied to a
 * new sheet named "<name> (variant)" with its own named-range prefix, so both live side by side
 * and can be compared.
 */
import { Assumptions, CanvasWithAssumptions } from '../core/finance/assumptions';
import { financeLayout } from '../core/finance/layout';
import { readFinanceRows } from '../core/finance/read';
import { CANVAS_MARKER_KEY } from '../core/layout/canvas-layout';
import { CANVAS_COLUMNS, FinanceGeometry } from '../core/layout/geometry';
import { lastCanvasRow, parseMarker, readCanvasData } from '../core/layout/read-canvas';
import { GridRange } from '../core/plan';
import { PlanServices } from './apply-plan';
import { writeNewCanvas } from './canvas-sheet';
import { SheetApi, SpreadsheetApi } from './spreadsheet-api';

export const VARIANT_SUFFIX = ' (variant)';

export type VariantOutcome = { ok: true; sheet: SheetApi; sheetName: string } | { ok: false; message: string };

/** Copies the canvas on `sheetName` to a new sheet; never changes the original. */
export function duplicateAsVariant(ss: SpreadsheetApi, sheetName: string, createdOn: string, services: PlanServices): VariantOutcome {
  const sheet = ss.getSheetByName(sheetName);
  if (sheet === null) return { ok: false, message: `There is no sheet named "${sheetName}" in this spreadsheet.` };
  const read = readWithAssumptions(sheet);
  if (!read.ok) {
    return {
      ok: false,
      message: `The canvas "${sheetName}" cannot be read, so no variant was made:\n${read.problems.map((p) => `• ${p}`).join('\n')}`,
    };
  }
  const variant: CanvasWithAssumptions = { ...read.canvas, name: `${read.canvas.name}${VARIANT_SUFFIX}`, assumptions: read.assumptions };
  const created = writeNewCanvas(ss, variant, createdOn, services);
  return { ok: true, sheet: created, sheetName: created.getName() };
}

type Read = { ok: true; canvas: CanvasWithAssumptions; assumptions: Assumptions } | { ok: false; problems: string[] };

/**
 * Reads a canvas and the assumptions of its viability panel in three calls: the marker, the named
 * ranges, and the values from row 1 down to the last assumption.
 */
function readWithAssumptions(sheet: SheetApi): Read {
  const sheetName = () => sheet.getName();
  const found = sheet.getDeveloperMetadata().find((m) => m.getKey() === CANVAS_MARKER_KEY);
  const marker = found ? found.getValue() : null;
  const parsed = parseMarker(sheetName, marker);
  if (typeof parsed === 'string') return { ok: false, problems: [parsed] };
  const namedRanges: Record<string, GridRange> = {};
  for (const n of sheet.getNamedRanges()) {
    const r = n.getRange();
    namedRanges[n.getName()] = { row: r.getRow(), column: r.getColumn(), numRows: r.getNumRows(), numColumns: r.getNumColumns() };
  }
  // The panel starts two rows below the canvas; its assumptions are the last cells the copy needs.
  const bottom = lastCanvasRow(parsed.prefix, namedRanges);
  const span = { first: 1, count: 1 };
  const g: FinanceGeometry = { prefix: parsed.prefix, costRows: span, revenueRows: span, panelFirstRow: bottom + 2, currency: '' };
  const assumptionRows = Object.values(financeLayout(g).assumptions).map((a) => a.value.row);
  const rows = Math.max(bottom, ...assumptionRows);
  const values = sheet.getRange(1, 1, rows, CANVAS_COLUMNS).getValues();

  let assumptions: Assumptions | undefined;
  const result = readCanvasData({ sheetName, marker, namedRanges, values }, (grid, geometry) => {
    const rowsRead = readFinanceRows(grid, geometry);
    assumptions = rowsRead.assumptions;
    return rowsRead;
  });
  if (!result.ok) return result;
  if (assumptions === undefined) return { ok: false, problems: ['The viability panel’s assumptions could not be found below the canvas.'] };
  return { ok: true, canvas: result.canvas, assumptions };
}
