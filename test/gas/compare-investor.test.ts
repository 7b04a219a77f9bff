/**
 * What an investor needs beside the key figures: each canvas's active scenario, its growth, churn
 * and acquisition cost, its cost lines, and a warning when the canvases are in different
 * currencies — all live, checked against values worked out by hand.
 */
import { CONVERTED_CURRENCIES, DIFFERENT_CURRENCIES } from '../../src/core/compare';
import { compareCanvases, refreshCompare } from '../../src/gas/compare';
import { editCell, EmuSheet } from '../../src/local/emulator';
import { alpha, beta, compareEnv, compareView } from './compare-env';

function compared(canvases = [alpha(), beta()]) {
  const env = compareEnv();
  for (const c of canvases) env.write(c);
  const out = compareCanvases(
    env.ss,
    canvases.map((c) => c.name),
    env.services,
  );
  if (!out.ok) throw new Error(out.message);
  const sheet = out.sheet as EmuSheet;
  return { env, sheet, view: compareView(sheet) };
}

const CHECK_ROW = 7;

describe('scenario, assumptions and cost lines', () => {
  test('each canvas’s active scenario, growth, churn and CAC, linked to its cells', () => {
    const { view } = compared();
    expect(view.value('Active scenario', 'Alpha')).toBe('Base');
    expect(view.value('Active scenario', 'Beta')).toBe('Base');
    expect(view.value('Monthly churn (assumption)', 'Alpha')).toBe(0);
    expect(view.value('Monthly churn (assumption)', 'Beta')).toBeCloseTo(0.05, 12);
    expect(view.value('Monthly growth (assumption)', 'Beta')).toBe(0);
    expect(view.value('Acquisition cost per customer (CAC)', 'Beta')).toBe(100);
  });

  test('switching a canvas to Upside shows at once, with the figures that follow it', () => {
    const { env, view } = compared();
    const alphaSheet = env.ss.getSheetByName('Alpha') as EmuSheet;
    const revenue = env.ss.getRangeByName('Alpha_Revenue');
    if (!revenue) throw new Error('no Alpha_Revenue');
    // The dropdown's cell is the one the Compare sheet links to.
    const link = (env.ss.getSheetByName('Compare') as EmuSheet)
      .getRange(view.rowOf('Active scenario'), view.columnOf('Alpha'), 1, 1)
      .getFormulas()[0][0];
    const [, a1] = /^=IFERROR\(Alpha!\$([A-Z]+\$\d+),"missing"\)$/.exec(link) ?? [];
    expect(a1).toBeDefined();
    const target = alphaSheet.getRange(a1.replace('$', ''));
    editCell(alphaSheet, target.getRow(), target.getColumn(), 'Upside');
    expect(view.value('Active scenario', 'Alpha')).toBe('Upside');
    // Upside: price × 1.05, volume × 1.1: 10.5 × 1100 = 11 550; variable 4 × 1100 = 4 400; fixed 3 000.
    expect(view.value('Revenue', 'Alpha')).toBeCloseTo(11550, 9);
    expect(view.value('Variable costs', 'Alpha')).toBeCloseTo(4400, 9);
    expect(view.value('Operating profit', 'Alpha')).toBeCloseTo(4150, 9);
  });

  test('cost lines: variable and fixed costs per month, lower is better', () => {
    const { view } = compared();
    expect(view.value('Variable costs', 'Alpha')).toBeCloseTo(4000, 9);
    expect(view.value('Variable costs', 'Beta')).toBeCloseTo(1000, 9);
    expect(view.value('Fixed costs', 'Alpha')).toBeCloseTo(3000, 9);
    expect(view.value('Fixed costs', 'Beta')).toBeCloseTo(8000, 9);
    expect(view.value('Fixed costs', 'Better / weight')).toBe('lower');
  });
});

describe('currencies', () => {
  test('canvases in one currency show no warning', () => {
    const { sheet } = compared();
    expect(sheet.getRange(CHECK_ROW, 1, 1, 1).getValue()).toBe('');
  });

  test('canvases in different currencies say so in a line of their own, live', () => {
    const euro = beta();
    euro.currency = 'EUR';
    const { env, sheet, view } = compared([alpha(), euro]);
    expect(view.value('Currency', 'Beta')).toBe('EUR');
    expect(sheet.getRange(CHECK_ROW, 1, 1, 1).getValue()).toBe(DIFFERENT_CURRENCIES);
    expect(DIFFERENT_CURRENCIES).toContain('different currencies');
    // The line reads the currency row: the same currency again, and it goes.
    sheet.getRange(view.rowOf('Currency'), view.columnOf('Beta'), 1, 1).setValue('USD');
    expect(sheet.getRange(CHECK_ROW, 1, 1, 1).getValue()).toBe('');
    expect(env.ss.getSheetByName('Compare')).not.toBeNull();
  });
});

describe('exchange rates', () => {
  function inEuro() {
    const euro = beta();
    euro.currency = 'EUR';
    return compared([alpha(), euro]);
  }

  test('left empty, the figures stay in their own currency and the warning stays', () => {
    const { sheet, view } = inEuro();
    expect(sheet.getRange(CHECK_ROW, 1, 1, 1).getValue()).toBe(DIFFERENT_CURRENCIES);
    const rateRow = view.rowOf('Exchange rate: USD for 1 of the canvas’s currency (optional)');
    expect(sheet.getRange(rateRow, view.columnOf('Beta'), 1, 1).getValue()).toBe('');
    expect(view.value('Money figures in', 'Alpha')).toBe('USD');
    expect(view.value('Money figures in', 'Beta')).toBe('EUR');
    expect(view.value('Revenue', 'Beta')).toBeCloseTo(10000, 9);
  });

  test('a rate converts every money figure into the first canvas’s currency, and is kept on refresh', () => {
    const { env, sheet, view } = inEuro();
    const rateRow = view.rowOf('Exchange rate: USD for 1 of the canvas’s currency (optional)');
    editCell(sheet, rateRow, view.columnOf('Beta'), '1.1');
    expect(sheet.getRange(CHECK_ROW, 1, 1, 1).getValue()).toBe(CONVERTED_CURRENCIES);
    expect(view.value('Money figures in', 'Beta')).toBe('USD');
    // Money × 1.1; ratios and months as they were.
    expect(view.value('Revenue', 'Beta')).toBeCloseTo(11000, 9);
    expect(view.value('Operating profit', 'Beta')).toBeCloseTo(1100, 9);
    expect(view.value('Acquisition cost per customer (CAC)', 'Beta')).toBeCloseTo(110, 9);
    expect(view.value('Profit margin', 'Beta')).toBeCloseTo(0.1, 12);
    expect(view.value('Revenue', 'Alpha')).toBeCloseTo(10000, 9);
    // Converted, Beta's 11 000 now beats Alpha's 10 000.
    expect(view.value('Revenue', 'Best ▲ / worst ▼')).toBe('▲ Beta  ▼ Alpha');

    const again = refreshCompare(env.ss, env.services);
    if (!again.ok) throw new Error(again.message);
    const after = compareView(again.sheet as EmuSheet);
    expect(after.value('Exchange rate: USD for 1 of the canvas’s currency (optional)', 'Beta')).toBe(1.1);
    expect(after.value('Revenue', 'Beta')).toBeCloseTo(11000, 9);
  });
});

describe('yearly figures and runway, from the financial model’s named ranges', () => {
  test('years 1–3 revenue and profit, customers and ARR at the end, runway: live and as worked out by hand', () => {
    const { sheet, view } = compared();
    // Alpha sells 1 000 beans at 10 every month, no growth: 120 000 a year, 3 000 × 12 = 36 000 profit.
    for (const year of [1, 2, 3]) {
      expect(view.value(`Year ${year} revenue`, 'Alpha')).toBeCloseTo(120000, 6);
      expect(view.value(`Year ${year} profit`, 'Alpha')).toBeCloseTo(36000, 6);
    }
    // No recurring stream: no customers and no ARR.
    expect(view.value('Customers (end) at the end of year 3', 'Alpha')).toBe(0);
    expect(view.value('ARR at the end of year 3', 'Alpha')).toBe(0);
    expect(sheet.getRange(view.rowOf('Runway'), view.columnOf('Beta'), 1, 1).getFormulas()[0][0]).toBe(
      '=IFERROR(Beta_Runway,"missing")',
    );
    expect(
      sheet.getRange(view.rowOf('ARR at the end of year 3'), view.columnOf('Beta'), 1, 1).getFormulas()[0][0],
    ).toBe('=IFERROR(Beta_ARR,"missing")');
    const errors = sheet
      .getDataRange()
      .getValues()
      .flat()
      .filter((v) => typeof v === 'string' && v.startsWith('#'));
    expect(errors).toEqual([]);
    expect(view.value('Runway', 'Alpha')).toBe('beyond 36 months');
    // Beta: 500 subscribers at 20, 5 % churn a month, none won: month m earns 10 000 × 0.95^(m − 1).
    const beta = (m: number) => 10000 * 0.95 ** (m - 1);
    const sum = (from: number, f: (m: number) => number) =>
      Array.from({ length: 12 }, (_, i) => f(from + i)).reduce((a, b) => a + b, 0);
    expect(view.value('Year 1 revenue', 'Beta')).toBeCloseTo(sum(1, beta), 6);
    // Profit: 90 % of revenue less 8 000 fixed.
    expect(view.value('Year 3 profit', 'Beta')).toBeCloseTo(
      sum(25, (m) => 0.9 * beta(m) - 8000),
      6,
    );
    expect(view.value('Customers (end) at the end of year 3', 'Beta')).toBeCloseTo(500 * 0.95 ** 35, 9);
    expect(view.value('ARR at the end of year 3', 'Beta')).toBeCloseTo(12 * 20 * 500 * 0.95 ** 35, 6);
    // Cumulative profit 1 000, 1 550, 1 672.5, 1 388.9, 719.5, then below 0 in month 6: 5 months of runway.
    expect(view.value('Runway', 'Beta')).toBe(5);
  });
});
