/**
 * What a Compare sheet remembers about itself, so a refresh finds the same canvases after they are
 * renamed and keeps what the user typed: the notes column, the scorecard's criteria and weights,
 * and anything typed in rows or columns the add-on did not make.
 *
 * Rows and columns are found by what they hold, never by their number: every row the add-on
 * writes carries its key in the row-key column (found by its header), and the label, weight and
 * notes columns are found by their headers in that row. A row or column the user inserts, or one
 * they delete, moves nothing onto the wrong row.
 */
import { cellText } from '../layout/read-canvas';

/** Developer-metadata key of the Compare sheet. */
export const COMPARE_MARKER_KEY = 'bmc.compare';
export const COMPARE_VERSION = 2;
/** The sheet's name when its name is free; the sheet is known by its marker, whatever it is called. */
export const COMPARE_SHEET_NAME = 'Compare';

/** Headers the reader finds the columns by (the header row is the one whose row key is the key header). */
export const HEADERS = {
  label: 'Measure',
  marks: 'Best ▲ / worst ▼',
  weight: 'Better / weight',
  target: 'Target',
  notes: 'Your notes',
  key: 'Row key',
} as const;

export interface ComparedCanvas {
  sheetName: string;
  prefix: string;
}

export interface CompareMarker {
  version: number;
  canvases: ComparedCanvas[];
  /** A sheet of version 1 (no row keys): where its rows and columns were when it was made. */
  legacy?: { rows: Record<string, number>; notesColumn: number; weightColumn: number };
}

/** A value the user typed, kept as it was read (dates as yyyy-mm-dd text). */
export type Typed = string | number | boolean;

/** Text typed where the add-on keeps nothing (a row or column the user added), kept on a row of its own. */
export interface KeptText {
  /** Where it was: the row's label, or which row and column. */
  where: Typed;
  text: Typed;
}

/** What a rebuild keeps from the sheet it replaces. */
export interface CompareMemory {
  /** Row key → the note typed in the notes column. */
  notes: Record<string, Typed>;
  /**
   * Criterion rows in order: the criterion and the weight as typed (null when empty, undefined when
   * the column holding it was deleted, so the default comes back).
   */
  criteria:
    | { criterion: Typed | null | undefined; weight: Typed | null | undefined; target?: Typed | null | undefined }[]
    | null;
  /** Canvas prefix → the exchange rate typed for it. */
  rates?: Record<string, Typed>;
  /** Text from rows and columns the add-on did not make, and from earlier kept rows still filled. */
  kept: KeptText[];
  /** How many of `kept` were found on this sheet for the first time. */
  newlyKept: number;
  /** What could not be kept, in words (a deleted column of criteria or weights). */
  notices: string[];
}

export const EMPTY_MEMORY: CompareMemory = { notes: {}, criteria: null, kept: [], newlyKept: 0, notices: [] };

export function criterionKey(index: number): string {
  return `criterion:${index + 1}`;
}

export function keptKey(index: number): string {
  return `kept:${index + 1}`;
}

/** The marker, or null when the value is not one this version can read. */
export function parseCompareMarker(value: string | null): CompareMarker | null {
  if (value === null) return null;
  try {
    const m = JSON.parse(value) as Partial<CompareMarker & NonNullable<CompareMarker['legacy']>>;
    if (
      (m.version !== COMPARE_VERSION && m.version !== 1) ||
      !Array.isArray(m.canvases) ||
      !m.canvases.every((c) => typeof c?.sheetName === 'string' && typeof c?.prefix === 'string')
    ) {
      return null;
    }
    const canvases = m.canvases.map(({ sheetName, prefix }) => ({ sheetName, prefix }));
    if (m.version === COMPARE_VERSION) return { version: m.version, canvases };
    if (
      typeof m.notesColumn !== 'number' ||
      typeof m.weightColumn !== 'number' ||
      typeof m.rows !== 'object' ||
      m.rows === null
    )
      return null;
    return { version: 1, canvases, legacy: { rows: m.rows, notesColumn: m.notesColumn, weightColumn: m.weightColumn } };
  } catch {
    return null;
  }
}

type Grid = readonly (readonly unknown[])[];

function typedAt(grid: Grid, row: number, column: number): Typed | null {
  const v = grid[row - 1]?.[column - 1];
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  return cellText(grid, row, column);
}

/** Where the parts of an old sheet are now: null for a column that was deleted. */
interface Found {
  header: number;
  key: number;
  label: number | null;
  weight: number | null;
  target: number | null;
  marks: number | null;
  notes: number | null;
  /** Columns the add-on wrote (labels, canvases, weights, notes, keys). */
  ours: Set<number>;
  /** Canvas prefix → its column now. */
  canvasColumns: Map<string, number>;
}

function findParts(grid: Grid, canvases: readonly ComparedCanvas[]): Found | null {
  for (let r = 1; r <= grid.length; r++) {
    const row = grid[r - 1];
    const key = row.indexOf(HEADERS.key) + 1;
    if (key === 0) continue;
    const at = (text: string) => {
      const i = row.indexOf(text);
      return i < 0 ? null : i + 1;
    };
    const found: Found = {
      header: r,
      key,
      label: at(HEADERS.label),
      weight: at(HEADERS.weight),
      target: at(HEADERS.target),
      marks: at(HEADERS.marks),
      canvasColumns: new Map(),
      notes: at(HEADERS.notes),
      ours: new Set([key]),
    };
    for (const c of [found.label, found.marks, found.weight, found.target, found.notes])
      if (c !== null) found.ours.add(c);
    for (const c of canvases) {
      const column = at(c.sheetName);
      if (column !== null) found.ours.add(column);
      if (column !== null) found.canvasColumns.set(c.prefix, column);
    }
    return found;
  }
  return null;
}

/** The row of every row key on a Compare sheet's values, or null when the row-key column is gone. */
export function rowsByKey(grid: Grid): Record<string, number> | null {
  const parts = findParts(grid, []);
  if (parts === null) return null;
  const rows: Record<string, number> = {};
  grid.forEach((_, i) => {
    const key = typedAt(grid, i + 1, parts.key);
    if (typeof key === 'string' && ROW_KEY.test(key) && i + 1 !== parts.header) rows[key] = i + 1;
  });
  return rows;
}

/** What the add-on writes in the row-key column; anything else there is the user's. */
const ROW_KEY = /^[a-z][A-Za-z]*(:[A-Za-z0-9_]+)*$/;

const NOTICES = {
  criteria: 'The scorecard’s criteria column was deleted, so the criteria are back to their defaults.',
  weights: 'The scorecard’s weight column was deleted, so the weights are back to their defaults.',
} as const;

/**
 * What the user typed on the old sheet, found by row keys and column headers; null when the row
 * keys were deleted, so nothing can be matched to its row.
 */
export function memoryFrom(marker: CompareMarker, grid: Grid): CompareMemory | null {
  if (marker.legacy !== undefined) return legacyMemory(marker.legacy, grid);
  const parts = findParts(grid, marker.canvases);
  if (parts === null) return null;
  const notes: Record<string, Typed> = {};
  const criteria: NonNullable<CompareMemory['criteria']> = [];
  const kept: KeptText[] = [];
  const found: KeptText[] = [];
  const rates: Record<string, Typed> = {};
  const at = (row: number, column: number | null) => (column === null ? undefined : typedAt(grid, row, column));
  const labelOf = (row: number) => (parts.label === null ? null : typedAt(grid, row, parts.label));
  for (let row = 1; row <= grid.length; row++) {
    const key = typedAt(grid, row, parts.key);
    if (row === parts.header) continue;
    if (typeof key !== 'string' || !ROW_KEY.test(key)) {
      const cells = grid[row - 1].flatMap((_, i) => {
        const v = typedAt(grid, row, i + 1);
        return v === null ? [] : [String(v)];
      });
      if (cells.length > 0)
        found.push({ where: `A row added above “${nextLabel(grid, row, labelOf)}”`, text: cells.join('\n') });
      continue;
    }
    const note = at(row, parts.notes);
    if (key.startsWith('kept:')) {
      const where = labelOf(row);
      if ((note ?? null) !== null || where !== null) kept.push({ where: where ?? '', text: note ?? '' });
      continue;
    }
    if (note !== undefined && note !== null) notes[key] = note;
    if (key === 'rates') {
      for (const [prefix, column] of parts.canvasColumns) {
        const rate = typedAt(grid, row, column);
        if (rate !== null) rates[prefix] = rate;
      }
    }
    const match = /^criterion:(\d+)$/.exec(key);
    if (match)
      criteria[Number(match[1]) - 1] = {
        criterion: at(row, parts.label),
        weight: at(row, parts.weight),
        target: at(row, parts.target),
      };
    for (let column = 1; column <= grid[row - 1].length; column++) {
      if (parts.ours.has(column)) continue;
      const v = typedAt(grid, row, column);
      if (v === null) continue;
      const header = typedAt(grid, parts.header, column);
      found.push({
        where: `Column ${header === null ? 'added' : `“${header}”`}, row “${labelOf(row) ?? key}”`,
        text: v,
      });
    }
  }
  const notices: string[] = [];
  if (criteria.length > 0 && parts.label === null) notices.push(NOTICES.criteria);
  if (criteria.length > 0 && parts.weight === null) notices.push(NOTICES.weights);
  return {
    notes,
    criteria:
      criteria.length > 0 ? Array.from(criteria, (c) => c ?? { criterion: undefined, weight: undefined }) : null,
    rates,
    kept: [...kept, ...found],
    newlyKept: found.length,
    notices,
  };
}

/** The label of the first row below `row` that has one, to say where an added row was. */
function nextLabel(grid: Grid, row: number, labelOf: (row: number) => Typed | null): string {
  for (let r = row + 1; r <= grid.length; r++) {
    const label = labelOf(r);
    if (label !== null) return String(label);
  }
  return 'the end of the sheet';
}

/** A version 1 sheet, read where its rows and columns were when it was made (as that version did). */
function legacyMemory(legacy: NonNullable<CompareMarker['legacy']>, grid: Grid): CompareMemory {
  const notes: Record<string, Typed> = {};
  for (const [key, row] of Object.entries(legacy.rows)) {
    const note = typedAt(grid, row, legacy.notesColumn);
    if (note !== null) notes[key] = note;
  }
  const criteria: NonNullable<CompareMemory['criteria']> = [];
  for (let i = 0; legacy.rows[criterionKey(i)] !== undefined; i++) {
    const row = legacy.rows[criterionKey(i)];
    criteria.push({ criterion: typedAt(grid, row, 1), weight: typedAt(grid, row, legacy.weightColumn) });
  }
  return { ...EMPTY_MEMORY, notes, criteria: criteria.length > 0 ? criteria : null };
}
