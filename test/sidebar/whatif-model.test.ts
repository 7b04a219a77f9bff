import type { Kpis } from '../../src/core/api';
import { multiplierFrom, scenarioNameProblem, whatIfDoneMessage, whatIfRows } from '../../sidebar/whatif-model';

describe('the what-if fields', () => {
  test('a percentage change reads as a multiplier; an empty field is no change', () => {
    expect(multiplierFrom('Price change', '10')).toEqual({ multiplier: 1.1 });
    expect(multiplierFrom('Price change', '-25')).toEqual({ multiplier: 0.75 });
    expect(multiplierFrom('Price change', '-100')).toEqual({ multiplier: 0 });
    expect(multiplierFrom('Price change', '')).toEqual({ multiplier: 1 });
  });

  test('text, or less than nothing left, is refused in words naming the field', () => {
    expect(multiplierFrom('Volume change', 'more')).toEqual({
      problem: 'Volume change must be a number of percent, such as 10 or −5.',
    });
    expect(multiplierFrom('Volume change', '-101')).toEqual({
      problem: 'Volume change cannot be below −100 % (nothing left).',
    });
  });

  test('a scenario to keep needs a name of at most 40 characters (counted as characters, not code units)', () => {
    expect(scenarioNameProblem('')).toBe('Give the scenario a name to keep it.');
    expect(scenarioNameProblem('Summer')).toBe('');
    expect(scenarioNameProblem('🌞'.repeat(40))).toBe('');
    expect(scenarioNameProblem('x'.repeat(41))).toBe('A scenario name can have at most 40 characters.');
  });
});

describe('the KPIs before and after', () => {
  test('one row per KPI, money in the canvas currency and the margin as a percentage', () => {
    const before: Kpis = { revenue: 1000, profit: 100, breakEvenRevenue: 800, profitMargin: 0.1, check: 'OK' };
    const after: Kpis = { revenue: 1100, profit: 180, breakEvenRevenue: 'n/a', profitMargin: null, check: 'OK' };
    expect(whatIfRows(before, after, 'GBP')).toEqual([
      { key: 'revenue', label: 'Revenue', before: '£1,000.00', after: '£1,100.00' },
      { key: 'profit', label: 'Profit', before: '£100.00', after: '£180.00' },
      { key: 'break-even', label: 'Break-even revenue', before: '£800.00', after: 'n/a' },
      { key: 'margin', label: 'Profit margin', before: '10%', after: '—' },
    ]);
  });

  test('says which scenario the sheet now follows', () => {
    expect(whatIfDoneMessage('What-if', false)).toBe('Applied: the sheet now follows the "What-if" scenario.');
    expect(whatIfDoneMessage('Summer', true)).toBe('Kept as the scenario "Summer", now the active one on the sheet.');
  });
});
