/**
 * Reads a canvas sheet's pattern check back into the model: its shape (kind, sources, business
 * units) from the sheet's metadata, its numbers from the cells, so an edited input comes back as
 * typed. Nothing is guessed: a cell that is not a number becomes a problem naming the cell.
 */
import { a1 } from '../../a1';
import { Pos } from '../../layout/geometry';
import { FinanceGeometry } from '../../layout/geometry';
import { CHECK_KINDS } from '../check-kinds';
import { PatternCheck } from '../types';
import { GridRange } from '../../plan';
import { patternCheckLayout, PatternCheckLayout } from './check-layout';

export type Grid = readonly (readonly unknown[])[];

export interface PatternCheckRead {
  /** Absent when the sheet carries no pattern check. */
  check?: PatternCheck;
  problems: string[];
}

function shown(v: unknown): string {
  if (v === undefined || v === null || v === '') return 'an empty cell';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  return String(v);
}

/** The check as written, if the metadata holds one this version can read. */
function parseStored(stored: string): PatternCheck | null {
  try {
    const check = JSON.parse(stored) as PatternCheck;
    if (typeof check !== 'object' || check === null || !(check.kind in CHECK_KINDS)) return null;
    if (typeof check.description !== 'string') return null;
    if (
      check.kind === 'unbundling'
        ? !Array.isArray(check.units)
        : typeof check.inputs !== 'object' || check.inputs === null
    )
      return null;
    return check;
  } catch {
    return null;
  }
}

/**
 * The pattern check on a sheet, given the sheet's values from A1 (`grid[row - 1][column - 1]`,
 * reaching at least to `patternCheckArea`), the canvas's finance geometry as read, and the value
 * of the sheet's PATTERN_CHECK_KEY metadata (null when it has none).
 */
export function readPatternCheck(grid: Grid, g: FinanceGeometry, stored: string | null): PatternCheckRead {
  if (stored === null) return { problems: [] };
  const check = parseStored(stored);
  if (check === null)
    return {
      problems: [
        'The pattern check’s record on this sheet is damaged, so the check cannot be read. Add the check again from its template.',
      ],
    };
  let l: PatternCheckLayout;
  try {
    l = patternCheckLayout(g, check);
  } catch (e) {
    return { problems: [`The pattern check cannot be placed: ${(e as Error).message}.`] };
  }

  const problems: string[] = [];
  const number = (p: Pos, what: string): number => {
    const v = grid[p.row - 1]?.[p.column - 1];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v;
    problems.push(`Pattern check, ${what} (${a1(p.row, p.column)}): expected a number of 0 or more, got ${shown(v)}.`);
    return NaN;
  };

  if (check.kind === 'unbundling') {
    const units = check.units.map((unit, i) => ({
      ...unit,
      revenue: number(l.units[i].revenue, `revenue of ${unit.name}`),
      cost: number(l.units[i].cost, `costs of ${unit.name}`),
    }));
    return problems.length > 0 ? { problems } : { check: { ...check, units }, problems };
  }

  const inputs: Record<string, number> = {};
  for (const spec of CHECK_KINDS[check.kind].inputs) {
    const line = l.inputs.find((x) => x.key === spec.key)!;
    inputs[spec.key] = number(line.value, spec.label.toLowerCase());
  }
  if (problems.length > 0) return { problems };
  return { check: { ...check, inputs } as unknown as PatternCheck, problems };
}

/** Where the check the record `stored` describes sits, or null when the record is unreadable. */
export function patternCheckRect(g: FinanceGeometry, stored: string): GridRange | null {
  const check = parseStored(stored);
  if (check === null) return null;
  try {
    return patternCheckLayout(g, check).area;
  } catch {
    return null;
  }
}

/** The rectangle from A1 a reader must fetch for `readPatternCheck`, or null when the record is unreadable. */
export function patternCheckArea(g: FinanceGeometry, stored: string): { numRows: number; numColumns: number } | null {
  const check = parseStored(stored);
  if (check === null) return null;
  try {
    const { area } = patternCheckLayout(g, check);
    return { numRows: area.row + area.numRows - 1, numColumns: area.column + area.numColumns - 1 };
  } catch {
    return null;
  }
}
