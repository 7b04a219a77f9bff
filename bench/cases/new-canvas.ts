import { writeNewCanvas } from '../../src/gas/canvas-sheet';
import { createAppsScriptGlobals } from '../../src/local/emulator';
import { BenchCase } from '../bench-case';
import { servicesFrom } from '../../src/gas/apply-plan';
import { CANVAS_SIZES, filledCanvas } from '../filled-canvas';

/** Laying out a new canvas sheet. */
export const newCanvasCases: BenchCase[] = CANVAS_SIZES.map((items) => ({
  name: 'new-canvas',
  items,
  prepare() {
    const globals = createAppsScriptGlobals();
    const canvas = filledCanvas(items);
    const services = servicesFrom(globals);
    return { calls: globals.calls, run: () => writeNewCanvas(globals.spreadsheet, canvas, '2025-01-15', services) };
  },
}));
