import { CanvasWithAssumptions } from '../../../src/core/finance/assumptions';
import { financeLayout } from '../../../src/core/finance/layout';
import { refsOf } from '../../../src/core/finance/refs';
import { layoutCanvas } from '../../../src/core/layout/canvas-layout';
import { emptyCanvas } from '../../../src/core/model';
import { PlanBuilder } from '../../../src/core/plan-builder';
import { addWhatIf } from '../../../src/core/whatif';
import { ruleBreaches } from '../../helpers/formula-rules';
import { EvaluatedPlan } from '../../helpers/hf-plan';

/** The canvas's own plan with the what-if block added below it, evaluated in HyperFormula. */
function withWhatIf(canvas: CanvasWithAssumptions) {
  const { plan, geometry } = layoutCanvas(canvas, { sheetName: 'Plan', prefix: 'P', createdOn: '2026-01-01' });
  const b = new PlanBuilder(plan.sheetName);
  plan.values.forEach((row, r) => row.forEach((v, c) => v !== null && b.set(r + 1, c + 1, v)));
  plan.namedRanges.forEach((n) => b.name(n.name, n.range));
  const refs = refsOf(financeLayout(geometry.finance));
  const w = addWhatIf(b, refs, plan.numRows + 20, canvas.currency);
  const built = b.build();
  return { w, hf: new EvaluatedPlan(built), built, firstRow: plan.numRows + 20 };
}

/** 10 × 1 000 = 10 000 revenue; 4 per unit (4 000); fixed 3 000. */
function alpha(): CanvasWithAssumptions {
  const c = emptyCanvas('Alpha');
  c.revenueStreams = [{ name: 'Beans', type: 'asset-sale', price: 10, volume: 1000 }];
  c.costs = [
    { name: 'Rent', behavior: 'fixed', amount: 3000 },
    { name: 'Roasting', behavior: 'variable', per: 'unit', amount: 4 },
    { name: 'Card fees', behavior: 'variable', per: 'revenue', amount: 0.02 },
  ];
  return c;
}

describe('what-ifs', () => {
  test('the scenario table gives every scenario’s KPIs, worked by hand', () => {
    const { w, hf } = withWhatIf(alpha());
    const at = (key: keyof typeof w.table, scenario: number) => hf.value(w.table[key], w.firstScenarioColumn + scenario);
    // Base: revenue 10 000; variable 4 000 + 2 % × 10 000 = 4 200; fixed 3 000.
    expect(at('revenue', 0)).toBeCloseTo(10000, 9);
    expect(at('variableCosts', 0)).toBeCloseTo(4200, 9);
    expect(at('profit', 0)).toBeCloseTo(2800, 9);
    // Upside: price 1.05, volume 1.1 → revenue 11 550; variable 4 000 × 1.1 + 0.02 × 11 550 = 4 631; fixed 3 000.
    expect(at('revenue', 1)).toBeCloseTo(11550, 9);
    expect(at('variableCosts', 1)).toBeCloseTo(4631, 9);
    expect(at('profit', 1)).toBeCloseTo(11550 - 4631 - 3000, 9);
    expect(at('profitMargin', 1)).toBeCloseTo((11550 - 4631 - 3000) / 11550, 12);
    // Downside: price 0.95, volume 0.9, variable × 1.05, fixed × 1.05 → revenue 8 550;
    // variable (3 600 + 171) × 1.05 = 3 959.55; fixed 3 150.
    expect(at('revenue', 2)).toBeCloseTo(8550, 9);
    expect(at('variableCosts', 2)).toBeCloseTo(3959.55, 9);
    expect(at('fixedCosts', 2)).toBeCloseTo(3150, 9);
    expect(at('breakEvenRevenue', 2)).toBeCloseTo(3150 / ((8550 - 3959.55) / 8550), 9);
    // The spare columns are empty, and show nothing alarming.
    expect(hf.errors()).toEqual([]);
  });

  test('the dropdown picks the scenario the active column, grid and goal seeks follow', () => {
    const { w, hf } = withWhatIf(alpha());
    const activeProfit = () => hf.value(w.table.profit, w.activeColumn);
    const centre = () => hf.value(w.grid.row + 3, w.grid.column + 3);
    expect(activeProfit()).toBeCloseTo(2800, 9);
    expect(centre()).toBeCloseTo(2800, 9);
    hf.type(w.activeScenario.row, w.activeScenario.column, 'Upside');
    expect(activeProfit()).toBeCloseTo(11550 - 4631 - 3000, 9);
    expect(centre()).toBeCloseTo(11550 - 4631 - 3000, 9);
    // A new scenario, named and filled by the user.
    const spare = w.firstScenarioColumn + 3;
    hf.type(w.scenarioNames.row, spare, 'Price war');
    [0.5, 1, 1, 1, 1, 1].forEach((m, i) => hf.type(w.active.price.row + i, spare, m));
    hf.type(w.activeScenario.row, w.activeScenario.column, 'Price war');
    // Revenue 5 000; variable 4 000 + 100; fixed 3 000.
    expect(activeProfit()).toBeCloseTo(5000 - 4100 - 3000, 9);
  });

  test('sensitivity grid: profit for −30 %…+30 % price and volume changes', () => {
    const { w, hf } = withWhatIf(alpha());
    // Price −30 % (first column), volume +30 % (last row): revenue 7 × 1 300 = 9 100;
    // variable 4 × 1 300 + 0.02 × 9 100 = 5 382; fixed 3 000.
    expect(hf.value(w.grid.row + 6, w.grid.column)).toBeCloseTo(9100 - 5382 - 3000, 9);
    // Price +30 %, volume −30 %: revenue 13 × 700 = 9 100; variable 2 800 + 182.
    expect(hf.value(w.grid.row, w.grid.column + 6)).toBeCloseTo(9100 - 2982 - 3000, 9);
    // Loss red, profit green: relative to the grid's top-left cell (column D).
    expect(w.rules.map((r) => r.formula)).toEqual([`=D${w.grid.row}<0`, `=D${w.grid.row}>=0`]);
  });

  test('goal seeks by formula', () => {
    const c = alpha();
    c.revenueStreams.push({ name: 'Club', type: 'subscription', price: 20, volume: 100 });
    c.assumptions = { churn: 0.04, acquisitionCost: 150 };
    const { w, hf } = withWhatIf(c);
    // Revenue 10 000 + 2 000 = 12 000; per-unit 4 × 1 100 = 4 400; share 240; fixed 3 000.
    // Break-even price factor k: 12 000 k − 240 k = 7 400.
    expect(hf.value(w.goals.breakEvenPriceChange.row, 3)).toBeCloseTo(7400 / 11760 - 1, 12);
    expect(hf.value(w.goals.breakEvenPrice.row, 3)).toBe('n/a');
    // Target profit 6 000: CM 12 000 − 4 640 = 7 360; volume 1 100 × (3 000 + 6 000) / 7 360.
    hf.type(w.goals.targetProfit.row, 3, 6000);
    expect(hf.value(w.goals.volumeForTarget.row, 3)).toBeCloseTo((1100 * 9000) / 7360, 9);
    // Contribution per subscriber: ARPU 20 × CM ratio 7 360 / 12 000; the bar of 3 at CAC 150.
    expect(hf.value(w.goals.churnForBar.row, 3)).toBeCloseTo((20 * (7360 / 12000)) / 450, 12);
  });

  test('break-even price for one stream, and "not reachable" when price cannot help', () => {
    const { w, hf } = withWhatIf(alpha());
    // 10 000 k − 200 k = 7 000 → k = 7 000 / 9 800; price 10 k.
    expect(hf.value(w.goals.breakEvenPrice.row, 3)).toBeCloseTo((10 * 7000) / 9800, 9);
    const empty = withWhatIf(emptyCanvas('Empty'));
    expect(empty.hf.value(empty.w.goals.breakEvenPriceChange.row, 3)).toBe('not reachable');
    expect(empty.hf.value(empty.w.goals.volumeForTarget.row, 3)).toBe('not reachable');
    expect(empty.hf.value(empty.w.goals.churnForBar.row, 3)).toBe('n/a');
    expect(empty.hf.errors()).toEqual([]);
  });

  test('formulas keep the house rules', () => {
    const { built, firstRow } = withWhatIf(alpha());
    const breaches = built.values
      .slice(firstRow - 1)
      .flat()
      .flatMap((v) => (v !== null && typeof v === 'object' ? ruleBreaches(v.formula).map((b) => `${v.formula}: ${b}`) : []));
    expect(breaches).toEqual([]);
  });
});
