import type { AssumptionKey } from '../../src/core/api';
import { sidebarGuide } from '../../src/core/edit/guide';
import { assumptionFrom, assumptionText } from '../../sidebar/assumptions-model';
import { useNumberStyle } from '../../sidebar/format';

const guide = sidebarGuide();
const of = (key: AssumptionKey) => {
  const g = guide.assumptions.find((a) => a.key === key);
  if (!g) throw new Error(`no ${key}`);
  return { g, rule: guide.rules.assumptions.fields[key] };
};
const read = (key: AssumptionKey, typed: string) => {
  const { g, rule } = of(key);
  return assumptionFrom(g, typed, rule, guide.limits);
};

afterEach(() => useNumberStyle({ locale: 'en-US', decimal: '.', grouping: ',' }));

describe('a share among the assumptions is typed as every share is', () => {
  test.each([
    ['churn', '2.5%', 0.025],
    ['churn', '2.5 %', 0.025],
    ['churn', '0.025', 0.025],
    ['discountRate', '8 %', 0.08],
    ['growth', '500 %', 5],
    ['churn', '0', 0],
  ] as const)('%s: %j is %p', (key, typed, value) => {
    expect(read(key, typed)).toEqual({ value });
  });

  test('a bare number above 1 is asked about; above the bound, the range in percent', () => {
    expect(read('churn', '12')).toEqual({ problem: 'Monthly churn is a percent: did you mean 12%?' });
    expect(read('churn', '150 %')).toEqual({ problem: 'Monthly churn must be between 0 % and 100 %.' });
    expect(read('churn', 'lots')).toEqual({ problem: 'Monthly churn must be a number, such as 5%.' });
  });

  test('money stays an amount', () => {
    expect(read('acquisitionCost', '40')).toEqual({ value: 40 });
  });

  test('a share shows as a percent, money as a number', () => {
    expect(assumptionText(of('churn').g, 0.025)).toBe('2.5%');
    expect(assumptionText(of('initialInvestment').g, 12000)).toBe('12,000');
  });

  test('in de_DE, 12,5 % and 0,125 are the same churn', () => {
    useNumberStyle({ locale: 'de-DE', decimal: ',', grouping: '.' });
    expect(read('churn', '12,5 %')).toEqual({ value: 0.125 });
    expect(read('churn', '0,125')).toEqual({ value: 0.125 });
    expect(assumptionText(of('churn').g, 0.125)).toBe('12,5\u00a0%');
  });
});
