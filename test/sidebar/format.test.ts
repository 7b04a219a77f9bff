import { money, number, parseNumber, percent } from '../../sidebar/format';

// Formatting follows the browser's locale; these tests run under Node's default, en-US.
describe('numbers as the sidebar shows them', () => {
  test("money in the canvas currency; the sheet's own words and a missing value pass through", () => {
    expect(money(1234.5, 'EUR')).toBe('€1,234.50');
    expect(money(-20, 'USD')).toBe('-$20.00');
    expect(money('n/a', 'USD')).toBe('n/a');
    expect(money(null, 'USD')).toBe('—');
  });

  test('an unknown currency code is written after the number', () => {
    expect(money(1500, 'XYZW')).toBe('1,500 XYZW');
  });

  test('shares as percentages, numbers with up to four decimals', () => {
    expect(percent(0.255)).toBe('25.5%');
    expect(percent('not reachable')).toBe('not reachable');
    expect(number(2500)).toBe('2,500');
    expect(number(0.123456)).toBe('0.1235');
    expect(number(null)).toBe('—');
  });
});

describe('parseNumber', () => {
  test.each([
    ['', null],
    ['   ', null],
    ['42', 42],
    [' 1,250.5 ', 1250.5],
    ['-3', -3],
    ['.5', 0.5],
    ['1e3', 1000],
  ])('%j reads as %j', (typed, value) => {
    expect(parseNumber(typed)).toBe(value);
  });

  test.each(['ten', '1.2.3', '12abc', '--1', '€5'])('%j is not a number', (typed) => {
    expect(parseNumber(typed)).toBe('not a number');
  });
});
