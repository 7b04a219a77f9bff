/**
 * A canvas sheet in memory while a batch of edits is decided: each edit is carried out here as
 * Sheets would carry it out, so the next one is decided on the sheet as it will be, and at the end
 * the sheet as read and the sheet as it will be are compared once, for one set of writes.
 */
import { SheetGrid } from './cells';
import { EditValue, isKept } from './cells';
import { Row } from './edit-step';
import { entryColumns } from './lists';
import { BlockPlace } from '../layout/canvas-layout';
import { CanvasOnSheet, readCanvasData } from '../layout/read-canvas';
import { GridRange, isFormula } from '../plan';
import { RowInsertion, shiftedPlace, shiftedRange } from './row-insertion';
import { BlockId } from '../model';

/** Where a row of the sheet in memory comes from: a row of the sheet as read, or a new row. */
export interface RowOrigin {
  /** The row as read whose cells it holds; null for a new row, which is empty. */
  from: number | null;
  /** The row as read whose formats (fills) it has. */
  format: number;
}

/** What the sheet was read as, besides its grid: enough to read the canvas again. */
export interface SheetAsRead {
  grid: SheetGrid;
  namedRanges: Readonly<Record<string, GridRange>>;
  metadata: { marker: string | null; patternCheck: string | null };
}

export interface SheetInMemory extends SheetGrid {
  values: unknown[][];
  formulas: string[][];
  namedRanges: Record<string, GridRange>;
  origin: RowOrigin[];
  /** Rows inserted so far, by the row as read they went in above. */
  grown: Map<number, { count: number; formatsFrom: RowInsertion['formatsFrom'] }>;
}

export function sheetInMemory(read: SheetAsRead): SheetInMemory {
  const { values, formulas } = read.grid;
  const namedRanges: Record<string, GridRange> = {};
  for (const [name, r] of Object.entries(read.namedRanges)) namedRanges[name] = { ...r };
  return {
    values: values.map((row) => row.slice()),
    formulas: values.map((row, r) => row.map((_, c) => formulas[r]?.[c] ?? '')),
    namedRanges,
    origin: values.map((_, r) => ({ from: r + 1, format: r + 1 })),
    grown: new Map(),
  };
}

/** Writes a rectangle of cells, as a value write would. */
export function writeInMemory(sheet: SheetInMemory, range: GridRange, values: readonly (readonly EditValue[])[]): void {
  values.forEach((line, i) => line.forEach((v, j) => put(sheet, range.row + i, range.column + j, v)));
}

function put(sheet: SheetInMemory, row: number, column: number, v: EditValue): void {
  while (sheet.values.length < row) {
    sheet.values.push([]);
    sheet.formulas.push([]);
    sheet.origin.push({ from: sheet.origin.length + 1, format: sheet.origin.length + 1 });
  }
  const formula = v !== null && typeof v === 'object' && !isKept(v) && isFormula(v) ? v.formula : '';
  sheet.values[row - 1][column - 1] =
    v === null || formula !== '' ? '' : typeof v === 'object' && isKept(v) ? v.kept : v;
  sheet.formulas[row - 1][column - 1] = formula;
}

/** Inserts rows as Sheets does: the rows below move down, named ranges around them stretch or move. */
function insertRows(sheet: SheetInMemory, ins: RowInsertion): void {
  const i = ins.at - 1;
  const anchor = sheet.origin[i];
  // Rows only ever go in above a block's last row, which is a row of the sheet as read.
  if (anchor?.from == null) throw new Error(`Rows inserted above row ${ins.at}, which is not a row as read`);
  const format = ins.formatsFrom === 'above' ? sheet.origin[i - 1].format : anchor.format;
  const width = sheet.values[i].length;
  const blank = () => new Array<unknown>(width).fill('');
  sheet.values.splice(i, 0, ...Array.from({ length: ins.count }, blank));
  sheet.formulas.splice(i, 0, ...Array.from({ length: ins.count }, () => new Array<string>(width).fill('')));
  sheet.origin.splice(i, 0, ...Array.from({ length: ins.count }, () => ({ from: null, format })));
  for (const [name, r] of Object.entries(sheet.namedRanges)) sheet.namedRanges[name] = shiftedRange(r, ins);
  const before = sheet.grown.get(anchor.from);
  sheet.grown.set(anchor.from, {
    count: (before?.count ?? 0) + ins.count,
    formatsFrom: before?.formatsFrom ?? ins.formatsFrom,
  });
}

/** Carries out one edit's step: its rows go in, then every list's rows are written where they now are. */
export function carryOutStep(
  sheet: SheetInMemory,
  places: readonly BlockPlace[],
  step: { insert: RowInsertion | null; after: Map<BlockId, Row[]> },
): void {
  const ins = step.insert;
  if (ins) insertRows(sheet, ins);
  for (const place of places) {
    const now = ins ? shiftedPlace(place, ins) : place;
    const { first } = entryColumns(place.block);
    (step.after.get(place.block) as Row[]).forEach((row, k) =>
      row.cells.forEach((v, c) => put(sheet, now.items.row + k, first + c, v)),
    );
  }
}

/** The canvas on the sheet in memory, read as from the real sheet. */
export function readInMemory(sheet: SheetInMemory, read: SheetAsRead): CanvasOnSheet {
  const again = readCanvasData({
    sheetName: () => 'canvas',
    ...read.metadata,
    namedRanges: sheet.namedRanges,
    values: sheet.values,
  });
  if (!again.ok) throw new Error(`The canvas does not read back after an edit: ${again.problems.join(' ')}`);
  const { ok: _ok, ...onSheet } = again;
  return onSheet;
}

/**
 * The rows to insert into the sheet as read for the sheet in memory, in the order to insert
 * them: from the bottom up, so each one's row is still the row as read.
 */
export function insertionsOf(sheet: SheetInMemory): RowInsertion[] {
  return [...sheet.grown].sort(([a], [b]) => b - a).map(([at, { count, formatsFrom }]) => ({ at, count, formatsFrom }));
}
