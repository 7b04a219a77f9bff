/** Cells as an edit sees them: what the sheet holds now, and what the edit writes. */
import { FormulaCell, isFormula, PlanValue } from '../plan';

/**
 * A value read from the sheet that is written back exactly as it was read, because it is neither
 * text, a number nor a boolean (a date, say). The core never looks inside it.
 */
export interface KeptValue {
  readonly kept: unknown;
}

/**
 * What one cell holds or will hold. Strings are literal text (the adapter makes sure Sheets does
 * not read them as formulas), formulas are `{ formula }`, null is an empty cell.
 */
export type EditValue = PlanValue | KeptValue | SheetFormula;

/**
 * A formula read from the sheet: in the sheet's own syntax (its locale's separators), written back
 * as it is, with the value it showed, which the canvas reader sees wherever the formula moves.
 */
export interface SheetFormula extends FormulaCell {
  readonly asRead: true;
  readonly shown: unknown;
}

export function isSheetFormula(v: EditValue): v is SheetFormula {
  return typeof v === 'object' && v !== null && 'asRead' in v;
}

/** The sheet as read for an edit: values and formulas from A1 down, 0-based [row - 1][column - 1]. */
export interface SheetGrid {
  values: readonly (readonly unknown[])[];
  /** "" where a cell holds no formula. */
  formulas: readonly (readonly string[])[];
}

export function isKept(v: EditValue): v is KeptValue {
  return typeof v === 'object' && v !== null && 'kept' in v;
}

/** A cell of the grid as an EditValue; cells beyond the grid are empty. */
export function gridCell(grid: SheetGrid, row: number, column: number): EditValue {
  const formula = grid.formulas[row - 1]?.[column - 1] ?? '';
  const value = grid.values[row - 1]?.[column - 1];
  if (formula !== '') return { formula, asRead: true, shown: value ?? '' } satisfies SheetFormula;
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return { kept: value };
}

export function sameValue(a: EditValue, b: EditValue): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (isKept(a) || isKept(b)) return isKept(a) && isKept(b) && a.kept === b.kept;
  return isFormula(a) && isFormula(b) && a.formula === b.formula;
}

/** Text for a cell: empty text is an empty cell. */
export function textCell(text: string | undefined): EditValue {
  return text === undefined || text === '' ? null : text;
}
