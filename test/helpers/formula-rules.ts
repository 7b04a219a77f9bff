/**
 * Reads formula text the way a reviewer would and lists what breaks the house rules for KPI
 * formulas: no volatile functions, no whole-column or whole-row references, no IF inside an IF,
 * no numbers but 0, 1, 12 and 1000, only functions that Sheets, LibreOffice and Excel compute
 * alike, IFERROR only around IRR and IFNA only around INDEX. Also turns A1 references into
 * R1C1 text, so "the same formula across a row" can be compared.
 */
import { columnToLetters, lettersToColumn } from './a1';

export type Token =
  | { type: 'string'; text: string }
  | { type: 'number'; text: string }
  | { type: 'ref'; text: string }
  | { type: 'function'; text: string }
  | { type: 'name'; text: string }
  | { type: 'op'; text: string };

const REF =
  /^(?:(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_]*)!)?(?:\$?[A-Za-z]{1,3}\$?[0-9]+(?::\$?[A-Za-z]{1,3}\$?[0-9]+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?[0-9]+:\$?[0-9]+)/;

export function tokenize(formula: string): Token[] {
  if (!formula.startsWith('=')) throw new Error(`Not a formula: ${formula}`);
  const tokens: Token[] = [];
  let s = formula.slice(1);
  while (s.length > 0) {
    let m: RegExpExecArray | null;
    if (s[0] === '"') {
      m = /^"(?:[^"]|"")*"/.exec(s);
      if (!m) throw new Error(`Unclosed string in ${formula}`);
      tokens.push({ type: 'string', text: m[0] });
    } else if ((m = /^[A-Za-z_][A-Za-z0-9_.]*(?=\()/.exec(s))) {
      tokens.push({ type: 'function', text: m[0].toUpperCase() });
    } else if ((m = REF.exec(s)) && !/^[A-Za-z0-9_]/.test(s.slice(m[0].length))) {
      tokens.push({ type: 'ref', text: m[0] });
    } else if ((m = /^[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(s))) {
      tokens.push({ type: 'number', text: m[0] });
    } else if ((m = /^(?:TRUE|FALSE)\b/i.exec(s))) {
      tokens.push({ type: 'name', text: m[0].toUpperCase() });
    } else if ((m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(s))) {
      tokens.push({ type: 'name', text: m[0] });
    } else if ((m = /^(?:<>|<=|>=|[-+*/^&=<>(),:;])/.exec(s))) {
      tokens.push({ type: 'op', text: m[0] });
    } else if ((m = /^\s+/.exec(s))) {
      // spaces between tokens carry no meaning
    } else {
      throw new Error(`Cannot read "${s}" in ${formula}`);
    }
    s = s.slice(m[0].length);
  }
  return tokens;
}

/** Functions every engine we support computes alike, as the finance formulas use them. */
export const PORTABLE_FUNCTIONS = new Set([
  'ABS',
  'ADDRESS',
  'AND',
  'COLUMN',
  'COUNT',
  'COUNTA',
  'COUNTIF',
  'COUNTIFS',
  'IF',
  'IFERROR',
  'IFNA',
  'INDEX',
  'IRR',
  'ISERROR',
  'ISNA',
  'ISNUMBER',
  'ISTEXT',
  'MATCH',
  'MAX',
  'MIN',
  'NOT',
  'NPV',
  'OR',
  'REPT',
  'ROUND',
  'ROW',
  'ROWS',
  'SUBSTITUTE',
  'SUM',
  'SUMIF',
  'SUMIFS',
  'SUMPRODUCT',
]);
export const VOLATILE_FUNCTIONS = new Set([
  'NOW',
  'TODAY',
  'RAND',
  'RANDBETWEEN',
  'RANDARRAY',
  'INDIRECT',
  'OFFSET',
  'CELL',
  'INFO',
]);
export const ALLOWED_NUMBERS = new Set([0, 1, 12, 1000]);

/** Every rule the formula breaks, in words; empty when it keeps them all. */
export function ruleBreaches(formula: string): string[] {
  const tokens = tokenize(formula);
  const breaches: string[] = [];
  // Stack of open calls: the function name, or '(' for a plain bracket.
  const open: string[] = [];
  tokens.forEach((t, i) => {
    if (t.type === 'function') {
      if (VOLATILE_FUNCTIONS.has(t.text)) breaches.push(`volatile function ${t.text}`);
      if (!PORTABLE_FUNCTIONS.has(t.text)) breaches.push(`function ${t.text} is not on the portable list`);
      if (t.text === 'IF' && open.includes('IF')) breaches.push('IF nested in IF');
      const inner = tokens[i + 2];
      if (t.text === 'IFERROR' && !(inner?.type === 'function' && inner.text === 'IRR'))
        breaches.push('IFERROR around something other than IRR');
      if (t.text === 'IFNA' && !(inner?.type === 'function' && inner.text === 'INDEX'))
        breaches.push('IFNA around something other than INDEX');
      open.push(t.text);
    } else if (t.type === 'op' && t.text === '(') {
      if (tokens[i - 1]?.type !== 'function') open.push('(');
    } else if (t.type === 'op' && t.text === ')') {
      open.pop();
    } else if (t.type === 'number') {
      if (!ALLOWED_NUMBERS.has(Number(t.text))) breaches.push(`constant ${t.text} inside a formula`);
    } else if (t.type === 'ref') {
      const local = t.text.includes('!') ? t.text.slice(t.text.lastIndexOf('!') + 1) : t.text;
      if (/^\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}$/.test(local)) breaches.push(`whole-column reference ${t.text}`);
      if (/^\$?[0-9]+:\$?[0-9]+$/.test(local)) breaches.push(`whole-row reference ${t.text}`);
    }
  });
  return breaches;
}

/** The formula with every A1 reference written relative to (row, column), as R1C1 text. */
export function toR1C1(formula: string, row: number, column: number): string {
  return `=${tokenize(formula)
    .map((t) => {
      if (t.type !== 'ref') return t.text;
      return t.text.replace(
        /(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)/g,
        (_m, absC: string, letters: string, absR: string, digits: string) => {
          const r = Number(digits);
          const c = lettersToColumn(letters);
          const rowPart = absR ? `R${r}` : `R[${r - row}]`;
          const colPart = absC ? `C${c}` : `C[${c - column}]`;
          return rowPart + colPart;
        },
      );
    })
    .join('')}`;
}

/** Cell positions a formula refers to (ranges expanded to their corners only). */
export function referencedCells(formula: string): string[] {
  return tokenize(formula)
    .filter((t) => t.type === 'ref')
    .flatMap((t) => t.text.split(':'))
    .map((x) => x.replace(/\$/g, ''));
}

export { columnToLetters };
