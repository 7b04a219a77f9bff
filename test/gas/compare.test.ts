import { conditionalFormatAt, EmuSheet } from '../../src/local/emulator';
import { compareCanvases, refreshCompare } from '../../src/gas/compare';
import { alpha, beta, compareEnv, compareView, headersFor } from './compare-env';

const monthly = 1.1 ** (1 / 12) - 1;
const SCORE = 'Weighted score (100% = every target met)';

/** Beta's projection by hand: month m sells 0.95^(m−1) of today, so profit is 9 000 × 0.95^(m−1) − 8 000. */
function betaCash(): { deepest: number; npv: number } {
  let cumulative = 0;
  let deepest = 0;
  let npv = 0;
  for (let m = 1; m <= 36; m++) {
    const profit = 9000 * 0.95 ** (m - 1) - 8000;
    cumulative += profit;
    deepest = Math.min(deepest, cumulative);
    npv += profit / (1 + monthly) ** m;
  }
  return { deepest: -deepest, npv };
}

function comparedPair() {
  const env = compareEnv();
  env.write(alpha());
  env.write(beta());
  const out = compareCanvases(env.ss, ['Alpha', 'Beta'], env.services);
  if (!out.ok) throw new Error(out.message);
  const sheet = out.sheet as EmuSheet;
  return { env, sheet, view: compareView(sheet) };
}

describe('Compare sheet', () => {
  test('KPI rows are live formulas through each canvas’s named ranges, matching hand-worked values', () => {
    const { sheet, view } = comparedPair();
    expect(sheet.getName()).toBe('Compare');
    expect(view.headers()).toEqual(headersFor('Alpha', 'Beta'));
    const v = (label: string, canvas: string) => view.value(label, canvas);
    expect(v('Revenue', 'Alpha')).toBeCloseTo(10000, 9);
    expect(v('Revenue', 'Beta')).toBeCloseTo(10000, 9);
    expect(v('Contribution margin ratio', 'Alpha')).toBeCloseTo(0.6, 12);
    expect(v('Contribution margin ratio', 'Beta')).toBeCloseTo(0.9, 12);
    expect(v('Operating profit', 'Alpha')).toBeCloseTo(3000, 9);
    expect(v('Operating profit', 'Beta')).toBeCloseTo(1000, 9);
    expect(v('Profit margin', 'Alpha')).toBeCloseTo(0.3, 12);
    expect(v('Profit margin', 'Beta')).toBeCloseTo(0.1, 12);
    expect(v('Break-even revenue', 'Alpha')).toBeCloseTo(5000, 9);
    expect(v('Break-even revenue', 'Beta')).toBeCloseTo(8000 / 0.9, 9);
    expect(v('Margin of safety', 'Alpha')).toBeCloseTo(0.5, 12);
    expect(v('Margin of safety', 'Beta')).toBeCloseTo((10000 - 8000 / 0.9) / 10000, 12);
    expect(v('LTV:CAC', 'Alpha')).toBe('n/a');
    // LTV = ARPU 20 × CM ratio 0.9 ÷ churn 0.05 = 360; ÷ CAC 100.
    expect(v('LTV:CAC', 'Beta')).toBeCloseTo(3.6, 12);
    expect(v('CAC payback', 'Beta')).toBeCloseTo(100 / 18, 12);
    expect(v('Break-even month', 'Alpha')).toBe(1);
    // Beta's profit turns to a loss in month 4 and stays one: no month from which profit stays ≥ 0.
    expect(v('Break-even month', 'Beta')).toBe('not within 36 months');
    expect(v('Maximum funding need', 'Alpha')).toBe(0);
    expect(v('Maximum funding need', 'Beta')).toBeCloseTo(betaCash().deepest, 6);
    // Alpha earns 3 000 every month: an annuity of 36 months at the monthly rate.
    expect(v('Net present value (NPV)', 'Alpha')).toBeCloseTo((3000 * (1 - (1 + monthly) ** -36)) / monthly, 6);
    expect(v('Net present value (NPV)', 'Beta')).toBeCloseTo(betaCash().npv, 6);

    const formula = sheet.getRange(view.rowOf('Revenue'), view.columnOf('Alpha'), 1, 1).getFormulas()[0][0];
    expect(formula).toBe('=IFERROR(Alpha_Revenue,"missing")');
  });

  test('an edit on a canvas changes the Compare sheet at once', () => {
    const { env, view } = comparedPair();
    const alphaSheet = env.ss.getSheetByName('Alpha') as EmuSheet;
    // Beans' price is the first revenue row's price (column K) under the Revenue Streams title.
    const region = env.ss.getRangeByName('Alpha_RS');
    if (!region) throw new Error('no Alpha_RS');
    alphaSheet.getRange(region.getRow() + 3, 11, 1, 1).setValue(12);
    // Revenue 12 000, variable 4 000, fixed 3 000.
    expect(view.value('Operating profit', 'Alpha')).toBeCloseTo(5000, 9);
  });

  test('block items sit side by side as values, text kept exactly', () => {
    const { sheet, view } = comparedPair();
    expect(view.value('Customer Segments', 'Alpha')).toBe('Cafés\nOffices');
    expect(view.value('Customer Segments', 'Beta')).toBe('Students');
    expect(view.value('Value Propositions', 'Beta')).toBe('Cheap coffee\nFast');
    expect(view.value('Key Partners', 'Alpha')).toBe('=SUM(A1)');
    expect(view.value('Revenue Streams', 'Beta')).toBe('Coffee club');
    expect(view.value('Cost Structure', 'Alpha')).toBe('Rent\nRoasting');
    expect(view.value('Canvas name', 'Beta')).toBe('Beta');
    expect(view.value('Currency', 'Alpha')).toBe('USD');
    const itemsRow = view.rowOf('Customer Segments');
    expect(sheet.getRange(itemsRow, 2, 1, 1).getFormulas()[0][0]).toBe('');
  });

  test('best and worst of each row are named with ▲ and ▼ beside it, not by colour alone', () => {
    const { view } = comparedPair();
    const marks = (label: string) => view.value(label, 'Best ▲ / worst ▼');
    expect(marks('Operating profit')).toBe('▲ Alpha  ▼ Beta');
    expect(marks('Contribution margin ratio')).toBe('▲ Beta  ▼ Alpha');
    // Lower is better for costs and break-even revenue.
    expect(marks('Fixed costs')).toBe('▲ Alpha  ▼ Beta');
    expect(marks('Variable costs')).toBe('▲ Beta  ▼ Alpha');
    expect(marks('Break-even revenue')).toBe('▲ Alpha  ▼ Beta');
    expect(marks(SCORE)).toBe('▲ Alpha  ▼ Beta');
    // A tie, and a row with one number, name nobody.
    expect(marks('Revenue')).toBe('');
    expect(marks('LTV:CAC')).toBe('');
  });

  test('best and worst of each row are highlighted; ties and lone numbers are not', () => {
    const { sheet, view } = comparedPair();
    const fill = (label: string, canvas: string) =>
      conditionalFormatAt(sheet, view.rowOf(label), view.columnOf(canvas))?.background ?? null;
    const green = '#d9ead3';
    const red = '#f4cccc';
    expect([fill('Contribution margin ratio', 'Alpha'), fill('Contribution margin ratio', 'Beta')]).toEqual([
      red,
      green,
    ]);
    expect([fill('Operating profit', 'Alpha'), fill('Operating profit', 'Beta')]).toEqual([green, red]);
    // Lower is better for break-even revenue and funding need.
    expect([fill('Break-even revenue', 'Alpha'), fill('Break-even revenue', 'Beta')]).toEqual([green, red]);
    expect([fill('Maximum funding need', 'Alpha'), fill('Maximum funding need', 'Beta')]).toEqual([green, red]);
    expect([fill('Revenue', 'Alpha'), fill('Revenue', 'Beta')]).toEqual([null, null]);
    expect([fill('LTV:CAC', 'Alpha'), fill('LTV:CAC', 'Beta')]).toEqual([null, null]);
    expect([fill('Canvas name', 'Alpha'), fill('Customer Segments', 'Beta')]).toEqual([null, null]);
  });

  test('scorecard against targets: scores and ranks by hand, a missing figure scores worst and says so', () => {
    const { sheet, view } = comparedPair();
    const score = (canvas: string) => view.value(SCORE, canvas);
    const criterion = (k: number, canvas: string) =>
      sheet.getRange(view.rowOf(SCORE) - 6 + k, view.columnOf(canvas), 1, 1).getValue();
    // Default criteria (weight, target): profit margin (3, ≥ 20 %), LTV:CAC (2, ≥ 3), CAC payback (1, ≤ 12),
    // break-even month (1, ≤ 24), margin of safety (2, ≥ 20 %), NPV (2, ≥ 0); 11 in all.
    // Alpha meets every target it has a figure for; it has no LTV:CAC and no CAC payback.
    expect([0, 1, 2, 3, 4, 5].map((k) => criterion(k, 'Alpha'))).toEqual([1, 'missing', 'missing', 1, 1, 1]);
    expect(score('Alpha')).toBeCloseTo((3 + 1 + 2 + 2) / 11, 12);
    // Beta: margin 10 % is half way to 20 %; LTV:CAC 3.6 and payback 5.6 months meet theirs; its profit
    // turns to a loss for good, so it has no break-even month (missing); its margin of safety is 11.1 %
    // of 20 %; its NPV is below 0.
    const safety = (10000 - 8000 / 0.9) / 10000 / 0.2;
    expect(betaCash().npv).toBeLessThan(0);
    expect([0, 1, 2, 3, 4, 5].map((k) => criterion(k, 'Beta'))).toEqual([
      expect.closeTo(0.5, 12),
      1,
      1,
      'missing',
      expect.closeTo(safety, 12),
      0,
    ]);
    expect(score('Beta')).toBeCloseTo((3 * 0.5 + 2 + 1 + 2 * safety) / 11, 12);
    expect(view.value('Rank', 'Alpha')).toBe(1);
    expect(view.value('Rank', 'Beta')).toBe(2);

    // A target of 3 months' payback: Beta's 100 ÷ 18 months is 3 ÷ (100 ÷ 18) of the way (lower is better).
    sheet.getRange(view.rowOf(SCORE) - 4, view.columnOf('Target'), 1, 1).setValue(3);
    expect(criterion(2, 'Beta')).toBeCloseTo(3 / (100 / 18), 12);
    // Weigh LTV:CAC alone: Beta meets its target, Alpha has no figure.
    const weights = view.columnOf('Better / weight');
    for (let k = 0; k < 6; k++) sheet.getRange(view.rowOf(SCORE) - 6 + k, weights, 1, 1).setValue(k === 1 ? 5 : 0);
    expect(score('Beta')).toBe(1);
    expect(score('Alpha')).toBe(0);
    expect(view.value('Rank', 'Beta')).toBe(1);
    expect(view.value('Rank', 'Alpha')).toBe(2);
  });

  test('a score does not change when another canvas is added to the comparison', () => {
    const env = compareEnv();
    env.write(alpha());
    env.write(beta());
    env.write(alpha('Gamma'));
    const two = compareCanvases(env.ss, ['Alpha', 'Beta'], env.services);
    if (!two.ok) throw new Error(two.message);
    const before = [
      compareView(two.sheet as EmuSheet).value(SCORE, 'Alpha'),
      compareView(two.sheet as EmuSheet).value(SCORE, 'Beta'),
    ];
    const three = compareCanvases(env.ss, ['Alpha', 'Beta', 'Gamma'], env.services);
    if (!three.ok) throw new Error(three.message);
    const view = compareView(three.sheet as EmuSheet);
    expect([view.value(SCORE, 'Alpha'), view.value(SCORE, 'Beta')]).toEqual(before);
    expect(view.value(SCORE, 'Gamma')).toEqual(before[0]);
  });

  test('a chart of profit and margin per canvas', () => {
    const { sheet, view } = comparedPair();
    const charts = sheet.getCharts();
    expect(charts).toHaveLength(1);
    const ranges = charts[0].getRanges().map((r) => r.getA1Notation());
    expect(ranges).toEqual([
      `A4:C4`,
      `A${view.rowOf('Operating profit')}:C${view.rowOf('Operating profit')}`,
      `A${view.rowOf('Profit margin')}:C${view.rowOf('Profit margin')}`,
    ]);
    expect(charts[0].getChartType()).toBe('COLUMN');
    // The margin, a ratio, reads on a right-hand axis in percent beside the profit amounts.
    expect(charts[0].getOptions().get('series')).toEqual({ 1: { targetAxisIndex: 1 } });
    expect(charts[0].getOptions().get('vAxes')).toEqual({ 1: { format: 'percent' } });
  });

  test('the chart plots operating profit and profit margin per canvas, margin on the right-hand axis', () => {
    const { sheet, view } = comparedPair();
    const { domain, series } = sheet.getCharts()[0].series();
    expect(domain.labels).toEqual(['Alpha', 'Beta']);
    expect(series.map((s) => [s.name, s.axis])).toEqual([
      ['Operating profit', 0],
      ['Profit margin', 1],
    ]);
    expect(series[0].values).toEqual([view.value('Operating profit', 'Alpha'), view.value('Operating profit', 'Beta')]);
    expect(series[1].values).toEqual([view.value('Profit margin', 'Alpha'), view.value('Profit margin', 'Beta')]);
  });
});

describe('refresh', () => {
  test('keeps the notes column and the scorecard inputs, follows renames', () => {
    const { env, sheet, view } = comparedPair();
    const notes = view.columnOf('Your notes');
    sheet.getRange(view.rowOf('Operating profit'), notes, 1, 1).setValue("'=not a formula");
    sheet.getRange(view.rowOf('Customer Segments'), notes, 1, 1).setValue(42);
    const weights = view.columnOf('Better / weight');
    const scoreRow = view.rowOf(SCORE);
    sheet.getRange(scoreRow - 6, weights, 1, 1).setValue(7);
    (env.ss.getSheetByName('Alpha') as EmuSheet).setName('Alpha renamed');

    const out = refreshCompare(env.ss, env.services);
    if (!out.ok) throw new Error(out.message);
    const again = compareView(out.sheet as EmuSheet);
    expect(out.sheet.getName()).toBe('Compare');
    expect(env.ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Alpha renamed', 'Beta', 'Compare']);
    expect(again.headers()).toEqual(headersFor('Alpha renamed', 'Beta'));
    expect(again.value('Operating profit', 'Your notes')).toBe('=not a formula');
    expect(again.value('Customer Segments', 'Your notes')).toBe(42);
    expect(again.value('Operating profit', 'Alpha renamed')).toBeCloseTo(3000, 9);
    const sheet2 = out.sheet as EmuSheet;
    const newScoreRow = again.rowOf(SCORE);
    expect(sheet2.getRange(newScoreRow - 6, again.columnOf('Better / weight'), 1, 1).getValue()).toBe(7);
    expect(sheet2.getRange(newScoreRow - 6, 1, 1, 1).getValue()).toBe('Profit margin');
    expect(sheet2.getRange(newScoreRow - 6, again.columnOf('Target'), 1, 1).getValue()).toBe(0.2);
  });

  test('a deleted canvas reads "missing", before and after refresh, and no error spreads', () => {
    const { env, sheet, view } = comparedPair();
    env.ss.deleteSheet(env.ss.getSheetByName('Beta') as EmuSheet);
    expect(view.value('Operating profit', 'Beta')).toBe('missing');
    expect(view.value(SCORE, 'Beta')).toBe('missing');
    expect(view.value('Operating profit', 'Alpha')).toBeCloseTo(3000, 9);
    const noErrors = (s: EmuSheet) =>
      s
        .getDataRange()
        .getValues()
        .flat()
        .filter((v) => typeof v === 'string' && v.startsWith('#'));
    expect(noErrors(sheet)).toEqual([]);

    const out = refreshCompare(env.ss, env.services);
    if (!out.ok) throw new Error(out.message);
    const again = compareView(out.sheet as EmuSheet);
    expect(again.value('Revenue', 'Beta')).toBe('missing');
    expect(again.value('Customer Segments', 'Beta')).toBe('missing');
    expect(again.value('Rank', 'Beta')).toBe('missing');
    expect(again.value('Rank', 'Alpha')).toBe(1);
    expect(noErrors(out.sheet as EmuSheet)).toEqual([]);
    expect(out.canvases).toEqual([
      { sheetName: 'Alpha', missing: false },
      { sheetName: 'Beta', missing: true },
    ]);
  });
});

describe('bad requests are refused in words, and nothing is written', () => {
  test.each([
    [['Alpha'], 'Pick 2 to 50 canvases to compare; 1 was picked.'],
    [['Alpha', 'Alpha'], 'The canvas "Alpha" is picked twice; pick each canvas once.'],
    [['Alpha', 7], 'Canvas 2 of the list is not a sheet name.'],
    [['Alpha', 'Gamma'], 'There is no sheet named "Gamma" in this spreadsheet (it may have been renamed or deleted).'],
    [['Alpha', 'Sheet1'], 'The sheet "Sheet1" is not a canvas, so it cannot be compared.'],
  ])('%j', (names, message) => {
    const env = compareEnv();
    env.write(alpha());
    expect(compareCanvases(env.ss, names, env.services)).toEqual({ ok: false, message });
    expect(env.ss.getSheetByName('Compare')).toBeNull();
  });

  test('a sheet named Compare that the add-on did not make is never replaced: the comparison takes another name', () => {
    const env = compareEnv();
    env.write(alpha());
    env.write(beta());
    env.ss.insertSheet('Compare').getRange(1, 1, 1, 1).setValue('my own work');
    const out = compareCanvases(env.ss, ['Alpha', 'Beta'], env.services);
    if (!out.ok) throw new Error(out.message);
    expect(out.sheetName).toBe('Compare 2');
    expect((env.ss.getSheetByName('Compare') as EmuSheet).getDataRange().getValues()).toEqual([['my own work']]);
    // Refresh finds the comparison by its marker, not by the name the user's sheet holds.
    const again = refreshCompare(env.ss, env.services);
    if (!again.ok) throw new Error(again.message);
    expect(again.sheetName).toBe('Compare 2');
    expect(env.ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Alpha', 'Beta', 'Compare', 'Compare 2']);
    expect((env.ss.getSheetByName('Compare') as EmuSheet).getDataRange().getValues()).toEqual([['my own work']]);
  });

  test('refresh without a Compare sheet says what to do', () => {
    const env = compareEnv();
    expect(refreshCompare(env.ss, env.services)).toEqual({
      ok: false,
      message: 'There is no Compare sheet to refresh yet: use Compare canvases first.',
    });
  });
});
