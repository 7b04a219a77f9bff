import { financeLayout } from '../../src/core/finance/layout';
import { Canvas, emptyCanvas } from '../../src/core/model';
import { ScenarioSet } from '../../src/core/whatif';
import { servicesFrom } from '../../src/gas/apply-plan';
import { duplicateAsVariant } from '../../src/gas/variant';
import { editCell, EmuSheet } from '../../src/local/emulator';
import { freshEnv } from './env';

const scenarios: ScenarioSet = {
  active: 'Bold launch',
  list: [
    { name: 'Base', multipliers: { price: 1, volume: 1, variableCost: 1, fixedCost: 1, growth: 1, churn: 1 } },
    {
      name: 'Bold launch',
      multipliers: { price: 0.9, volume: 1.5, variableCost: 1, fixedCost: 1.2, growth: 1.5, churn: 1.1 },
    },
  ],
};

function kiosk(): Canvas {
  const c = emptyCanvas('Kiosk');
  c.revenueStreams = [{ name: 'Snacks', type: 'asset-sale', price: 3, volume: 2000 }];
  c.costs = [
    { name: 'Pitch fee', behavior: 'fixed', amount: 1500 },
    { name: 'Stock', behavior: 'variable', per: 'unit', amount: 1 },
  ];
  c.assumptions = { growth: 0.01, churn: 0, scenarios };
  return c;
}

test('model → sheet → model keeps the scenarios and the active one', () => {
  const env = freshEnv();
  const read = env.read(env.write(kiosk()));
  if (!read.ok) throw new Error(read.problems.join('\n'));
  expect(read.canvas.assumptions?.scenarios).toEqual(scenarios);
});

test('a variant copy keeps the scenarios, the active one and what the panel shows', () => {
  const env = freshEnv();
  const sheet = env.write(kiosk());
  const read = env.read(sheet);
  if (!read.ok) throw new Error(read.problems.join('\n'));
  const w = financeLayout(read.finance).whatIf;
  // The user picks Base on the original; the variant must copy that, not the model's first choice.
  editCell(sheet, w.activeScenario.row, w.activeScenario.column, 'Base');
  const made = duplicateAsVariant(env.ss, sheet.getName(), '2026-11-27', servicesFrom(env.g));
  if (!made.ok) throw new Error(made.message);
  const copy = env.read(made.sheet as EmuSheet);
  if (!copy.ok) throw new Error(copy.problems.join('\n'));
  expect(copy.canvas.assumptions?.scenarios).toEqual({ ...scenarios, active: 'Base' });
  // Base: 6 000 revenue − 2 000 stock − 1 500 fixed.
  const profit = financeLayout(copy.finance).kpis.profit.value;
  expect(made.sheet.getRange(profit.row, profit.column, 1, 1).getValue()).toBe(2500);
  // Bold launch on the copy: price 2.7 × 3 000 = 8 100; stock 3 000; fixed 1 800.
  const cw = financeLayout(copy.finance).whatIf;
  editCell(made.sheet as EmuSheet, cw.activeScenario.row, cw.activeScenario.column, 'Bold launch');
  expect(made.sheet.getRange(profit.row, profit.column, 1, 1).getValue()).toBeCloseTo(8100 - 3000 - 1800, 9);
});

test('a variant copy keeps a changed target profit, sensitivity steps and tornado swing', () => {
  const env = freshEnv();
  const sheet = env.write(kiosk());
  const read = env.read(sheet);
  if (!read.ok) throw new Error(read.problems.join('\n'));
  // A canvas that never changed them has none of its own.
  expect(read.canvas.assumptions?.whatIf).toBeUndefined();
  const w = financeLayout(read.finance).whatIf;
  const steps = [-0.5, -0.25, -0.1, 0, 0.1, 0.25, 0.5];
  editCell(sheet, w.activeScenario.row, w.activeScenario.column, 'Base');
  editCell(sheet, w.goals.targetProfit.row, w.goals.targetProfit.column, '2500');
  steps.forEach((step, i) => {
    editCell(sheet, w.axisRow, w.grid.column + i, String(step));
    editCell(sheet, w.grid.row + i, w.volumeAxisColumn, String(step));
  });
  editCell(sheet, w.tornado.swing.row, w.tornado.swing.column, '20%');

  const made = duplicateAsVariant(env.ss, sheet.getName(), '2026-11-27', servicesFrom(env.g));
  if (!made.ok) throw new Error(made.message);
  const copy = env.read(made.sheet as EmuSheet);
  if (!copy.ok) throw new Error(copy.problems.join('\n'));
  expect(copy.canvas.assumptions?.whatIf).toEqual({ targetProfit: 2500, sensitivitySteps: steps, tornadoSwing: 0.2 });
  const cw = financeLayout(copy.finance).whatIf;
  const value = (row: number, column: number) => made.sheet.getRange(row, column, 1, 1).getValue();
  expect(value(cw.tornado.swing.row, cw.tornado.swing.column)).toBe(0.2);
  expect(value(cw.grid.row + 6, cw.volumeAxisColumn)).toBe(0.5);
  // Base: contribution 6 000 − 2 000 = 4 000 on 2 000 units; (1 500 fixed + 2 500 target) ÷ 4 000 × 2 000.
  expect(value(cw.goals.volumeForTarget.row, cw.goals.volumeForTarget.column)).toBeCloseTo(2000, 9);
  // Price +50 %, volume as is: 3 × 1.5 × 2 000 − 2 000 stock − 1 500 fixed.
  expect(value(cw.grid.row + 3, cw.grid.column + 6)).toBeCloseTo(9000 - 2000 - 1500, 9);
});

test('model → sheet → model keeps what-if inputs given in the canvas', () => {
  const env = freshEnv();
  const whatIf = { targetProfit: 800, sensitivitySteps: [-0.6, -0.4, -0.2, 0, 0.2, 0.4, 0.6], tornadoSwing: 0.25 };
  const c = kiosk();
  c.assumptions = { ...c.assumptions, whatIf };
  const read = env.read(env.write(c));
  if (!read.ok) throw new Error(read.problems.join('\n'));
  expect(read.canvas.assumptions?.whatIf).toEqual(whatIf);
  expect(read.canvas.assumptions?.scenarios).toEqual(scenarios);
});
