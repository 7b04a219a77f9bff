import type { NumberStyle } from './api';

/**
 * What a spreadsheet's locale (File → Settings → Locale, `getSpreadsheetLocale()`) changes for the
 * add-on: how formulas separate their arguments and how numbers are written. In a comma-decimal
 * locale such as de_DE the decimal separator is "," and formulas separate arguments with ";".
 */
export interface LocaleFacts {
  /** The locale code as Sheets gives it, e.g. "de_DE". */
  code: string;
  decimal: '.' | ',';
  /** Between thousands when a number is shown: "," in en_US, "." in de_DE, a space in fr_FR. */
  grouping: string;
  /** Between a function's arguments in a formula. */
  argumentSeparator: ',' | ';';
  /** The currency a new canvas starts with. */
  currency: string;
}

type Row = [decimal: '.' | ',', grouping: string, currency: string];

const NBSP = '\u00a0';

/**
 * By locale code. A code not listed falls back to the first listed locale of its language (so each
 * language's usual locale comes first), then to en_US.
 */
const LOCALES: Readonly<Record<string, Row>> = {
  en_US: ['.', ',', 'USD'],
  en_GB: ['.', ',', 'GBP'],
  en_AU: ['.', ',', 'AUD'],
  en_CA: ['.', ',', 'CAD'],
  en_IN: ['.', ',', 'INR'],
  en_IE: ['.', ',', 'EUR'],
  en_ZA: [',', NBSP, 'ZAR'],
  de_DE: [',', '.', 'EUR'],
  de_AT: [',', NBSP, 'EUR'],
  de_CH: ['.', '’', 'CHF'],
  fr_FR: [',', NBSP, 'EUR'],
  fr_CA: [',', NBSP, 'CAD'],
  fr_CH: [',', NBSP, 'CHF'],
  it_IT: [',', '.', 'EUR'],
  es_ES: [',', '.', 'EUR'],
  es_MX: ['.', ',', 'MXN'],
  pt_BR: [',', '.', 'BRL'],
  pt_PT: [',', NBSP, 'EUR'],
  nl_NL: [',', '.', 'EUR'],
  pl_PL: [',', NBSP, 'PLN'],
  sv_SE: [',', NBSP, 'SEK'],
  da_DK: [',', '.', 'DKK'],
  nb_NO: [',', NBSP, 'NOK'],
  fi_FI: [',', NBSP, 'EUR'],
  cs_CZ: [',', NBSP, 'CZK'],
  tr_TR: [',', '.', 'TRY'],
  ru_RU: [',', NBSP, 'RUB'],
  ja_JP: ['.', ',', 'JPY'],
  zh_CN: ['.', ',', 'CNY'],
  ko_KR: ['.', ',', 'KRW'],
};

/** The facts of a locale code ("de_DE", also "de-DE" or "de"). */
export function localeFacts(code: string): LocaleFacts {
  const normal = code.replace('-', '_');
  const language = normal.split('_')[0].toLowerCase();
  const known = LOCALES[normal] ? normal : (Object.keys(LOCALES).find((k) => k.startsWith(`${language}_`)) ?? 'en_US');
  const [decimal, grouping, currency] = LOCALES[known];
  return { code: known, decimal, grouping, argumentSeparator: decimal === ',' ? ';' : ',', currency };
}

/**
 * A formula built with en_US separators, written for `locale`: in a comma-decimal locale every ","
 * between arguments becomes ";" and every decimal point a ",". Text in double quotes and sheet
 * names in single quotes are left alone. Only for formulas the core built: a formula read back
 * from the sheet is already in the sheet's own syntax.
 */
export function formulaInLocale(formula: string, locale: LocaleFacts): string {
  if (locale.decimal === '.') return formula;
  let out = '';
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (quote !== null) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ',') {
      out += ';';
      continue;
    } else if (ch === '.' && /\d/.test(formula[i - 1] ?? '') && /\d/.test(formula[i + 1] ?? '')) {
      out += ',';
      continue;
    }
    out += ch;
  }
  return out;
}

/** The sidebar's view of a locale: how numbers are typed and shown. */
export function numberStyleOf(locale: LocaleFacts): NumberStyle {
  return { locale: locale.code.replace('_', '-'), decimal: locale.decimal, grouping: locale.grouping };
}
