/**
 * The A1 references in a formula as the user typed it, and the same formula with each reference to
 * this sheet replaced by where it points after rows move. Everything else in the text (separators
 * of any locale, numbers, names, strings, references to other sheets) is kept character for
 * character. Whole-column (K:K) and whole-row (22:22) references and named ranges are left alone.
 */
import { columnNumber } from '../a1';
import { referenceText } from '../formula';

/** The cells a reference names: rows top..bottom and columns left..right, 1-based. */
export interface CellRect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Why a reference cannot follow: the rows it names are deleted, or they would come apart. */
export type LostReason = 'deleted' | 'split';

/** Where a reference points once rows move, or why it cannot follow them. */
export type Followed = { rect: CellRect } | { lost: LostReason };

export type FollowedFormula = { ok: true; formula: string } | { ok: false; reference: string; why: LostReason };

const CORNER = String.raw`(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)`;
const PREFIX = "(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!";
/**
 * One token at a time, leftmost first: a string, a quoted name, a reference (optionally on a
 * sheet, optionally a range), a word (function or range name, TRUE), a number (so the E5 of 1E5
 * is never read as a cell) or any other character.
 */
const TOKEN = new RegExp(
  [
    '"(?:[^"]|"")*"',
    `(?:${PREFIX})?${CORNER}(?::${CORNER})?(?![A-Za-z0-9_.(!$])`,
    "'(?:[^']|'')*'",
    '[A-Za-z_][A-Za-z0-9_.]*',
    '[0-9]+(?:[.,][0-9]+)?(?:[eE][+-]?[0-9]+)?',
    String.raw`[\s\S]`,
  ]
    .map((t) => `(?:${t})`)
    .join('|'),
  'g',
);

interface Corner {
  row: number;
  column: number;
  anchor: { row: boolean; column: boolean };
}

function corner(colAbs: string, letters: string, rowAbs: string, digits: string): Corner {
  return {
    row: Number(digits),
    column: columnNumber(letters),
    anchor: { row: rowAbs === '$', column: colAbs === '$' },
  };
}

/**
 * `formula` with every reference to the sheet named `sheetName` (unqualified, or qualified by that
 * name in any case) replaced by `follow` of the cells it names. The first reference that cannot
 * follow is the answer. Anchors ($) stay as typed.
 */
export function followedFormula(
  formula: string,
  sheetName: string,
  follow: (rect: CellRect) => Followed,
): FollowedFormula {
  let out = '';
  for (const m of formula.matchAll(TOKEN)) {
    const [text, quoted, bare, ca1, l1, ra1, d1, ca2, l2, ra2, d2] = m;
    if (l1 === undefined) {
      out += text;
      continue;
    }
    const sheet = quoted !== undefined ? quoted.replace(/''/g, "'") : bare;
    if (sheet !== undefined && sheet.toLowerCase() !== sheetName.toLowerCase()) {
      out += text;
      continue;
    }
    const a = corner(ca1, l1, ra1, d1);
    const b = l2 === undefined ? a : corner(ca2, l2, ra2, d2);
    const rect = {
      top: Math.min(a.row, b.row),
      bottom: Math.max(a.row, b.row),
      left: Math.min(a.column, b.column),
      right: Math.max(a.column, b.column),
    };
    const followed = follow(rect);
    if ('lost' in followed) return { ok: false, reference: text, why: followed.lost };
    const to = followed.rect;
    if (to.top === rect.top && to.bottom === rect.bottom && to.left === rect.left && to.right === rect.right) {
      out += text;
      continue;
    }
    const prefix = text.slice(0, text.length - text.replace(/^.*!/, '').length);
    const first = referenceText(to.top, to.left, a.anchor);
    const only = l2 === undefined && to.top === to.bottom && to.left === to.right;
    out += only ? `${prefix}${first}` : `${prefix}${first}:${referenceText(to.bottom, to.right, b.anchor)}`;
  }
  return { ok: true, formula: out };
}
