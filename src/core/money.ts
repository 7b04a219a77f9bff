/**
 * Money as a locale writes it: which symbol, on which side of the number, with or without a space
 * ("$1,234.50" in en_US, "1.234,50 €" in de_DE, "￥1,235" in ja_JP). The sheet's number formats
 * and the sidebar's figures both come from here, so the two show an amount alike.
 */
import { LocaleFacts, localeFacts } from './locale';

/** How en_US writes each currency: one symbol per currency, so a symbol also names its currency. */
const SYMBOLS: Readonly<Record<string, string>> = {
  USD: '$',
  EUR: '€',
  GBP: '£',
  JPY: '¥',
  CNY: 'CN¥',
  INR: '₹',
  BRL: 'R$',
  CAD: 'CA$',
  AUD: 'A$',
  KRW: '₩',
  MXN: 'MX$',
};
const NBSP = '\u00a0';
const NO_DECIMALS = new Set(['JPY', 'KRW', 'ISK', 'CLP', 'VND']);

export interface MoneyStyle {
  /** The locale's own symbol for its own currency, else the usual one, else the code. */
  symbol: string;
  before: boolean;
  /** A no-break space between the symbol and the number, so the two never part. */
  space: boolean;
  decimals: 0 | 2;
}

/** How `locale` (its facts, or its code: "de_DE", "de-DE") writes amounts in `currency`. */
export function moneyStyle(currency: string, localeOrCode: LocaleFacts | string): MoneyStyle {
  const locale = typeof localeOrCode === 'string' ? localeFacts(localeOrCode) : localeOrCode;
  const usual = SYMBOLS[currency];
  const symbol =
    currency === locale.currency
      ? locale.currencySymbol
      : usual !== undefined && usual !== locale.currencySymbol
        ? usual
        : currency;
  const before = locale.currencyPlacement !== 'after-space';
  return {
    symbol,
    before,
    space: !before || locale.currencyPlacement === 'before-space' || /[A-Za-z]$/.test(symbol),
    decimals: NO_DECIMALS.has(currency) ? 0 : 2,
  };
}

/** The number, already written in the locale's digits, with the currency's symbol where the locale puts it. */
export function placeMoney(digits: string, style: MoneyStyle): string {
  const gap = style.space ? NBSP : '';
  return style.before ? `${style.symbol}${gap}${digits}` : `${digits}${gap}${style.symbol}`;
}

/**
 * The number format for amounts in `currency` in a spreadsheet of `locale`. The pattern's "," and
 * "." are Sheets' own codes for grouping and the decimal point; the spreadsheet's locale draws them.
 * A currency that is not a three-letter code gets the digits alone.
 */
export function moneyFormat(currency: string, locale: LocaleFacts): string {
  const style = moneyStyle(currency, locale);
  const digits = style.decimals === 0 ? '#,##0' : '#,##0.00';
  if (!/^[A-Z]{3}$/.test(currency)) return digits;
  const gap = style.space ? NBSP : '';
  return style.before ? `"${style.symbol}${gap}"${digits}` : `${digits}"${gap}${style.symbol}"`;
}

/** An amount as `locale` writes it in `currency` by the table: "10.000,00 $" in de_DE. */
export function moneyText(value: number, currency: string, locale: LocaleFacts): string {
  const style = moneyStyle(currency, locale);
  const [whole, fraction] = Math.abs(value).toFixed(style.decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, locale.grouping);
  const digits = fraction === undefined ? grouped : `${grouped}${locale.decimal}${fraction}`;
  return `${value < 0 ? '-' : ''}${placeMoney(digits, style)}`;
}

const EN_US = localeFacts('en_US');

/**
 * A number format as the core's plans write it (money placed as en_US places it, see
 * `moneyFormat`), for a spreadsheet of `locale`: a money format is placed as `locale` places it;
 * every other format is left as it is.
 */
export function numberFormatInLocale(pattern: string, locale: LocaleFacts): string {
  const m = /^"([^"]+)"#,##0(\.00)?$/.exec(pattern);
  if (m === null) return pattern;
  const text = m[1].trim();
  const currency = /^[A-Z]{3}$/.test(text) ? text : Object.keys(SYMBOLS).find((c) => SYMBOLS[c] === text);
  if (currency === undefined || moneyFormat(currency, EN_US) !== pattern) return pattern;
  return moneyFormat(currency, locale);
}

/** The format of amounts in `currency` in a plan, placed as en_US places it until the plan is applied. */
export function planMoneyFormat(currency: string): string {
  return moneyFormat(currency, EN_US);
}
