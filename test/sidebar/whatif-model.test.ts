import { useNumberStyle } from '../../sidebar/format';
import type { Kpis } from '../../src/core/api';
import { sidebarGuide } from '../../src/core/edit/guide';
import type { RecordRule } from '../../src/core/rules/rule';
import {
  keepChoices,
  multiplierFrom,
  scenarioNameProblem,
  whatIfDoneMessage,
  whatIfRows,
} from '../../sidebar/whatif-model';

const { rules, limits } = sidebarGuide();
const price = (rules.scenario.fields.multipliers as RecordRule).fields.price;
const name = rules.scenario.fields.name;

describe('the what-if fields, by the rules and limits the server sends with the guide', () => {
  test('a percentage change reads as a multiplier; an empty field is no change', () => {
    expect(multiplierFrom('Price change', '10', price, limits)).toEqual({ multiplier: 1.1 });
    expect(multiplierFrom('Price change', '-25', price, limits)).toEqual({ multiplier: 0.75 });
    expect(multiplierFrom('Price change', '-100', price, limits)).toEqual({ multiplier: 0 });
    expect(multiplierFrom('Price change', '', price, limits)).toEqual({ multiplier: 1 });
  });

  test('text, less than nothing left, or more than a hundred times, is refused in words naming the field', () => {
    expect(multiplierFrom('Volume change', 'more', price, limits)).toEqual({
      problem: 'Volume change must be a number of percent, such as 10 or −5.',
    });
    expect(multiplierFrom('Volume change', '-101', price, limits)).toEqual({
      problem: 'Volume change cannot be below −100 % (nothing left).',
    });
    expect(multiplierFrom('Volume change', '9900', price, limits)).toEqual({ multiplier: 100 });
    expect(multiplierFrom('Volume change', '1e308', price, limits)).toEqual({
      problem: 'Volume change cannot be above +9,900 % (100 times the canvas’s figure).',
    });
  });

  test('a scenario to keep needs a name of at most 40 characters (counted as characters, not code units)', () => {
    expect(scenarioNameProblem('  ', name, limits)).toBe('A scenario name must be non-empty text.');
    expect(scenarioNameProblem('Summer', name, limits)).toBe('');
    expect(scenarioNameProblem(' Summer ', name, limits)).toBe('');
    expect(scenarioNameProblem('🌞'.repeat(40), name, limits)).toBe('');
    expect(scenarioNameProblem('x'.repeat(41), name, limits)).toBe(
      'A scenario name must be text of at most 40 characters.',
    );
  });
});

describe('a change is typed in percent, with or without its sign', () => {
  afterEach(() => useNumberStyle({ locale: 'en-US', decimal: '.', grouping: ',' }));

  test.each([
    ['10', 1.1],
    ['10%', 1.1],
    ['10 %', 1.1],
    ['-25 %', 0.75],
    ['−25%', 0.75],
    ['1', 1.01],
    ['0', 1],
    ['0.5%', 1.005],
  ])('%j is ×%p', (typed, multiplier) => {
    expect(multiplierFrom('Price change', typed, price, limits)).toEqual({ multiplier });
  });

  test('a bare 0.12 could be 12 % or 0.12 %: refused, not guessed', () => {
    expect(multiplierFrom('Price change', '0.12', price, limits)).toEqual({
      problem: 'Price change: "0.12" could mean 0.12% or 12%; type it with its percent sign.',
    });
  });

  test('in de_DE, 12,5 % is twelve and a half percent', () => {
    useNumberStyle({ locale: 'de-DE', decimal: ',', grouping: '.' });
    expect(multiplierFrom('Price change', '12,5 %', price, limits)).toEqual({ multiplier: 1.125 });
    expect(multiplierFrom('Price change', '0,5', price, limits)).toEqual({
      problem: 'Price change: "0,5" could mean 0,5\u00a0% or 50\u00a0%; type it with its percent sign.',
    });
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
    expect(whatIfDoneMessage('What-if', null, 1)).toBe('Applied: the sheet now follows the "What-if" scenario.');
    expect(whatIfDoneMessage('Summer', 'added', 1)).toBe(
      'Added the scenario "Summer", now the active one on the sheet. Room for 1 more.',
    );
    expect(whatIfDoneMessage('Winter', 'added', 0)).toBe(
      'Added the scenario "Winter", now the active one on the sheet. No room is left for another.',
    );
    expect(whatIfDoneMessage('Upside', 'replaced', 0)).toBe(
      'Replaced the scenario "Upside" with these changes; it is now the active one on the sheet.',
    );
  });

  test('"Keep as" offers a new scenario while there is room, and every kept scenario to replace', () => {
    const names = ['Base', 'Upside', 'Downside', 'What-if', ''];
    expect(keepChoices({ names, active: 'What-if', unkept: 'What-if', room: 2 })).toEqual({
      options: [
        { value: '', label: 'A new scenario' },
        { value: 'Base', label: 'Replace "Base"' },
        { value: 'Upside', label: 'Replace "Upside"' },
        { value: 'Downside', label: 'Replace "Downside"' },
      ],
      room: 'Room for 2 new scenarios.',
    });
    const full = keepChoices({
      names: ['Base', 'Upside', 'Downside', 'A', 'B'],
      active: 'A',
      unkept: 'What-if',
      room: 0,
    });
    expect(full.options[0]).toEqual({ value: '', label: 'A new scenario (no room left)' });
    expect(full.room).toBe('No room for a new scenario: replace one, or clear one in the What-ifs on the sheet.');
  });
});
