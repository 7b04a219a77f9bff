/**
 * How numbers read in the sidebar: money in the canvas's currency, shares as percentages, all
 * written as the spreadsheet's locale writes them (not the browser's), and typed numbers read the
 * same way, so that "12,5" in a German spreadsheet is twelve and a half, never 125.
 */
import type { KpiValue, NumberStyle } from '../src/core/api';
import { moneyStyle, placeMoney } from '../src/core/money';

const DASH = '—';

declare global {
  interface Window {
    /** Set by the page the server sends (src/gas/menu.ts); absent where the page is opened alone. */
    bmcNumberStyle?: NumberStyle;
  }
}

const EN_US: NumberStyle = { locale: 'en-US', decimal: '.', grouping: ',' };

let chosen: NumberStyle | null = null;

/**
 * The style in use, looked up at each use: the page's script that sets it is appended after the
 * sidebar's own, so it is not there yet when this module loads.
 */
function style(): NumberStyle {
  return chosen ?? (typeof window !== 'undefined' ? window.bmcNumberStyle : undefined) ?? EN_US;
}

/** Shows and reads numbers as this style does, whatever the page was given. */
export function useNumberStyle(next: NumberStyle): void {
  chosen = next;
}

/** An amount as the sheet's money format shows it: the symbol placed as the spreadsheet's locale places it. */
export function money(value: KpiValue, currency: string): string {
  if (value === null) return DASH;
  if (typeof value === 'string') return value;
  const m = moneyStyle(currency, style().locale);
  const digits = new Intl.NumberFormat(style().locale, {
    minimumFractionDigits: m.decimals,
    maximumFractionDigits: m.decimals,
  }).format(Math.abs(value));
  return `${value < 0 && /[1-9]/.test(digits) ? '-' : ''}${placeMoney(digits, m)}`;
}

/** A share as a percentage: one decimal for a figure, up to four where a field shows what was typed. */
export function percent(value: KpiValue, decimals = 1): string {
  if (value === null) return DASH;
  if (typeof value === 'string') return value;
  return new Intl.NumberFormat(style().locale, { style: 'percent', maximumFractionDigits: decimals }).format(value);
}

export function number(value: number | null): string {
  if (value === null) return DASH;
  return new Intl.NumberFormat(style().locale, { maximumFractionDigits: 4 }).format(value);
}

/** The minus sign the sidebar's own hints print ("−5"), and the spaces French grouping uses. */
const MINUS = /\u2212/g;
const SPACES = /[\s\u00a0\u202f]/g;

/**
 * A number as typed into a field, in the spreadsheet's locale: empty is null ("not given yet");
 * thousands separators are allowed where they group by three. "ambiguous" is an entry that reads
 * as another number elsewhere, such as "12.5" where the decimal separator is "," (there "." only
 * groups thousands): it is refused rather than guessed.
 */
export function parseNumber(typed: string): number | null | 'not a number' | 'ambiguous' {
  const t = typed.trim().replace(MINUS, '-').replace(SPACES, '');
  if (t === '') return null;
  const { decimal } = style();
  // French grouping is a space, already gone; otherwise "," or ".".
  const grouping = style().grouping.replace(SPACES, '');
  const escaped = (c: string) => (c === '.' ? '\\.' : c);
  const d = escaped(decimal);
  const value = () => Number((grouping === '' ? t : t.split(grouping).join('')).replace(decimal, '.'));
  if (new RegExp(`^[+-]?(\\d+${d}?\\d*|${d}\\d+)([eE][+-]?\\d+)?$`).test(t)) return value();
  const grouped = new RegExp(`^[+-]?\\d{1,3}(${escaped(grouping)}\\d{3})+(${d}\\d+)?$`);
  if (grouping !== '' && grouped.test(t)) return value();
  if (new RegExp(`^[+-]?\\d*${escaped(decimal === '.' ? ',' : '.')}\\d+$`).test(t)) return 'ambiguous';
  return 'not a number';
}

/** What to say about an ambiguous entry: how a decimal is written in this spreadsheet. */
export function ambiguityNote(typed: string): string {
  const t = typed.trim();
  const { decimal } = style();
  const asDecimal = t.replace(decimal === '.' ? ',' : '.', decimal);
  return `"${t}" could mean two different numbers; in this spreadsheet a decimal is written ${asDecimal}`;
}

/** A number as typed, with the percent sign as the spreadsheet's locale writes it: "12%", "12 %" in de_DE. */
export function withPercentSign(typedNumber: string): string {
  return new Intl.NumberFormat(style().locale, { style: 'percent' })
    .formatToParts(0.01)
    .map((p) => (p.type === 'integer' ? typedNumber : p.value))
    .join('');
}

/** A percent sign at the end, with or without a space before it (French writes a narrow one), or at the start (Turkish). */
const PERCENT_SIGN = /[\s\u00a0\u202f]*%$|^%[\s\u00a0\u202f]*/;

/**
 * A share as typed into a field that shows a percent: "12%", "12 %" and "0.12" all read 0.12
 * ("12,5 %" in de_DE is 0.125). `percentTyped` says whether a % sign came with it: a bare number
 * above 1 there is a share of more than 100 %, most likely a percent without its sign.
 */
export function parseShare(
  typed: string,
): { value: number | null; percentTyped: boolean } | 'not a number' | 'ambiguous' {
  const percentTyped = PERCENT_SIGN.test(typed.trim());
  const parsed = parseNumber(typed.trim().replace(PERCENT_SIGN, ''));
  if (typeof parsed === 'string') return parsed;
  if (percentTyped && parsed === null) return 'not a number';
  if (parsed === null || !percentTyped) return { value: parsed, percentTyped };
  return { value: Number((parsed / 100).toPrecision(15)), percentTyped };
}
