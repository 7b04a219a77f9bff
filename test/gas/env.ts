import { servicesFrom } from '../../src/gas/apply-plan';
import { readCanvas, writeNewCanvas } from '../../src/gas/canvas-sheet';
import { Canvas } from '../../src/core/model';
import { createAppsScriptGlobals, EmuSheet } from '../../src/local/emulator';

/** A fresh in-memory spreadsheet with the adapter's services bound to it. */
export function freshEnv() {
  const g = createAppsScriptGlobals();
  const services = servicesFrom(g);
  return {
    g,
    ss: g.spreadsheet,
    write: (canvas: Canvas, date = '2026-11-26') => writeNewCanvas(g.spreadsheet, canvas, date, services) as EmuSheet,
    read: (sheet: EmuSheet) => readCanvas(sheet),
  };
}

/** Method names of the calls made since the counter was last reset. */
export function methodsCalled(g: ReturnType<typeof createAppsScriptGlobals>): string[] {
  return Object.keys(g.calls.byMethod());
}
