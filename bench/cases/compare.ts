import { CanvasSnapshot, COMPARED_BLOCKS, CompareColumn, EMPTY_MEMORY, layoutCompare } from '../../src/core/compare';
import { isFormula } from '../../src/core/plan';
import { compareCanvases } from '../../src/gas/compare';
import { servicesFrom } from '../../src/gas/apply-plan';
import { writeNewCanvas } from '../../src/gas/canvas-sheet';
import { createAppsScriptGlobals } from '../../src/local/emulator';
import { BenchCase } from '../bench-case';
import { filledCanvas } from '../filled-canvas';

const CANVAS_COUNTS = [2, 10, 20, 50];
const ITEMS = 9;

/** Formula cells of the Compare sheet for `count` canvases (the same whatever the canvases hold). */
function formulaCells(count: number): number {
  const items = {} as CanvasSnapshot['items'];
  for (const block of COMPARED_BLOCKS) items[block] = [];
  const snapshot: CanvasSnapshot = { title: '', currency: 'USD', items };
  const columns: CompareColumn[] = Array.from({ length: count }, (_, i) => ({
    sheetName: `C${i}`,
    prefix: `C${i}`,
    snapshot,
  }));
  return layoutCompare(columns, EMPTY_MEMORY).plan.values.flat().filter(isFormula).length;
}

/** Building the Compare sheet over 2, 10, 20 and 50 canvases of 9 items per block. */
export const compareCases: BenchCase[] = CANVAS_COUNTS.map((count) => ({
  name: `compare ${count} canvases`,
  items: ITEMS,
  formulaCells: formulaCells(count),
  prepare() {
    const globals = createAppsScriptGlobals();
    const services = servicesFrom(globals);
    const names = Array.from({ length: count }, (_, i) => {
      const canvas = filledCanvas(ITEMS, `Canvas ${i + 1}`);
      return writeNewCanvas(globals.spreadsheet, canvas, '2025-01-15', services).getName();
    });
    return {
      calls: globals.calls,
      run: () => {
        const out = compareCanvases(globals.spreadsheet, names, services);
        if (!out.ok) throw new Error(`compare: ${out.message}`);
      },
    };
  },
}));
