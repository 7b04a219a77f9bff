/**
 * Displays a number the way Sheets does for a cell's number format. Supported:
 * - "General" (and no format, "@"): up to 10 significant digits, 1.23E+15 style for very large or small.
 * - digit placeholders 0 # ?, decimal point, thousands grouping ",", trailing "," scaling by 1000,
 *   percent "%", scientific "0.00E+00";
 * - literals: "quoted text", \x escapes, currency brackets [$€] / [$€-407], other characters as-is,
 *   "_x" (a space) and "*x" (fill, dropped); colour and condition brackets are ignored;
 * - up to three sections positive;negative;zero (a negative number in a one-section format gets "-");
 * - dates and times (date-format.ts).
 * Not supported: fractions ("# ?/?"), conditions ([>100]), elapsed time ([h]), text sections.
 * As in Sheets, the pattern's "," and "." are codes: the spreadsheet's locale draws the grouping and
 * the decimal point (1.234,50 in de_DE), taken from Node's locale data rather than the add-on's
 * table. Everything else, a currency symbol included, shows where the pattern puts it.
 */
import { formatDateSerial } from './date-format';
import { splitSections } from './format-sections';

/** The pattern with quoted text, escapes and brackets removed: what is left are the codes. */
function codesOf(section: string): string {
  return section.replace(/"[^"]*"?|\\.|_.|\*.|\[[^\]]*\]?/g, '');
}

export function isGeneralFormat(pattern: string | null | undefined): boolean {
  return !pattern || pattern === '@' || /^general$/i.test(pattern.trim());
}

export function isDateFormat(pattern: string | null | undefined): boolean {
  if (isGeneralFormat(pattern)) return false;
  const codes = codesOf(splitSections(pattern as string)[0]);
  return /[dmyhs]/i.test(codes) && !/[0#?]/.test(codes.replace(/s+\.0+/gi, ''));
}

/** How a locale draws the grouping and the decimal point of a number format. */
export interface Separators {
  decimal: string;
  grouping: string;
}

const EN_US: Separators = { decimal: '.', grouping: ',' };

/** The separators of `locale` ("de_DE") by Node's locale data. */
export function separatorsOf(locale: string): Separators {
  const parts = new Intl.NumberFormat(locale.replace('_', '-')).formatToParts(1234567.5);
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    grouping: parts.find((p) => p.type === 'group')?.value ?? ',',
  };
}

export function formatGeneral(n: number, separators: Separators = EN_US): string {
  if (n === 0) return '0';
  const abs = Math.abs(n);
  if (Number.isInteger(n) && abs < 1e15) return String(n);
  const text = String(Number(n.toPrecision(10)));
  if (abs < 1e15 && abs >= 1e-9 && !text.includes('e')) return text.replace('.', separators.decimal);
  const [mantissa, exp] = n.toExponential(5).split('e');
  const e = Number(exp);
  const digits = String(Number(mantissa)).replace('.', separators.decimal);
  return `${digits}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

function roundHalfAway(v: number, decimals: number): number {
  if (String(v).includes('e')) return Number(v.toFixed(decimals));
  return Number(`${Math.round(Number(`${v}e${decimals}`))}e-${decimals}`);
}

interface NumberSection {
  before: string;
  after: string;
  intPattern: string;
  fracPattern: string;
  hasPoint: boolean;
  grouping: boolean;
  scaleThousands: number;
  percent: number;
  exponentDigits: number | null;
}

function parseNumberSection(section: string): NumberSection {
  const s: NumberSection = {
    before: '',
    after: '',
    intPattern: '',
    fracPattern: '',
    hasPoint: false,
    grouping: false,
    scaleThousands: 0,
    percent: 0,
    exponentDigits: null,
  };
  type State = 'before' | 'int' | 'frac' | 'exp' | 'after';
  let state = 'before' as State;
  const literal = (text: string) => {
    if (state === 'before') s.before += text;
    else {
      state = 'after';
      s.after += text;
    }
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    const next = section[i + 1] ?? '';
    if (ch === '"') {
      const close = section.indexOf('"', i + 1);
      const end = close < 0 ? section.length : close;
      literal(section.slice(i + 1, end));
      i = end;
    } else if (ch === '\\') {
      literal(next);
      i++;
    } else if (ch === '_') {
      literal(' ');
      i++;
    } else if (ch === '*') {
      i++;
    } else if (ch === '[') {
      const close = section.indexOf(']', i + 1);
      const end = close < 0 ? section.length : close;
      const inside = section.slice(i + 1, end);
      if (inside.startsWith('$')) literal(inside.slice(1).split('-')[0]);
      i = end;
    } else if (ch === '%') {
      s.percent++;
      literal('%');
    } else if ('0#?'.includes(ch) && state !== 'after') {
      if (state === 'before') state = 'int';
      if (state === 'int') s.intPattern += ch;
      else if (state === 'frac') s.fracPattern += ch;
      else s.exponentDigits = (s.exponentDigits ?? 0) + 1;
    } else if (ch === '.' && (state === 'int' || (state === 'before' && '0#?'.includes(next)))) {
      state = 'frac';
      s.hasPoint = true;
    } else if (ch === ',' && state === 'int') {
      if ('0#?'.includes(next)) s.grouping = true;
      else s.scaleThousands++;
    } else if ((ch === 'E' || ch === 'e') && (next === '+' || next === '-') && (state === 'int' || state === 'frac')) {
      state = 'exp';
      s.exponentDigits = 0;
      i++;
    } else if (ch === '@') {
      // A text placeholder: numbers ignore it.
    } else {
      literal(ch);
    }
  }
  return s;
}

function groupThousands(digits: string, grouping: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, grouping);
}

function renderNumber(abs: number, s: NumberSection, separators: Separators): string {
  let v = (abs * 100 ** s.percent) / 1000 ** s.scaleThousands;
  let exponent = '';
  if (s.exponentDigits !== null) {
    const intDigits = Math.max(1, s.intPattern.length);
    const e = v === 0 ? 0 : Math.floor(Math.log10(v)) - (intDigits - 1);
    v = v / 10 ** e;
    exponent = `E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(s.exponentDigits, '0')}`;
  }
  const decimals = s.fracPattern.length;
  const fixed = roundHalfAway(v, decimals).toFixed(decimals);
  let [intText, fracText = ''] = fixed.split('.');
  const chars = fracText.split('');
  for (let i = chars.length - 1; i >= 0 && chars[i] === '0' && s.fracPattern[i] !== '0'; i--) {
    chars[i] = s.fracPattern[i] === '?' ? ' ' : '';
  }
  fracText = chars.join('');
  const minInt = s.intPattern.replace(/[#?]/g, '').length;
  if (intText === '0' && minInt === 0) intText = '';
  intText = intText.padStart(minInt, '0');
  if (s.grouping) intText = groupThousands(intText, separators.grouping);
  return intText + (s.hasPoint ? `${separators.decimal}${fracText}` : '') + exponent;
}

function isAllZero(text: string): boolean {
  return !/[1-9]/.test(text);
}

function formatWithPattern(n: number, pattern: string, separators: Separators): string {
  const sections = splitSections(pattern);
  let section = sections[0];
  let minus = false;
  if (n < 0 && sections.length >= 2) section = sections[1];
  else if (n === 0 && sections.length >= 3) section = sections[2];
  else minus = n < 0;
  if (/^general$/i.test(section.trim())) return formatGeneral(n, separators);
  const parsed = parseNumberSection(section);
  if (!parsed.intPattern && !parsed.fracPattern) return parsed.before + parsed.after;
  const body = renderNumber(Math.abs(n), parsed, separators);
  const sign = minus && !isAllZero(body) ? '-' : '';
  return sign + parsed.before + body + parsed.after;
}

/**
 * A number as displayed under `pattern` (null or "General" for the automatic format), with the
 * separators of the spreadsheet's locale.
 */
export function formatNumber(n: number, pattern: string | null | undefined, separators: Separators = EN_US): string {
  if (isGeneralFormat(pattern)) return formatGeneral(n, separators);
  if (isDateFormat(pattern)) return formatDateSerial(n, pattern as string);
  return formatWithPattern(n, pattern as string, separators);
}

/** The format Sheets gives a date it recognised without one being set. */
export const DEFAULT_DATE_FORMAT = 'M/d/yyyy';
