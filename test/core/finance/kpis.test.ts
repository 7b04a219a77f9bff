import { KpiKey } from '../../../src/core/finance/layout';
import { planFinance } from '../../helpers/finance-plan';
import { agrees, KPI_CASES, loadFixture } from '../../helpers/kpi-cases';

describe.each(KPI_CASES)('KPIs of $fixture ($what), evaluated in HyperFormula', ({ fixture, expected }) => {
  const canvas = loadFixture(fixture);
  const f = planFinance({
    streams: canvas.revenueStreams,
    costs: canvas.costs,
    assumptions: canvas.assumptions,
    currency: canvas.currency,
  });

  test.each(Object.entries(expected) as [KpiKey, number | string][])('%s is %p', (key, want) => {
    const got = f.kpi(key);
    if (!agrees(got, want)) throw new Error(`${key}: expected ${want}, got ${JSON.stringify(got)}`);
  });

  test('the master check says OK and no cell holds an error', () => {
    const m = f.layout.master.value;
    expect(f.sheet.value(m.row, m.column)).toBe('OK');
    expect(f.sheet.errors()).toEqual([]);
  });
});
