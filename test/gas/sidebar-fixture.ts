/** A workbook with one canvas sheet in the emulator, and the server context bound to it. */
import { servicesFrom } from '../../src/gas/apply-plan';
import { CanvasState, EditResult, OpenResult } from '../../src/core/api';
import { Canvas } from '../../src/core/model';
import { writeNewCanvas } from '../../src/gas/canvas-sheet';
import { ServerContext } from '../../src/gas/server-function';
import { AppsScriptGlobals, createAppsScriptGlobals, EmuSheet, EmuSpreadsheet } from '../../src/local/emulator';

export interface Workbook {
  globals: AppsScriptGlobals;
  ss: EmuSpreadsheet;
  sheet: EmuSheet;
  ctx: ServerContext;
}

export function workbookWith(canvas: Canvas): Workbook {
  const globals = createAppsScriptGlobals();
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
