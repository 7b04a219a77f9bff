import { readCanvas, writeNewCanvas } from '../../src/gas/canvas-sheet';
import { createAppsScriptGlobals } from '../../src/local/emulator';
import { BenchCase } from '../bench-case';
import { servicesFrom } from '../../src/gas/apply-plan';
import { CANVAS_SIZES, filledCanvas } from '../filled-canvas';

/** Reading a canvas sheet back into the model. */
export const readCanvasCases: BenchCase[] = CANVAS_SIZES.map((items) => ({
  name: 'read-canvas',
  items,
  prepare() {
    const globals = createAppsScriptGlobals();
    const sheet = writeNewCanvas(globals.spreadsheet, filledCanvas(items), '2025-01-15', servicesFrom(globals));
    return {
      calls: globals.calls,
      run: () => {
        const result = readCanvas(sheet);
        if (!result.ok) throw new Error(`read-canvas: the canvas did not read back: ${result.problems.join('; ')}`);
      },
    };
  },
}));
