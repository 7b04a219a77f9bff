/** A workbook with one canvas sheet in the emulator, and the server context bound to it. */
import { servicesFrom } from '../../src/gas/apply-plan';
import { CanvasRef, CanvasState, EditResult, OpenResult } from '../../src/core/api';
import { listVersion } from '../../src/core/edit/list-versions';
import { BlockId, Canvas } from '../../src/core/model';
import { listCanvasSheets, readCanvas, writeNewCanvas } from '../../src/gas/canvas-sheet';
import { SpreadsheetApi } from '../../src/gas/spreadsheet-api';
import { ServerContext } from '../../src/gas/server-function';
import { AppsScriptGlobals, createAppsScriptGlobals, EmuSheet, EmuSpreadsheet } from '../../src/local/emulator';

export interface Workbook {
  globals: AppsScriptGlobals;
  ss: EmuSpreadsheet;
  sheet: EmuSheet;
  ctx: ServerContext;
}

export function workbookWith(canvas: Canvas, locale = 'en_US'): Workbook {
  const globals = createAppsScriptGlobals({ spreadsheetOptions: { locale } });
  const ss = globals.spreadsheet;
  const services = servicesFrom(globals);
  const sheet = writeNewCanvas(ss, canvas, '2025-01-15', services) as EmuSheet;
  ss.setActiveSheet(sheet);
  const ctx: ServerContext = {
    ss,
    documentLock: () => globals.LockService.getDocumentLock(),
    services,
    today: () => '2025-01-15',
  };
  globals.calls.reset();
  return { globals, ss, sheet, ctx };
}

/** The state of a successful answer; any other answer fails the test with what it said. */
export function stateOf(result: EditResult | OpenResult): CanvasState {
  if (result.ok && 'state' in result) return result.state;
  throw new Error(`Expected a canvas, got ${JSON.stringify(result)}`);
}

/** Every sheet's values, formulas and named ranges: to show that a call changed nothing. */
export function everything(ss: EmuSpreadsheet) {
  return {
    sheets: ss.getSheets().map((s) => ({
      name: s.getName(),
      values: s.getDataRange().getValues(),
      formulas: s.getDataRange().getFormulas(),
    })),
    names: ss.getNamedRanges().map((n) => [n.getName(), n.getRange().getA1Notation()]),
  };
}

/**
 * The canvas on the sheet named, as a sidebar request names it; a sheet that is not there gets an
 * id no sheet has.
 */
export function refTo(ss: SpreadsheetApi, sheetName: string): CanvasRef {
  return listCanvasSheets(ss).find((c) => c.sheetName === sheetName) ?? { sheetId: 987654, prefix: 'Gone', sheetName };
}

/**
 * A request in the old shape (the sheet by name, the change) as the sidebar sends it now: the
 * canvas by its reference, and the version of the edited list as the sheet holds it now.
 */
export function fresh(ss: SpreadsheetApi, request: { sheetName: string; edit: unknown; [k: string]: unknown }) {
  const { sheetName, ...rest } = request;
  const canvas = refTo(ss, sheetName);
  const sheet = ss.getSheetById(canvas.sheetId);
  const read = sheet === null ? null : readCanvas(sheet);
  const block = (request.edit as { block?: BlockId } | null)?.block;
  const known =
    block === 'revenueStreams' || block === 'costStructure' || (block ?? '') in (read?.ok ? read.canvas.blocks : {});
  const version = read?.ok && known ? listVersion(read.canvas, block as BlockId) : 'none';
  return { canvas, version, ...rest };
}
