/**
 * Formulas are built, never concatenated by hand: a tiny expression tree and one printer.
 * References come from positions (rows and columns from the layout), so no A1 text is typed
 * anywhere else, and the printer adds exactly the parentheses the tree needs.
 *
 * @example
 *   const revenue = cell(5, 4, ABS);
 *   formula(IF(eq(revenue, 0), 'n/a', div(cell(6, 4, ABS), revenue)))  // '=IF($D$5=0,"n/a",$D$6/$D$5)'
 */
import { columnLetter } from './a1';
import { FormulaCell } from './plan';

/** Formula text starting with "=", made only by `formula()`. */
export type Formula = string & { readonly __brand: 'Formula' };

/** Which parts of a reference carry a "$". */
export interface Anchor {
  row: boolean;
  column: boolean;
}

export const REL: Anchor = Object.freeze({ row: false, column: false });
export const ABS: Anchor = Object.freeze({ row: true, column: true });
/** $ on the row only (the column moves when the formula is copied across). */
export const ABS_ROW: Anchor = Object.freeze({ row: true, column: false });
/** $ on the column only. */
export const ABS_COLUMN: Anchor = Object.freeze({ row: false, column: true });

/**
 * Functions a formula may call. Every one is computed alike by Google Sheets, LibreOffice and
 * Excel; the set is closed on purpose (no LET, XLOOKUP, FILTER, SEQUENCE, SPARKLINE, nothing volatile).
 */
export const FUNCTIONS = [
  'ABS',
  'ADDRESS',
  'AND',
  'CHAR',
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
  'TEXTJOIN',
] as const;
export type FunctionName = (typeof FUNCTIONS)[number];

export type BinaryOp = '+' | '-' | '*' | '/' | '^' | '&' | '=' | '<>' | '<' | '<=' | '>' | '>=';

export type Expr =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'ref'; readonly text: string }
  | { readonly kind: 'call'; readonly fn: FunctionName; readonly args: readonly Expr[] }
  | { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'negate'; readonly operand: Expr };

/** Anything a builder accepts as an operand: numbers, booleans and strings become literals. */
export type Operand = Expr | number | string | boolean;

function lift(x: Operand): Expr {
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) throw new Error(`A formula cannot hold the number ${x}`);
    return x < 0 ? { kind: 'negate', operand: { kind: 'number', value: -x } } : { kind: 'number', value: x };
  }
  if (typeof x === 'string') return { kind: 'text', value: x };
  if (typeof x === 'boolean') return { kind: 'boolean', value: x };
  return x;
}

// ---------------------------------------------------------------- references

function part(anchor: boolean): string {
  return anchor ? '$' : '';
}

/** One cell's A1 text with its anchors, e.g. referenceText(3, 2, ABS_ROW) → B$3. */
export function referenceText(row: number, column: number, anchor: Anchor): string {
  if (!Number.isInteger(row) || row < 1) throw new Error(`Bad row ${row}`);
  return `${part(anchor.column)}${columnLetter(column)}${part(anchor.row)}${row}`;
}

/** One cell, e.g. cell(3, 2) → B3, cell(3, 2, ABS) → $B$3. */
export function cell(row: number, column: number, anchor: Anchor = REL): Expr {
  return { kind: 'ref', text: referenceText(row, column, anchor) };
}

/** A rectangle of cells given by its corners, e.g. range(3, 2, 5, 2, ABS) → $B$3:$B$5. */
export function range(row: number, column: number, lastRow: number, lastColumn: number, anchor: Anchor = REL): Expr {
  if (lastRow < row || lastColumn < column) throw new Error(`Bad range ${row},${column}:${lastRow},${lastColumn}`);
  return { kind: 'ref', text: `${referenceText(row, column, anchor)}:${referenceText(lastRow, lastColumn, anchor)}` };
}

/** The rectangle between two cells, each with its own anchoring, e.g. C5:$AL$5. */
export function rangeBetween(from: Expr, to: Expr): Expr {
  if (from.kind !== 'ref' || to.kind !== 'ref') throw new Error('rangeBetween takes two cells');
  return { kind: 'ref', text: `${from.text}:${to.text}` };
}

/** A sheet name as a formula writes it: quoted unless it is a plain word that cannot read as a reference. */
export function quoteSheetName(name: string): string {
  if (name === '') throw new Error('A sheet name cannot be empty');
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
  const looksLikeRef =
    /^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^R[0-9]*C[0-9]*$/i.test(name) || /^(TRUE|FALSE)$/i.test(name);
  return plain && !looksLikeRef ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A reference on another sheet, e.g. onSheet("Acme's", cell(1, 1)) → 'Acme''s'!A1. */
export function onSheet(sheetName: string, ref: Expr): Expr {
  if (ref.kind !== 'ref') throw new Error('onSheet takes a cell or range reference');
  return { kind: 'ref', text: `${quoteSheetName(sheetName)}!${ref.text}` };
}

/** A named range, e.g. named("Acme_Revenue"). */
export function named(name: string): Expr {
  if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) throw new Error(`Bad range name ${name}`);
  return { kind: 'ref', text: name };
}

// ---------------------------------------------------------------- operators

function binary(op: BinaryOp, left: Operand, right: Operand): Expr {
  return { kind: 'binary', op, left: lift(left), right: lift(right) };
}

function chain(op: BinaryOp, first: Operand, rest: Operand[]): Expr {
  return rest.reduce<Expr>((acc, x) => binary(op, acc, x), lift(first));
}

export const add = (a: Operand, ...rest: Operand[]): Expr => chain('+', a, rest);
export const sub = (a: Operand, b: Operand): Expr => binary('-', a, b);
export const mul = (a: Operand, ...rest: Operand[]): Expr => chain('*', a, rest);
export const div = (a: Operand, b: Operand): Expr => binary('/', a, b);
export const pow = (a: Operand, b: Operand): Expr => binary('^', a, b);
export const concat = (a: Operand, ...rest: Operand[]): Expr => chain('&', a, rest);
export const eq = (a: Operand, b: Operand): Expr => binary('=', a, b);
export const ne = (a: Operand, b: Operand): Expr => binary('<>', a, b);
export const lt = (a: Operand, b: Operand): Expr => binary('<', a, b);
export const le = (a: Operand, b: Operand): Expr => binary('<=', a, b);
export const gt = (a: Operand, b: Operand): Expr => binary('>', a, b);
export const ge = (a: Operand, b: Operand): Expr => binary('>=', a, b);
export const neg = (a: Operand): Expr => ({ kind: 'negate', operand: lift(a) });

// ---------------------------------------------------------------- functions

export function call(fn: FunctionName, ...args: Operand[]): Expr {
  return { kind: 'call', fn, args: args.map(lift) };
}

export const SUM = (...a: Operand[]) => call('SUM', ...a);
export const SUMIF = (rng: Expr, criterion: Operand, sumRange: Expr) => call('SUMIF', rng, criterion, sumRange);
export const SUMIFS = (sumRange: Expr, ...pairs: [Expr, Operand][]) => call('SUMIFS', sumRange, ...pairs.flat());
export const SUMPRODUCT = (...a: Operand[]) => call('SUMPRODUCT', ...a);
export const COUNT = (...a: Operand[]) => call('COUNT', ...a);
export const COUNTA = (...a: Operand[]) => call('COUNTA', ...a);
export const COUNTIF = (rng: Expr, criterion: Operand) => call('COUNTIF', rng, criterion);
export const COUNTIFS = (...pairs: [Expr, Operand][]) => call('COUNTIFS', ...pairs.flat());
export const IF = (test: Operand, then: Operand, otherwise: Operand) => call('IF', test, then, otherwise);
export const IFERROR = (value: Operand, fallback: Operand) => call('IFERROR', value, fallback);
export const IFNA = (value: Operand, fallback: Operand) => call('IFNA', value, fallback);
export const INDEX = (rng: Expr, row: Operand, column?: Operand) =>
  column === undefined ? call('INDEX', rng, row) : call('INDEX', rng, row, column);
/** Exact-match position of `value` in `rng` (match type 0). */
export const MATCH = (value: Operand, rng: Expr) => call('MATCH', value, rng, 0);
export const NPV = (rate: Operand, ...flows: Operand[]) => call('NPV', rate, ...flows);
export const IRR = (flows: Expr, guess?: Operand) =>
  guess === undefined ? call('IRR', flows) : call('IRR', flows, guess);
export const MIN = (...a: Operand[]) => call('MIN', ...a);
export const MAX = (...a: Operand[]) => call('MAX', ...a);
export const ROUND = (x: Operand, digits: Operand) => call('ROUND', x, digits);
export const ROWS = (rng: Expr) => call('ROWS', rng);
export const AND = (...a: Operand[]) => call('AND', ...a);
export const OR = (...a: Operand[]) => call('OR', ...a);
export const NOT = (a: Operand) => call('NOT', a);
export const ISNUMBER = (a: Operand) => call('ISNUMBER', a);
export const ISTEXT = (a: Operand) => call('ISTEXT', a);
export const ISNA = (a: Operand) => call('ISNA', a);
export const ISERROR = (a: Operand) => call('ISERROR', a);
export const REPT = (text: Operand, times: Operand) => call('REPT', text, times);
export const SUBSTITUTE = (text: Operand, old: Operand, replacement: Operand) =>
  call('SUBSTITUTE', text, old, replacement);
export const CHAR = (code: Operand) => call('CHAR', code);
export const TEXTJOIN = (delimiter: Operand, ignoreEmpty: boolean, ...texts: Operand[]) =>
  call('TEXTJOIN', delimiter, ignoreEmpty, ...texts);
/** The cell's own A1 name ("K40"), live: it follows the cell when rows or columns move. */
export const cellName = (ref: Expr) => SUBSTITUTE(call('ADDRESS', call('ROW', ref), call('COLUMN', ref)), '$', '');

// ---------------------------------------------------------------- printing

const PRECEDENCE: Record<BinaryOp, number> = {
  '=': 1,
  '<>': 1,
  '<': 1,
  '<=': 1,
  '>': 1,
  '>=': 1,
  '&': 2,
  '+': 3,
  '-': 3,
  '*': 4,
  '/': 4,
  '^': 5,
};
const UNARY = 6;
const ATOM = 7;

function precedenceOf(e: Expr): number {
  if (e.kind === 'binary') return PRECEDENCE[e.op];
  if (e.kind === 'negate') return UNARY;
  return ATOM;
}

/** Plain decimal digits, as every engine reads them: the exponent forms of String() are spelled out. */
function numberText(value: number): string {
  const text = String(value);
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const digits = m[1] + (m[2] ?? '');
  const exponent = Number(m[3]);
  if (exponent >= 0) return digits.padEnd(exponent + 1, '0');
  return `0.${'0'.repeat(-exponent - 1)}${digits}`;
}

function wrap(text: string, needed: boolean): string {
  return needed ? `(${text})` : text;
}

function print(e: Expr): string {
  switch (e.kind) {
    case 'number':
      return numberText(e.value);
    case 'text':
      return `"${e.value.replace(/"/g, '""')}"`;
    case 'boolean':
      return e.value ? 'TRUE' : 'FALSE';
    case 'ref':
      return e.text;
    case 'call':
      return `${e.fn}(${e.args.map(print).join(',')})`;
    case 'negate':
      return `-${wrap(print(e.operand), precedenceOf(e.operand) < ATOM)}`;
    case 'binary': {
      const p = PRECEDENCE[e.op];
      // Same-precedence operands are bracketed on the right (and on both sides for comparisons
      // and powers), so the printed text keeps the tree's order of evaluation exactly.
      const leftNeeds = precedenceOf(e.left) < p || (precedenceOf(e.left) === p && (p === 1 || p === 5));
      const rightNeeds = precedenceOf(e.right) <= p || (e.op === '^' && e.right.kind === 'negate');
      const left = wrap(print(e.left), leftNeeds || (e.op === '^' && e.left.kind === 'negate'));
      return `${left}${e.op}${wrap(print(e.right), rightNeeds)}`;
    }
  }
}

/** The formula text of an expression: "=" followed by the printed tree. */
export function formula(e: Operand): Formula {
  return `=${print(lift(e))}` as Formula;
}

/** A plan cell holding the formula of `e`. */
export function formulaCell(e: Operand): FormulaCell {
  return { formula: formula(e) };
}
