import { layoutCanvas } from '../../src/core/layout/canvas-layout';
import { Canvas, Cost, emptyCanvas, RevenueStream } from '../../src/core/model';
import { isFormula } from '../../src/core/plan';
import { servicesFrom } from '../../src/gas/apply-plan';
import { writeNewCanvas } from '../../src/gas/canvas-sheet';
import { createAppsScriptGlobals } from '../../src/local/emulator';
import { BenchCase } from '../bench-case';

/** A canvas whose financial blocks hold `streams` revenue streams and `costs` costs. */
function financeCanvas(streams: number, costs: number): Canvas {
  const c = emptyCanvas(`Finance ${streams}x${costs}`);
  c.revenueStreams = Array.from(
    { length: streams },
    (_, i): RevenueStream => ({
      name: `Stream ${i + 1}`,
      type: 'subscription',
      price: 10 + i,
      volume: 100 * (i + 1),
    }),
  );
  c.costs = Array.from(
    { length: costs },
    (_, i): Cost =>
      i % 3 === 0
        ? { name: `Cost ${i + 1}`, behavior: 'fixed', amount: 1000 }
        : i % 3 === 1
          ? {
              name: `Cost ${i + 1}`,
              behavior: 'variable',
              per: 'unit',
              amount: 1,
              stream: `Stream ${(i % streams) + 1}`,
            }
          : { name: `Cost ${i + 1}`, behavior: 'variable', per: 'revenue', amount: 0.02 },
  );
  return c;
}

const SIZES: [number, number][] = [
  [0, 0],
  [10, 20],
];

/** Laying out a canvas with its financial model: calls, time, and the formula cells it writes. */
export const financeCanvasCases: BenchCase[] = SIZES.map(([streams, costs]) => {
  const canvas = financeCanvas(streams, costs);
  const { plan } = layoutCanvas(canvas, { sheetName: canvas.name, prefix: 'F', createdOn: '2025-01-15' });
  return {
    name: `finance-canvas ${streams} streams, ${costs} costs`,
    items: 0,
    formulaCells: plan.values.flat().filter(isFormula).length,
    prepare() {
      const globals = createAppsScriptGlobals();
      const services = servicesFrom(globals);
      return { calls: globals.calls, run: () => writeNewCanvas(globals.spreadsheet, canvas, '2025-01-15', services) };
    },
  };
});
