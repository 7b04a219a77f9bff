/**
 * Where the pattern check sits: to the right of the viability panel, in the columns the panel
 * leaves free (P onwards), from the panel's first row down to above the projection. Positions
 * depend only on the finance geometry and the check's shape, so the writer and the reader agree.
 */
import { financeLayout } from '../../finance/layout';
import { CANVAS_COLUMNS, FinanceGeometry, Pos } from '../../layout/geometry';
import { GridRange } from '../../plan';
import { CHECK_KINDS } from '../check-kinds';
import { PatternCheck } from '../types';

/** Label, value and unit columns (P, T, U); the unbundling table puts revenue and costs in R and S. */
export const CHECK_COLUMNS = {
  label: CANVAS_COLUMNS + 1,
  revenue: CANVAS_COLUMNS + 3,
  cost: CANVAS_COLUMNS + 4,
  value: CANVAS_COLUMNS + 5,
  unit: CANVAS_COLUMNS + 6,
} as const;

/** Width of the area, label column to unit column. */
export const CHECK_WIDTH = CHECK_COLUMNS.unit - CHECK_COLUMNS.label + 1;
const DESCRIPTION_ROWS = 4;

/** Most business units an unbundling check can show beside the panel. */
export const MAX_UNITS = 12;

export interface CheckLine {
  key: string;
  label: Pos;
  value: Pos;
  unit: Pos;
}

export interface UnitLine {
  row: number;
  name: Pos;
  revenue: Pos;
  cost: Pos;
  profit: Pos;
  status: Pos;
}

export interface PatternCheckLayout {
  title: Pos;
  result: { label: Pos; value: Pos };
  description: GridRange;
  inputsTitle: Pos;
  /** One line per input of the check's kind, in the kind's order (none for unbundling). */
  inputs: CheckLine[];
  /** Unbundling only: the header row and one row per business unit. */
  unitHeaderRow: number | null;
  units: UnitLine[];
  outputsTitle: Pos;
  outputs: CheckLine[];
  lastRow: number;
  /** The whole area, for readers that fetch it in one call. */
  area: GridRange;
}

function line(key: string, row: number): CheckLine {
  return {
    key,
    label: { row, column: CHECK_COLUMNS.label },
    value: { row, column: CHECK_COLUMNS.value },
    unit: { row, column: CHECK_COLUMNS.unit },
  };
}

/** Every position of the pattern check area for a canvas geometry and a check. */
export function patternCheckLayout(g: FinanceGeometry, check: PatternCheck): PatternCheckLayout {
  const p = g.panelFirstRow;
  const info = CHECK_KINDS[check.kind];
  const inputsTitleRow = p + 2 + DESCRIPTION_ROWS + 1;
  let row = inputsTitleRow + 1;

  const inputs = info.inputs.map((i) => line(i.key, row++));
  let unitHeaderRow: number | null = null;
  const units: UnitLine[] = [];
  if (check.kind === 'unbundling') {
    if (check.units.length < 1 || check.units.length > MAX_UNITS) {
      throw new Error(`An unbundling check needs 1 to ${MAX_UNITS} business units, got ${check.units.length}`);
    }
    unitHeaderRow = row++;
    for (let i = 0; i < check.units.length; i++, row++) {
      units.push({
        row,
        name: { row, column: CHECK_COLUMNS.label },
        revenue: { row, column: CHECK_COLUMNS.revenue },
        cost: { row, column: CHECK_COLUMNS.cost },
        profit: { row, column: CHECK_COLUMNS.value },
        status: { row, column: CHECK_COLUMNS.unit },
      });
    }
  }
  const outputsTitleRow = row + 1;
  row = outputsTitleRow + 1;
  const outputs = info.outputs.map((o) => line(o.key, row++));
  const lastRow = row - 1;

  // The projection spans these columns further down; the area must end above it.
  const limit = financeLayout(g).projection.title.row - 2;
  if (lastRow > limit)
    throw new Error(`The pattern check needs rows ${p}–${lastRow}, but the projection starts at ${limit + 2}`);

  return {
    title: { row: p, column: CHECK_COLUMNS.label },
    result: { label: { row: p + 1, column: CHECK_COLUMNS.label }, value: { row: p + 1, column: CHECK_COLUMNS.value } },
    description: { row: p + 2, column: CHECK_COLUMNS.label, numRows: DESCRIPTION_ROWS, numColumns: CHECK_WIDTH },
    inputsTitle: { row: inputsTitleRow, column: CHECK_COLUMNS.label },
    inputs,
    unitHeaderRow,
    units,
    outputsTitle: { row: outputsTitleRow, column: CHECK_COLUMNS.label },
    outputs,
    lastRow,
    area: { row: p, column: CHECK_COLUMNS.label, numRows: lastRow - p + 1, numColumns: CHECK_WIDTH },
  };
}

function pascal(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1);
}

/** Named range of a check output, e.g. "Acme_CheckCoverageRatio". */
export function checkOutputName(prefix: string, key: string): string {
  return `${prefix}_Check${pascal(key)}`;
}

/** Named range of the pass/fail cell. */
export function checkResultName(prefix: string): string {
  return `${prefix}_CheckResult`;
}

/** Named range of a business unit's profit (1-based), e.g. "Acme_CheckUnit2Profit". */
export function unitProfitName(prefix: string, unit: number): string {
  return `${prefix}_CheckUnit${unit}Profit`;
}
