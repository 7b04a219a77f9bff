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
    { name: 'Bold launch', multipliers: { price: 0.9, volume: 1.5, variableCost: 1, fixedCost: 1.2, growth: 1.5, churn: 1.1 } },
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
