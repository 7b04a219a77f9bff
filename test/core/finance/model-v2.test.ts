/**
 * The financial model's second version, evaluated in HyperFormula: every named figure and the
 * projection's revenue, fixed costs, acquisition spend and profit match the hand-worked values of
 * each case, month by month, with no error cell and the master check OK.
 */
import { readFinanceRows } from '../../../src/core/finance';
import { PROJECTION_COLUMNS } from '../../../src/core/finance/layout';
import { planFinance } from '../../helpers/finance-plan';
import { agrees } from '../../helpers/kpi-cases';
import { byHand, hasIrr, V2_CASES } from '../../helpers/model-v2-cases';

jest.setTimeout(60_000);

describe.each(V2_CASES)('$name ($what)', (c) => {
  const f = planFinance({ streams: c.streams, costs: c.costs, assumptions: c.assumptions }, 3, 'V2');
  const want = byHand(c);
  const named = (suffix: string) => f.sheet.named(`V2_${suffix}`);

  test.each(Object.keys(want.named))('%s matches the hand-worked value', (suffix) => {
    const got = named(suffix);
    if (!agrees(got, want.named[suffix]))
      throw new Error(`${suffix}: expected ${want.named[suffix]}, got ${JSON.stringify(got)}`);
  });

  test('the figures stated by hand agree', () => {
    for (const [suffix, value] of Object.entries(c.literal)) {
      if (!agrees(named(suffix), value))
        throw new Error(`${suffix}: expected ${value}, got ${JSON.stringify(named(suffix))}`);
    }
  });

  test('revenue, fixed costs, acquisition spend and profit, month by month', () => {
    const { rows } = f.layout.projection;
    for (let m = 1; m <= 36; m++) {
      const column = PROJECTION_COLUMNS.firstMonth + m - 1;
      for (const [key, values] of [
        ['revenue', want.revenue],
        ['fixedCosts', want.fixed],
        ['acquisition', want.acquisition],
        ['profit', want.profit],
      ] as const) {
        const got = f.sheet.value(rows[key], column);
        if (!agrees(got, values[m - 1])) throw new Error(`${key}, month ${m}: expected ${values[m - 1]}, got ${got}`);
      }
    }
  });

  test('the IRR, when there is one, discounts the cash flows to 0', () => {
    const irr = f.kpi('irrMonthly');
    const investment = c.assumptions.initialInvestment ?? 0;
    // n/a exactly when no rate discounts the cash flows to 0.
    if (!hasIrr([-investment, ...want.profit])) return expect(irr).toBe('n/a');
    expect(typeof irr).toBe('number');
    if (typeof irr !== 'number') return;
    const npv = want.profit.reduce((t, p, k) => t + p / (1 + irr) ** (k + 1), -investment);
    expect(Math.abs(npv)).toBeLessThan(1e-6 * Math.max(1, investment, ...want.profit.map(Math.abs)));
    expect(f.kpi('irrAnnual')).toBeCloseTo((1 + irr) ** 12 - 1, 12);
  });

  test('no cell holds an error, and the check says OK', () => {
    expect(f.sheet.errors()).toEqual([]);
    expect(f.sheet.value(f.layout.master.value.row, f.layout.master.value.column)).toBe('OK');
  });
});

test('a steady profit that never pays back the investment has a negative IRR', () => {
  const c = V2_CASES.find((x) => x.name === 'Negative IRR')!;
  const f = planFinance({ streams: c.streams, costs: c.costs, assumptions: c.assumptions });
  const irr = f.kpi('irrMonthly') as number;
  expect(irr).toBeLessThan(0);
  // 1 000 a month for 36 months is worth 50 000 today at the IRR.
  expect((1000 * (1 - (1 + irr) ** -36)) / irr).toBeCloseTo(50000, 4);
});

test('a stream’s own growth, churn and recurring override, and a start month, read back from the sheet as written', () => {
  const c = V2_CASES.find((x) => x.name === 'Every stream per unit')!;
  const usage = V2_CASES.find((x) => x.name === 'Recurring usage')!;
  const streams = [...c.streams, ...usage.streams];
  const f = planFinance({ streams, costs: c.costs, assumptions: c.assumptions });
  const values = f.sheet.hf
    .getSheetValues(0)
    .map((row) => row.map((v) => (v === null ? '' : typeof v === 'object' ? '#ERROR' : v)));
  const read = readFinanceRows(values, f.geometry);
  expect(read.problems).toEqual([]);
  expect(read.revenueStreams).toEqual(streams);
  expect(read.costs).toEqual(c.costs);
});
