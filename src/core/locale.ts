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
  /** How the locale writes that currency: "€" in de_DE, "￥" in ja_JP, "$" for CAD in en_CA. */
  currencySymbol: string;
  /** Where the locale puts a currency's symbol: "$1.00", "€ 1,00", "1,00 €". */
  currencyPlacement: CurrencyPlacement;
}

export type CurrencyPlacement = 'before' | 'before-space' | 'after-space';

type Row = [
  decimal: '.' | ',',
  grouping: string,
  currency: string,
  currencySymbol: string,
  currencyPlacement: CurrencyPlacement,
];

const NBSP = '\u00a0';

/**
 * By locale code. A code not listed falls back to the first listed locale of its language (so each
 * language's usual locale comes first), then to en_US.
 */
const LOCALES: Readonly<Record<string, Row>> = {
  en_US: ['.', ',', 'USD', '$', 'before'],
  en_GB: ['.', ',', 'GBP', '£', 'before'],
  en_AU: ['.', ',', 'AUD', '$', 'before'],
  en_CA: ['.', ',', 'CAD', '$', 'before'],
  en_IN: ['.', ',', 'INR', '₹', 'before'],
  en_IE: ['.', ',', 'EUR', '€', 'before'],
  en_ZA: [',', NBSP, 'ZAR', 'R', 'before-space'],
  de_DE: [',', '.', 'EUR', '€', 'after-space'],
  de_AT: [',', NBSP, 'EUR', '€', 'before-space'],
  de_CH: ['.', '’', 'CHF', 'CHF', 'before-space'],
  fr_FR: [',', NBSP, 'EUR', '€', 'after-space'],
  fr_CA: [',', NBSP, 'CAD', '$', 'after-space'],
  fr_CH: [',', NBSP, 'CHF', 'CHF', 'after-space'],
  it_IT: [',', '.', 'EUR', '€', 'after-space'],
  es_ES: [',', '.', 'EUR', '€', 'after-space'],
  es_MX: ['.', ',', 'MXN', '$', 'before'],
  pt_BR: [',', '.', 'BRL', 'R$', 'before-space'],
  pt_PT: [',', NBSP, 'EUR', '€', 'after-space'],
  nl_NL: [',', '.', 'EUR', '€', 'before-space'],
  pl_PL: [',', NBSP, 'PLN', 'zł', 'after-space'],
  sv_SE: [',', NBSP, 'SEK', 'kr', 'after-space'],
  da_DK: [',', '.', 'DKK', 'kr.', 'after-space'],
  nb_NO: [',', NBSP, 'NOK', 'kr', 'after-space'],
  fi_FI: [',', NBSP, 'EUR', '€', 'after-space'],
  cs_CZ: [',', NBSP, 'CZK', 'Kč', 'after-space'],
  tr_TR: [',', '.', 'TRY', '₺', 'before'],
  ru_RU: [',', NBSP, 'RUB', '₽', 'after-space'],
  ja_JP: ['.', ',', 'JPY', '￥', 'before'],
  zh_CN: ['.', ',', 'CNY', '¥', 'before'],
  ko_KR: ['.', ',', 'KRW', '₩', 'before'],
};

/** The facts of a locale code ("de_DE", also "de-DE" or "de"). */
export function localeFacts(code: string): LocaleFacts {
  const normal = code.replace('-', '_');
  const language = normal.split('_')[0].toLowerCase();
  const known = LOCALES[normal] ? normal : (Object.keys(LOCALES).find((k) => k.startsWith(`${language}_`)) ?? 'en_US');
  const [decimal, grouping, currency, currencySymbol, currencyPlacement] = LOCALES[known];
  return {
    code: known,
    decimal,
    grouping,
    argumentSeparator: decimal === ',' ? ';' : ',',
    currency,
    currencySymbol,
    currencyPlacement,
  };
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

/**
 * How the spreadsheet's locale writes numbers, so that the sidebar reads and shows them alike. It
 * comes with the sidebar's page as `window.bmcNumberStyle`, so no server call asks for it.
 */
export interface NumberStyle {
  /** A BCP 47 tag for Intl.NumberFormat, e.g. "de-DE". */
  locale: string;
  decimal: '.' | ',';
  /** Between thousands: "," in en_US, "." in de_DE, a no-break space in fr_FR. */
  grouping: string;
}
