/**
 * What a Compare sheet remembers about itself (as developer metadata), so a refresh finds the same
 * canvases after they are renamed and keeps what the user typed: the notes column and the
 * scorecard's criteria and weights.
 */
import { cellText } from '../layout/read-canvas';

/** Developer-metadata key of the Compare sheet. */
export const COMPARE_MARKER_KEY = 'bmc.compare';
export const COMPARE_VERSION = 1;
/** The sheet's name; a refresh rebuilds the sheet of this name. */
export const COMPARE_SHEET_NAME = 'Compare';

export interface ComparedCanvas {
  sheetName: string;
  prefix: string;
}

export interface CompareMarker {
  version: number;
  canvases: ComparedCanvas[];
  numRows: number;
  numColumns: number;
  notesColumn: number;
  weightColumn: number;
  /** Row of every keyed row (KPIs, criteria, blocks, …). */
  rows: Record<string, number>;
}

/** A value the user typed, kept as it was read (dates as yyyy-mm-dd text). */
export type Typed = string | number | boolean;

/** What a rebuild keeps from the sheet it replaces. */
export interface CompareMemory {
  /** Row key → the note typed in the notes column. */
  notes: Record<string, Typed>;
  /** Criterion rows in order: the criterion and the weight as typed (null when empty). */
  criteria: { criterion: Typed | null; weight: Typed | null }[] | null;
}

export const EMPTY_MEMORY: CompareMemory = { notes: {}, criteria: null };

export function criterionKey(index: number): string {
  return `criterion:${index + 1}`;
}

/** The marker, or null when the value is not one this version can read. */
export function parseCompareMarker(value: string | null): CompareMarker | null {
  if (value === null) return null;
  try {
    const m = JSON.parse(value) as Partial<CompareMarker>;
    if (
      m.version !== COMPARE_VERSION ||
      !Array.isArray(m.canvases) ||
      !m.canvases.every((c) => typeof c?.sheetName === 'string' && typeof c?.prefix === 'string') ||
      typeof m.numRows !== 'number' ||
      typeof m.numColumns !== 'number' ||
      typeof m.notesColumn !== 'number' ||
      typeof m.weightColumn !== 'number' ||
      typeof m.rows !== 'object' ||
      m.rows === null
    ) {
      return null;
    }
    return m as CompareMarker;
  } catch {
    return null;
  }
}

function typedAt(grid: readonly (readonly unknown[])[], row: number, column: number): Typed | null {
  const v = grid[row - 1]?.[column - 1];
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  return cellText(grid, row, column);
}

/** What the user typed on the old sheet, from its values (rows 1… of every column). */
export function memoryFrom(marker: CompareMarker, grid: readonly (readonly unknown[])[]): CompareMemory {
  const notes: Record<string, Typed> = {};
  for (const [key, row] of Object.entries(marker.rows)) {
    const note = typedAt(grid, row, marker.notesColumn);
    if (note !== null) notes[key] = note;
  }
  const criteria: NonNullable<CompareMemory['criteria']> = [];
  for (let i = 0; marker.rows[criterionKey(i)] !== undefined; i++) {
    const row = marker.rows[criterionKey(i)];
    criteria.push({ criterion: typedAt(grid, row, 1), weight: typedAt(grid, row, marker.weightColumn) });
  }
  return { notes, criteria: criteria.length > 0 ? criteria : null };
}
