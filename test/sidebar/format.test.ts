import { ambiguityNote, money, number, parseNumber, percent, useNumberStyle } from '../../sidebar/format';

// Formatting follows the browser's locale; these tests run under Node's default, en-US.
describe('numbers as the sidebar shows them', () => {
  test("money in the canvas currency; the sheet's own words and a missing value pass through", () => {
    expect(money(1234.5, 'EUR')).toBe('€1,234.50');
    expect(money(-20, 'USD')).toBe('-$20.00');
    expect(money('n/a', 'USD')).toBe('n/a');
    expect(money(null, 'USD')).toBe('—');
  });

  test('a currency with no known symbol shows its code where the locale puts a symbol', () => {
    expect(money(1500, 'XYZW')).toBe('XYZW\u00a01,500.00');
    expect(money(1500, 'CHF')).toBe('CHF\u00a01,500.00');
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

describe('in the spreadsheet’s locale', () => {
  const styles = {
    de_DE: { locale: 'de-DE', decimal: ',', grouping: '.' },
    fr_FR: { locale: 'fr-FR', decimal: ',', grouping: '\u00a0' },
    en_US: { locale: 'en-US', decimal: '.', grouping: ',' },
  } as const;
  afterEach(() => useNumberStyle(styles.en_US));

  test.each([
    ['de_DE', '12,5', 12.5],
    ['de_DE', '1.234', 1234],
    ['de_DE', '1.234,5', 1234.5],
    ['de_DE', '−5', -5],
    ['de_DE', '-0,25', -0.25],
    ['fr_FR', '1 234,5', 1234.5],
    ['fr_FR', '1\u00a0234,5', 1234.5],
    ['fr_FR', '12,5', 12.5],
    ['en_US', '12.5', 12.5],
    ['en_US', '1,234.5', 1234.5],
    ['en_US', '−5', -5],
  ] as const)('in %s %j reads as %j', (locale, typed, value) => {
    useNumberStyle(styles[locale]);
    expect(parseNumber(typed)).toBe(value);
  });

  test.each([
    ['de_DE', '12.5'],
    ['de_DE', '1.2345'],
    ['fr_FR', '12.5'],
    ['en_US', '12,5'],
    ['en_US', '1,2345'],
  ] as const)('in %s %j could mean two numbers: refused, not guessed', (locale, typed) => {
    useNumberStyle(styles[locale]);
    expect(parseNumber(typed)).toBe('ambiguous');
  });

  test('the refusal says how a decimal is written there', () => {
    useNumberStyle(styles.de_DE);
    expect(ambiguityNote('12.5')).toBe(
      '"12.5" could mean two different numbers; in this spreadsheet a decimal is written 12,5',
    );
  });

  test('numbers are shown as the spreadsheet’s locale writes them', () => {
    useNumberStyle(styles.de_DE);
    expect(number(1234.5)).toBe('1.234,5');
    expect(money(1234.5, 'EUR')).toBe('1.234,50\u00a0€');
    expect(percent(0.255)).toBe('25,5\u00a0%');
  });
});
