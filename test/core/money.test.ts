import { localeFacts } from '../../src/core/locale';
import { moneyFormat, moneyStyle, numberFormatInLocale, planMoneyFormat, placeMoney } from '../../src/core/money';

const NBSP = '\u00a0';

describe('the money format places the symbol as the locale does', () => {
  test.each([
    ['en_US', 'USD', '"$"#,##0.00'],
    ['en_GB', 'GBP', '"£"#,##0.00'],
    ['de_DE', 'EUR', `#,##0.00"${NBSP}€"`],
    ['fr_FR', 'EUR', `#,##0.00"${NBSP}€"`],
    ['nl_NL', 'EUR', `"€${NBSP}"#,##0.00`],
    ['ja_JP', 'JPY', '"￥"#,##0'],
    ['de_DE', 'USD', `#,##0.00"${NBSP}$"`],
    ['en_US', 'CHF', `"CHF${NBSP}"#,##0.00`],
    ['en_CA', 'USD', `"USD${NBSP}"#,##0.00`], // "$" is the Canadian dollar there
    ['zh_CN', 'JPY', `"JPY${NBSP}"#,##0`], // "¥" is the yuan there
    ['en_US', 'CNY', '"CN¥"#,##0.00'],
  ])('%s, %s: %s', (locale, currency, format) => {
    expect(moneyFormat(currency, localeFacts(locale))).toBe(format);
  });

  test('a currency that is not a three-letter code gets the digits alone', () => {
    expect(moneyFormat('Euro', localeFacts('de_DE'))).toBe('#,##0.00');
  });

  // Node's locale data (CLDR) as a second opinion on the table: the side of the number and the space.
  test.each([
    'en_US',
    'en_GB',
    'en_ZA',
    'de_DE',
    'de_AT',
    'de_CH',
    'fr_FR',
    'fr_CA',
    'it_IT',
    'es_ES',
    'pt_BR',
    'nl_NL',
    'pl_PL',
    'sv_SE',
    'da_DK',
    'ru_RU',
    'tr_TR',
    'ja_JP',
    'zh_CN',
    'ko_KR',
  ])('%s writes its own currency as Node’s locale data does', (code) => {
    const locale = localeFacts(code);
    const parts = new Intl.NumberFormat(code.replace('_', '-'), {
      style: 'currency',
      currency: locale.currency,
    }).formatToParts(1234.5);
    const symbolAt = parts.findIndex((p) => p.type === 'currency');
    const numberAt = parts.findIndex((p) => p.type === 'integer');
    const style = moneyStyle(locale.currency, locale);
    expect(style.symbol).toBe(parts[symbolAt].value);
    expect(style.before).toBe(symbolAt < numberAt);
    expect(style.space).toBe(parts.some((p) => p.type === 'literal' && /\s/.test(p.value)));
  });
});

describe('a plan’s money formats, applied in a spreadsheet of another locale', () => {
  test('the plan writes money as en_US places it', () => {
    expect(planMoneyFormat('EUR')).toBe('"€"#,##0.00');
    expect(planMoneyFormat('JPY')).toBe('"¥"#,##0');
  });

  test.each([
    ['de_DE', 'EUR', `#,##0.00"${NBSP}€"`],
    ['fr_FR', 'USD', `#,##0.00"${NBSP}$"`],
    ['ja_JP', 'JPY', '"￥"#,##0'],
    ['en_GB', 'CHF', `"CHF${NBSP}"#,##0.00`],
    ['de_DE', 'CNY', `#,##0.00"${NBSP}CN¥"`],
  ])('in %s an amount in %s becomes %s', (locale, currency, format) => {
    expect(numberFormatInLocale(planMoneyFormat(currency), localeFacts(locale))).toBe(format);
  });

  test.each(['0.0%', '#,##0.00##', '"$"0.00', '"x"#,##0.00', 'General', '@'])('%s is not money and stays', (f) => {
    expect(numberFormatInLocale(f, localeFacts('de_DE'))).toBe(f);
  });
});

test('an amount placed by its style, as the sheet shows it', () => {
  const de = moneyStyle('EUR', 'de-DE');
  expect(placeMoney('1.234,50', de)).toBe(`1.234,50${NBSP}€`);
  expect(placeMoney('1,234.50', moneyStyle('GBP', 'en_GB'))).toBe('£1,234.50');
});
