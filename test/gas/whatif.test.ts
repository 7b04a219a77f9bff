import { financeLayout } from '../../src/core/finance/layout';
import { Canvas, emptyCanvas } from '../../src/core/model';
import { conditionalFormatAt, editCell, EmuSheet, RejectedEditError } from '../../src/local/emulator';
import { freshEnv } from './env';

/**
 * 12 × 500 = 6 000 a month; 3 per unit (1 500); 5 % of revenue (300); 2 500 fixed; 20 000 invested.
 * The prints go to regular buyers: an asset sale marked recurring, so churn applies to it.
 */
function studio(): Canvas {
  const c = emptyCanvas('Studio');
  c.revenueStreams = [{ name: 'Prints', type: 'asset-sale', price: 12, volume: 500, recurring: true }];
  c.costs = [
    { name: 'Studio rent', behavior: 'fixed', amount: 2500 },
    { name: 'Paper and ink', behavior: 'variable', per: 'unit', amount: 3 },
    { name: 'Marketplace fee', behavior: 'variable', per: 'revenue', amount: 0.05 },
  ];
  c.assumptions = { growth: 0.02, churn: 0.01, initialInvestment: 20000 };
  return c;
}

/** The default 10 % a year, as a monthly rate. */
const i = 1.1 ** (1 / 12) - 1;

function written(canvas: Canvas = studio()) {
  const env = freshEnv();
  const sheet = env.write(canvas);
  const read = env.read(sheet);
  if (!read.ok) throw new Error(read.problems.join('\n'));
  const layout = financeLayout(read.finance);
  const value = (p: { row: number; column: number }) => sheet.getRange(p.row, p.column, 1, 1).getValue();
  const kpi = (key: keyof typeof layout.kpis) => value(layout.kpis[key].value);
  const pick = (name: string) =>
    editCell(sheet as EmuSheet, layout.whatIf.activeScenario.row, layout.whatIf.activeScenario.column, name);
  return { env, sheet, layout, w: layout.whatIf, value, kpi, pick };
}

test('picking Upside in the dropdown moves the panel, the projection and NPV, worked by hand', () => {
  const s = written();
  // Base: revenue 6 000; variable 1 500 + 300; fixed 2 500; profit 1 700.
  expect(s.kpi('profit')).toBeCloseTo(1700, 9);
  s.pick('Upside');
  // Price × 1.05, volume × 1.1: revenue 6 930; variable 1 650 + 346.5 = 1 996.5; profit 2 433.5.
  expect(s.kpi('revenue')).toBeCloseTo(6930, 9);
  expect(s.kpi('variableCosts')).toBeCloseTo(1996.5, 9);
  expect(s.kpi('profit')).toBeCloseTo(2433.5, 9);
  expect(s.env.ss.getRangeByName('Studio_Profit')?.getValue()).toBeCloseTo(2433.5, 9);
  // Break-even revenue 2 500 ÷ (4 933.5 ÷ 6 930); in units at the scenario's price 12.6.
  expect(s.kpi('breakEvenRevenue')).toBeCloseTo((2500 * 6930) / 4933.5, 9);
  expect(s.kpi('breakEvenUnits')).toBeCloseTo((2500 * 6930) / 4933.5 / 12.6, 9);
  // Growth 2 % × 1.2, churn 1 % × 0.8: the factor is 1.016 a month. Month 12's profit:
  const { rows, monthRow } = s.layout.projection;
  const month12 = 2 + 12;
  expect(s.value({ row: monthRow, column: month12 })).toBe(12);
  expect(s.value({ row: rows.profit, column: month12 })).toBeCloseTo(4933.5 * 1.016 ** 11 - 2500, 9);
  // NPV: −20 000 + Σ (4 933.5 × 1.016^(t−1) − 2 500) ÷ (1 + i)^t over 36 months.
  const x = 1.016 / (1 + i);
  const npv = -20000 + (4933.5 / (1 + i)) * ((1 - x ** 36) / (1 - x)) - 2500 * ((1 - (1 + i) ** -36) / i);
  expect(Math.abs((s.kpi('npv') as number) - npv) / Math.abs(npv)).toBeLessThan(1e-9);

  s.pick('Base');
  expect(s.kpi('profit')).toBeCloseTo(1700, 9);
});

test('the dropdown only takes a scenario’s name', () => {
  const s = written();
  expect(() => s.pick('Moonshot')).toThrow(RejectedEditError);
  expect(s.value(s.w.activeScenario)).toBe('Base');
});

test('the sensitivity grid shows losses red and profits green on the sheet', () => {
  const s = written();
  const { grid } = s.w;
  // Price −30 %, volume −30 %: revenue 8.4 × 350 = 2 940; variable 1 050 + 147; fixed 2 500 → a loss.
  expect(s.value({ row: grid.row, column: grid.column })).toBeCloseTo(2940 - 1197 - 2500, 9);
  expect(conditionalFormatAt(s.sheet as EmuSheet, grid.row, grid.column)).toEqual({
    background: '#f4cccc',
    fontColor: '#8a1c1c',
  });
  // Price +30 %, volume +30 %: revenue 15.6 × 650 = 10 140; variable 1 950 + 507 → a profit.
  const far = { row: grid.row + 6, column: grid.column + 6 };
  expect(s.value(far)).toBeCloseTo(10140 - 2457 - 2500, 9);
  expect(conditionalFormatAt(s.sheet as EmuSheet, far.row, far.column)).toEqual({
    background: '#d9ead3',
    fontColor: '#0b5d1e',
  });
  expect(s.sheet.getConditionalFormatRules()).toHaveLength(2);
});

test('the what-ifs sit beside the projection chart, clear of the chart, the projection and the pattern check', () => {
  const s = written();
  const [projectionChart, tornadoChart] = s.sheet.getCharts();
  const anchor = (projectionChart as unknown as { record: { anchor: { row: number; column: number } } }).record.anchor;
  // The chart's 900 pixels end inside column H (160 + 90 + 90 + 160 + 90 + 90 + 160 + 90 = 930).
  const widths = [1, 2, 3, 4, 5, 6, 7, 8].map((c) => (s.sheet as EmuSheet).state.columnWidths[c]);
  expect(widths.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(Number(projectionChart.getOptions().get('width')));
  expect(s.w.title).toEqual({ row: anchor.row, column: 10 });
  expect(s.w.title.row).toBeGreaterThan(s.layout.lastRow);
  expect(tornadoChart.getOptions().get('title')).toBe('Which driver moves profit most');
});

test('an empty canvas shows no error anywhere in its what-ifs, whichever scenario is active', () => {
  const s = written(emptyCanvas('Empty'));
  for (const scenario of ['Base', 'Upside', 'Downside']) {
    s.pick(scenario);
    const values = s.sheet.getRange(1, 1, s.sheet.getMaxRows(), s.sheet.getMaxColumns()).getValues();
    const errors = values.flat().filter((v) => typeof v === 'string' && /^#[A-Z/0!?]+/.test(v));
    expect(errors).toEqual([]);
  }
});
