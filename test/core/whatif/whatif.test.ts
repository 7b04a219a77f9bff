import { PROJECTION_COLUMNS } from '../../../src/core/finance/layout';
import { COST_COLUMNS, REVENUE_COLUMNS } from '../../../src/core/layout/geometry';
import { isFormula } from '../../../src/core/plan';
import { DRIVER_KEYS } from '../../../src/core/whatif';
import { RANKED_COLUMNS, TORNADO_COLUMNS } from '../../../src/core/whatif/layout';
import { FinanceCase, planFinance } from '../../helpers/finance-plan';
import { ruleBreaches } from '../../helpers/formula-rules';

/**
 * Beans at 10 × 1 000 a month = 10 000 revenue; roasting 4 per unit (4 000); card fees 2 % of
 * revenue (200); rent 3 000 fixed. Growth 5 % and churn 2 % a month; 10 000 invested at month 0.
 * The beans are sold to a club of regular customers: an asset sale marked recurring, so churn applies.
 */
const beans = { name: 'Beans', type: 'asset-sale', price: 10, volume: 1000 } as const;
const alpha: FinanceCase = {
  streams: [{ ...beans, recurring: true }],
  costs: [
    { name: 'Rent', behavior: 'fixed', amount: 3000 },
    { name: 'Roasting', behavior: 'variable', per: 'unit', amount: 4 },
    { name: 'Card fees', behavior: 'variable', per: 'revenue', amount: 0.02 },
  ],
  assumptions: { growth: 0.05, churn: 0.02, initialInvestment: 10000 },
};

/** The default 10 % a year, as a monthly rate. */
const i = 1.1 ** (1 / 12) - 1;

function planned(c: FinanceCase = alpha) {
  const f = planFinance(c);
  const w = f.layout.whatIf;
  const pick = (name: string) => f.sheet.type(w.activeScenario.row, w.activeScenario.column, name);
  const at = (p: { row: number; column: number }) => f.sheet.value(p.row, p.column);
  return { ...f, w, pick, at };
}

describe('scenarios', () => {
  test('the scenario table gives every scenario’s KPIs, worked by hand', () => {
    const { w, sheet } = planned();
    const at = (key: keyof typeof w.table, scenario: number) =>
      sheet.value(w.table[key], w.firstScenarioColumn + scenario);
    // Base: revenue 10 000; variable 4 000 + 2 % × 10 000 = 4 200; fixed 3 000.
    expect(at('revenue', 0)).toBeCloseTo(10000, 9);
    expect(at('variableCosts', 0)).toBeCloseTo(4200, 9);
    expect(at('profit', 0)).toBeCloseTo(2800, 9);
    // Upside: price 1.05, volume 1.1 → revenue 11 550; variable 4 000 × 1.1 + 0.02 × 11 550 = 4 631; fixed 3 000.
    expect(at('revenue', 1)).toBeCloseTo(11550, 9);
    expect(at('variableCosts', 1)).toBeCloseTo(4631, 9);
    expect(at('profit', 1)).toBeCloseTo(3919, 9);
    expect(at('profitMargin', 1)).toBeCloseTo(3919 / 11550, 12);
    // Downside: price 0.95, volume 0.9, variable × 1.05, fixed × 1.05 → revenue 8 550;
    // variable (3 600 + 171) × 1.05 = 3 959.55; fixed 3 150.
    expect(at('revenue', 2)).toBeCloseTo(8550, 9);
    expect(at('variableCosts', 2)).toBeCloseTo(3959.55, 9);
    expect(at('fixedCosts', 2)).toBeCloseTo(3150, 9);
    expect(at('breakEvenRevenue', 2)).toBeCloseTo(3150 / ((8550 - 3959.55) / 8550), 9);
    // The spare columns are empty, and show nothing alarming.
    expect(sheet.errors()).toEqual([]);
  });

  test('the panel, the projection and the returns follow the active scenario', () => {
    const f = planned();
    expect(f.kpi('revenue')).toBe(10000);
    expect(f.kpi('profit')).toBeCloseTo(2800, 9);
    const title = f.layout.sections.monthly;
    expect(f.sheet.value(title.row, title.column)).toBe('Monthly figures (scenario: Base)');

    f.pick('Upside');
    expect(f.sheet.value(title.row, title.column)).toBe('Monthly figures (scenario: Upside)');
    expect(f.kpi('revenue')).toBeCloseTo(11550, 9);
    expect(f.kpi('variableCosts')).toBeCloseTo(4631, 9);
    expect(f.kpi('fixedCosts')).toBe(3000);
    expect(f.kpi('profit')).toBeCloseTo(3919, 9);
    expect(f.sheet.named('Test_Profit')).toBeCloseTo(3919, 9);
    // Break-even revenue 3 000 ÷ (6 919 ÷ 11 550); in units at the scenario's price 10.5: 3 000 ÷ (6 919 ÷ 1 100).
    expect(f.kpi('breakEvenRevenue')).toBeCloseTo((3000 * 11550) / 6919, 9);
    expect(f.kpi('breakEvenUnits')).toBeCloseTo((3000 * 1100) / 6919, 9);
    // Growth 5 % × 1.2 and churn 2 % × 0.8: the volume factor grows by 1.044 a month.
    const { rows } = f.layout.projection;
    const month3 = PROJECTION_COLUMNS.firstMonth + 2;
    expect(f.sheet.value(rows.revenue, month3)).toBeCloseTo(11550 * 1.044 ** 2, 9);
    expect(f.sheet.value(rows.profit, month3)).toBeCloseTo(6919 * 1.044 ** 2 - 3000, 9);
    // NPV: −10 000 + Σ (6 919 × 1.044^(t−1) − 3 000) ÷ (1 + i)^t over 36 months.
    const x = 1.044 / (1 + i);
    const npv = -10000 + (6919 / (1 + i)) * ((1 - x ** 36) / (1 - x)) - 3000 * ((1 - (1 + i) ** -36) / i);
    expect(f.kpi('npv')).toBeCloseTo(npv, 6);
    expect(Math.abs((f.kpi('npv') as number) - npv) / npv).toBeLessThan(1e-9);

    f.pick('Downside');
    expect(f.kpi('profit')).toBeCloseTo(8550 - 3959.55 - 3150, 9);
    // Growth 5 % × 0.8, churn 2 % × 1.2: 1.016 a month.
    expect(f.sheet.value(rows.revenue, month3)).toBeCloseTo(8550 * 1.016 ** 2, 9);
    expect(f.sheet.errors()).toEqual([]);
  });

  test('the item rows keep the canvas as entered whatever the scenario', () => {
    const f = planned();
    f.pick('Upside');
    const g = f.geometry;
    // Beans 10 × 1 000; card fees 2 % of the canvas's 10 000; rent is 3 000 of 7 200 costs.
    expect(f.sheet.value(g.revenueRows.first, REVENUE_COLUMNS.monthly)).toBe(10000);
    expect(f.sheet.value(g.revenueRows.first, REVENUE_COLUMNS.share)).toBe(1);
    expect(f.sheet.value(g.costRows.first + 2, COST_COLUMNS.monthly)).toBeCloseTo(200, 9);
    expect(f.sheet.value(g.costRows.first, COST_COLUMNS.share)).toBeCloseTo(3000 / 7200, 12);
    expect(f.kpi('revenue')).toBeCloseTo(11550, 9);
  });

  test('recurring revenue follows the scenario’s price, volume and churn', () => {
    const f = planned({
      streams: [{ name: 'Club', type: 'subscription', price: 20, volume: 100 }],
      costs: [],
      assumptions: { churn: 0.04, acquisitionCost: 150 },
    });
    expect(f.kpi('lifetime')).toBe(25);
    f.pick('Upside');
    expect(f.kpi('subscribers')).toBeCloseTo(110, 9);
    expect(f.kpi('subscriptionRevenue')).toBeCloseTo(2000 * 1.05 * 1.1, 9);
    expect(f.kpi('arpu')).toBeCloseTo(21, 9);
    expect(f.kpi('lifetime')).toBeCloseTo(1 / 0.032, 9);
    // No costs: contribution per subscriber is the whole ARPU, so LTV = 21 ÷ 0.032.
    expect(f.kpi('ltv')).toBeCloseTo(21 / 0.032, 9);
  });

  test('a scenario the user adds in a spare column; a name that matches none leaves the canvas as it is', () => {
    const f = planned();
    const spare = f.w.firstScenarioColumn + 3;
    f.sheet.type(f.w.scenarioNames.row, spare, 'Price war');
    [0.5, 1, 1, 1, 1, 1].forEach((m, k) => f.sheet.type(f.w.multipliers.row + k, spare, m));
    f.pick('Price war');
    // Revenue 5 000; variable 4 000 + 100; fixed 3 000; CM ratio 900 ÷ 5 000.
    expect(f.kpi('profit')).toBeCloseTo(5000 - 4100 - 3000, 9);
    expect(f.kpi('breakEvenRevenue')).toBeCloseTo((3000 * 5000) / 900, 9);
    f.pick('Nothing like it');
    expect(f.at(f.w.status)).toBe('pick a scenario: multipliers read 1');
    expect(f.kpi('profit')).toBeCloseTo(2800, 9);
    expect(f.sheet.errors()).toEqual([]);
  });
});

describe('sensitivity grid', () => {
  test('profit for −30 %…+30 % price and volume changes around the active scenario', () => {
    const f = planned();
    const { grid } = f.w;
    // Price −30 % (first column), volume +30 % (last row): revenue 7 × 1 300 = 9 100;
    // variable 4 × 1 300 + 0.02 × 9 100 = 5 382; fixed 3 000.
    expect(f.sheet.value(grid.row + 6, grid.column)).toBeCloseTo(9100 - 5382 - 3000, 9);
    // Price +30 %, volume −30 %: revenue 13 × 700 = 9 100; variable 2 800 + 182.
    expect(f.sheet.value(grid.row, grid.column + 6)).toBeCloseTo(9100 - 2982 - 3000, 9);
    expect(f.sheet.value(grid.row + 3, grid.column + 3)).toBeCloseTo(2800, 9);
    // Upside active: price 1.05 × 0.7 = 0.735, volume 1.1 × 1.3 = 1.43 → revenue 10 510.5;
    // variable 4 000 × 1.43 + 0.02 × 10 510.5 = 5 930.21.
    f.pick('Upside');
    expect(f.sheet.value(grid.row + 6, grid.column)).toBeCloseTo(10510.5 - 5930.21 - 3000, 9);
    expect(f.sheet.value(grid.row + 3, grid.column + 3)).toBeCloseTo(3919, 9);
    // The steps are inputs: a wider step reads through.
    f.sheet.type(f.w.axisRow, grid.column, -0.5);
    // Price 1.05 × 0.5 = 0.525, volume 1.43: revenue 7 507.5; variable 5 720 + 150.15.
    expect(f.sheet.value(grid.row + 6, grid.column)).toBeCloseTo(7507.5 - 5870.15 - 3000, 9);
  });

  test('loss red and profit green, as conditional formats relative to the grid’s top-left cell', () => {
    const f = planned();
    const { grid } = f.w;
    const corner = `W${grid.row}`;
    expect(f.plan.conditionalFormats).toEqual([
      { range: grid, formula: `=${corner}<0`, background: '#f4cccc', fontColor: '#8a1c1c' },
      { range: grid, formula: `=${corner}>=0`, background: '#d9ead3', fontColor: '#0b5d1e' },
    ]);
  });
});

describe('goal seeks', () => {
  test('by formula, on the Base scenario', () => {
    const c: FinanceCase = {
      ...alpha,
      // Beans as a volume stream here: only the Club's customers recur.
      streams: [beans, { name: 'Club', type: 'subscription', price: 20, volume: 100 }],
    };
    c.assumptions = { churn: 0.04, acquisitionCost: 150 };
    const f = planned(c);
    const goal = (k: keyof typeof f.w.goals) => f.at(f.w.goals[k]);
    // Revenue 10 000 + 2 000 = 12 000; per-unit 4 × 1 100 = 4 400; share 240; fixed 3 000.
    // Break-even price factor k: 12 000 k − 240 k = 7 400.
    expect(goal('breakEvenPriceChange')).toBeCloseTo(7400 / 11760 - 1, 12);
    expect(goal('breakEvenPrice')).toBe('n/a');
    // Target profit 6 000: CM 12 000 − 4 640 = 7 360; volume 1 100 × (3 000 + 6 000) / 7 360.
    f.sheet.type(f.w.goals.targetProfit.row, f.w.goals.targetProfit.column, 6000);
    expect(goal('volumeForTarget')).toBeCloseTo((1100 * 9000) / 7360, 9);
    // Contribution per Club customer: 20 − roasting 4 (a per-unit cost of every stream) − 2 % × 20;
    // the bar of 3 at CAC 150.
    expect(goal('churnForBar')).toBeCloseTo((20 - 4 - 0.02 * 20) / 450, 12);
  });

  test('on the Upside scenario', () => {
    const f = planned();
    const goal = (k: keyof typeof f.w.goals) => f.at(f.w.goals[k]);
    f.pick('Upside');
    // Revenue 11 550, share costs 231, per-unit 4 400, fixed 3 000: 11 550 k − 231 k = 7 400.
    expect(goal('breakEvenPriceChange')).toBeCloseTo(7400 / 11319 - 1, 12);
    // The scenario's price is 10 × 1.05.
    expect(goal('breakEvenPrice')).toBeCloseTo((10.5 * 7400) / 11319, 9);
    f.sheet.type(f.w.goals.targetProfit.row, f.w.goals.targetProfit.column, 5000);
    // CM 6 919 at the scenario's 1 100 units: (3 000 + 5 000) ÷ 6 919 × 1 100.
    expect(goal('volumeForTarget')).toBeCloseTo((1100 * 8000) / 6919, 9);
  });

  test('break-even price for one stream, and "not reachable" when price cannot help', () => {
    const f = planned();
    // 10 000 k − 200 k = 7 000 → k = 7 000 / 9 800; price 10 k.
    expect(f.at(f.w.goals.breakEvenPrice)).toBeCloseTo((10 * 7000) / 9800, 9);
    const empty = planned({});
    expect(empty.at(empty.w.goals.breakEvenPriceChange)).toBe('not reachable');
    expect(empty.at(empty.w.goals.volumeForTarget)).toBe('not reachable');
    expect(empty.at(empty.w.goals.churnForBar)).toBe('n/a');
    expect(empty.sheet.errors()).toEqual([]);
  });
});

describe('tornado', () => {
  // Profit in month 36 is CM × 1.03^35 − fixed costs (growth 5 % less churn 2 %).
  const g35 = 1.03 ** 35;

  test('each driver ±10 % alone, profit in the projection’s last month', () => {
    const f = planned();
    const t = f.w.tornado;
    const row = (k: (typeof DRIVER_KEYS)[number]) => ({
      low: f.sheet.value(t.rows[k], TORNADO_COLUMNS.low) as number,
      high: f.sheet.value(t.rows[k], TORNADO_COLUMNS.high) as number,
      range: f.sheet.value(t.rows[k], TORNADO_COLUMNS.range) as number,
    });
    expect(f.at(t.baseline)).toBeCloseTo(5800 * g35 - 3000, 9);
    const last = f.layout.projection.lastMonthColumn;
    expect(f.at(t.baseline)).toBeCloseTo(f.sheet.value(f.layout.projection.rows.profit, last) as number, 9);
    // Price: CM = 9 800 p − 4 000 → 4 820 and 6 780.
    expect(row('price').low).toBeCloseTo(4820 * g35 - 3000, 9);
    expect(row('price').high).toBeCloseTo(6780 * g35 - 3000, 9);
    // Volume: CM = 5 800 v → 5 220 and 6 380.
    expect(row('volume').range).toBeCloseTo(1160 * g35, 9);
    // Variable cost: CM = 10 000 − 4 200 c; down is the better side.
    expect(row('variableCost').low).toBeCloseTo(6220 * g35 - 3000, 9);
    expect(row('variableCost').high).toBeCloseTo(5380 * g35 - 3000, 9);
    expect(row('fixedCost').range).toBeCloseTo(600, 9);
    // Growth 4.5 % or 5.5 % less churn 2 %; churn 1.8 % or 2.2 % against growth 5 %.
    expect(row('growth').range).toBeCloseTo(5800 * (1.035 ** 35 - 1.025 ** 35), 9);
    expect(row('churn').low).toBeCloseTo(5800 * 1.032 ** 35 - 3000, 9);
    expect(row('churn').high).toBeCloseTo(5800 * 1.028 ** 35 - 3000, 9);
  });

  test('the ranked table orders the drivers by their range, widest first', () => {
    const f = planned();
    const t = f.w.tornado;
    // Ranges: growth 5 570.2, price 1 960 × 1.03^35 = 5 515.2, volume 3 264.1, variable cost 2 363.6, churn 2 219.9, fixed 600.
    const R = RANKED_COLUMNS;
    expect(t.ranked.map((r) => f.sheet.value(r, R.label))).toEqual([
      'Monthly growth',
      'Price',
      'Volume',
      'Variable cost',
      'Monthly churn',
      'Fixed cost',
    ]);
    expect(t.ranked.map((r) => f.sheet.value(r, R.rank))).toEqual([1, 2, 3, 4, 5, 6]);
    // Price's bar: the change from the baseline at −10 % and +10 %.
    expect(f.sheet.value(t.ranked[1], R.low)).toBeCloseTo(-980 * g35, 9);
    expect(f.sheet.value(t.ranked[1], R.high)).toBeCloseTo(980 * g35, 9);
    // The swing is an input: at 50 % price spans 9 800 × 1.03^35.
    f.sheet.type(t.swing.row, t.swing.column, 0.5);
    expect(f.sheet.value(t.rows.price, TORNADO_COLUMNS.range)).toBeCloseTo(9800 * g35, 9);
    // Without growth, growth moves nothing and ranks after every driver that moves profit.
    const growth = f.layout.assumptions.growth.value;
    f.sheet.type(growth.row, growth.column, 0);
    expect(f.sheet.value(t.rows.growth, TORNADO_COLUMNS.range)).toBe(0);
    expect(f.sheet.value(t.ranked[0], R.label)).toBe('Price');
    expect(f.sheet.value(t.ranked[5], R.label)).toBe('Monthly growth');
    const chart = f.plan.charts.find((c) => c.kind === 'bar');
    expect(chart?.ranges).toEqual([
      { row: t.headerRow, column: R.label, numRows: 7, numColumns: 1 },
      { row: t.headerRow, column: R.low, numRows: 7, numColumns: 2 },
    ]);
  });

  test('ties keep the drivers’ order: an empty canvas ranks them 1 to 6 and shows no error', () => {
    const f = planned({});
    const t = f.w.tornado;
    expect(DRIVER_KEYS.map((k) => f.sheet.value(t.rows[k], TORNADO_COLUMNS.rank))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(t.ranked.map((r) => f.sheet.value(r, RANKED_COLUMNS.label))).toEqual([
      'Price',
      'Volume',
      'Variable cost',
      'Fixed cost',
      'Monthly growth',
      'Monthly churn',
    ]);
    expect(f.sheet.errors()).toEqual([]);
  });
});

test('every what-if formula keeps the house rules', () => {
  const f = planned();
  const first = f.w.title.row;
  const breaches = f.plan.values
    .slice(first - 1)
    .flat()
    .flatMap((v) => (isFormula(v) ? ruleBreaches(v.formula).map((b) => `${v.formula}: ${b}`) : []));
  expect(breaches).toEqual([]);
  expect(
    f.plan.values
      .slice(first - 1)
      .flat()
      .filter(isFormula).length,
  ).toBeGreaterThan(100);
});
