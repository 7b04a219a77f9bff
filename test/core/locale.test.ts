import { formulaInLocale, localeFacts } from '../../src/core/locale';

describe('locale facts', () => {
  test.each([
    ['en_US', '.', ',', 'USD'],
    ['en_GB', '.', ',', 'GBP'],
    ['de_DE', ',', ';', 'EUR'],
    ['fr_FR', ',', ';', 'EUR'],
    ['pt_BR', ',', ';', 'BRL'],
    ['de_LU', ',', ';', 'EUR'], // not listed: its language's locale
    ['xx_YY', '.', ',', 'USD'], // unknown: en_US
  ])('%s: decimal %j, arguments separated by %j, currency %s', (code, decimal, separator, currency) => {
    expect(localeFacts(code)).toMatchObject({ decimal, argumentSeparator: separator, currency });
  });
});

describe('formulas in a locale', () => {
  const de = localeFacts('de_DE');
  test('en_US formulas are left as built', () => {
    expect(formulaInLocale('=IF(A1>0.5,1,2)', localeFacts('en_US'))).toBe('=IF(A1>0.5,1,2)');
  });
  test('in de_DE arguments take ";" and decimals ","; text and quoted sheet names keep theirs', () => {
    expect(formulaInLocale(`=IF('Q1, 2.5'!A1>0.5,"a, 1.5",SUM(B1,C1))`, de)).toBe(
      `=IF('Q1, 2.5'!A1>0,5;"a, 1.5";SUM(B1;C1))`,
    );
  });
  test('a doubled quote inside text does not end it', () => {
    expect(formulaInLocale('=CONCAT("say ""a,b""",C1)', de)).toBe('=CONCAT("say ""a,b""";C1)');
  });
});
