/**
 * A canvas sheet in memory while a batch of edits is decided: each edit is carried out here as
 * Sheets would carry it out, so the next one is decided on the sheet as it will be, and at the end
 * the sheet as read and the sheet as it will be are compared once, for one set of writes.
 */
import { a1 } from '../a1';
import { EditValue, gridCell, isKept, isSheetFormula, SheetFormula, SheetGrid } from './cells';
import { EditRefusal, MovedRows, Row } from './edit-step';
import { entryColumns, inList } from './lists';
import { BlockPlace } from '../layout/canvas-layout';
import { CanvasOnSheet, cellText, readCanvasData } from '../layout/read-canvas';
import { GridRange, inRange, isFormula } from '../plan';
import { formulaHolder, MESSAGES } from './messages';
import { followedFormula, LostReason } from './references';
import { Follow, followEntries, followInsertion, projectionColumns, rowColumns, settingsColumns } from './row-moves';
import { rowBefore, RowInsertion, shiftedPlace, shiftedRange } from './row-insertion';
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
  /** The sheet's name, as formulas on it may name it. */
  sheetName: string;
  grid: SheetGrid;
  namedRanges: Readonly<Record<string, GridRange>>;
  metadata: { marker: string | null; patternCheck: string | null };
}

export interface SheetInMemory extends SheetGrid {
  sheetName: string;
  values: unknown[][];
  formulas: string[][];
  /** What Sheets holds once the rows are in, before anything is written: the sheet as read, its formulas moved by the new rows. */
  before: { values: unknown[][]; formulas: string[][] };
  namedRanges: Record<string, GridRange>;
  origin: RowOrigin[];
  /**
   * Cells whose formulas the add-on wrote to read entries (a pattern check's inputs): a formula
   * there that loses the entry it reads becomes the value it showed, the check's own input.
   */
  ownInputs: GridRange | null;
  /** Rows inserted so far, by the row as read they went in above. */
  grown: Map<number, { count: number; formatsFrom: RowInsertion['formatsFrom'] }>;
}

export function sheetInMemory(read: SheetAsRead, ownInputs: GridRange | null = null): SheetInMemory {
  const { values, formulas } = read.grid;
  const namedRanges: Record<string, GridRange> = {};
  for (const [name, r] of Object.entries(read.namedRanges)) namedRanges[name] = { ...r };
  const formulaGrid = () => values.map((row, r) => row.map((_, c) => formulas[r]?.[c] ?? ''));
  return {
    sheetName: read.sheetName,
    values: values.map((row) => row.slice()),
    formulas: formulaGrid(),
    before: { values: values.map((row) => row.slice()), formulas: formulaGrid() },
    namedRanges,
    origin: values.map((_, r) => ({ from: r + 1, format: r + 1 })),
    ownInputs: ownInputs && { ...ownInputs },
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
  const shown = v !== null && isSheetFormula(v) ? v.shown : '';
  sheet.values[row - 1][column - 1] =
    v === null ? '' : formula !== '' ? shown : typeof v === 'object' && isKept(v) ? v.kept : v;
  sheet.formulas[row - 1][column - 1] = formula;
}

/** The formulas of `formulas` where `follow` moves their references; a formula that cannot follow stays. */
function followAll(formulas: string[][], sheetName: string, follow: Follow): void {
  formulas.forEach((line) =>
    line.forEach((f, c) => {
      const followed = f === '' ? null : followedFormula(f, sheetName, follow);
      if (followed?.ok) line[c] = followed.formula;
    }),
  );
}

/** Inserts rows as Sheets does: the rows below move down, and named ranges and references around them stretch or move. */
function insertRows(sheet: SheetInMemory, ins: RowInsertion): void {
  const i = ins.at - 1;
  const anchor = sheet.origin[i];
  // Rows only ever go in above a block's last row, which is a row of the sheet as read.
  if (anchor?.from == null) throw new Error(`Rows inserted above row ${ins.at}, which is not a row as read`);
  const format = ins.formatsFrom === 'above' ? sheet.origin[i - 1].format : anchor.format;
  const width = sheet.values[i].length;
  const blank = () => new Array<unknown>(width).fill('');
  for (const grid of [sheet, sheet.before]) {
    followAll(grid.formulas, sheet.sheetName, followInsertion(ins));
    grid.values.splice(i, 0, ...Array.from({ length: ins.count }, blank));
    grid.formulas.splice(i, 0, ...Array.from({ length: ins.count }, () => new Array<string>(width).fill('')));
  }
  sheet.origin.splice(i, 0, ...Array.from({ length: ins.count }, () => ({ from: null, format })));
  for (const [name, r] of Object.entries(sheet.namedRanges)) sheet.namedRanges[name] = shiftedRange(r, ins);
  if (sheet.ownInputs) sheet.ownInputs = shiftedRange(sheet.ownInputs, ins);
  const before = sheet.grown.get(anchor.from);
  sheet.grown.set(anchor.from, {
    count: (before?.count ?? 0) + ins.count,
    formatsFrom: before?.formatsFrom ?? ins.formatsFrom,
  });
}

/**
 * Makes the formulas follow the entries the edit moves, on the sheet once its rows are in: every
 * formula in the lists' rows as `after` holds them, and every formula outside the lists. The rows
 * that hold entries are the ones as read; each formula cell of `after` is taken from the row its
 * entry comes from, as that row is now. A formula that cannot follow is the answer.
 */
function followEntriesOnSheet(
  sheet: SheetInMemory,
  places: readonly BlockPlace[],
  step: { insert: RowInsertion | null; after: Map<BlockId, Row[]>; moved: MovedRows },
): EditRefusal | null {
  const ins = step.insert;
  const nowRow = (row: number) => (ins !== null && row >= ins.at ? row + ins.count : row);
  const placesNow = places.map((p) => (ins ? shiftedPlace(p, ins) : p));
  const target = places.findIndex((p) => p.block === step.moved.block);
  const follow = followEntries(
    step.moved,
    (index) => nowRow(places[target].items.row + index),
    placesNow[target].items.row,
  );
  const refused = (holder: string, reference: string, why: LostReason): EditRefusal => ({
    ok: false,
    reason: 'failed',
    message: MESSAGES.formulaCannotFollow(holder, reference, why),
  });

  for (const [p, place] of places.entries()) {
    const { first } = entryColumns(place.block);
    const rows = step.after.get(place.block) as Row[];
    for (const [k, row] of rows.entries()) {
      const index = p === target ? step.moved.from[k] : k < place.items.numRows ? k : null;
      if (index === null || !row.cells.some((v) => v !== null && isSheetFormula(v))) continue;
      const read = place.items.row + index;
      const source = nowRow(read);
      const cells = row.cells.slice();
      for (const [c, v] of cells.entries()) {
        if (v === null || !isSheetFormula(v)) continue;
        const formula = sheet.formulas[source - 1][first + c - 1];
        const followed =
          follow === null ? { ok: true as const, formula } : followedFormula(formula, sheet.sheetName, follow);
        if (!followed.ok) {
          const entry = { block: place.block, column: c, name: cellText(sheet.values, source, first) };
          return refused(formulaHolder(a1(read, first + c), entry), followed.reference, followed.why);
        }
        cells[c] = { formula: followed.formula, asRead: true, shown: v.shown } satisfies SheetFormula;
      }
      rows[k] = { ...row, cells };
    }
  }
  if (follow === null) return null;
  for (const [r, line] of sheet.formulas.entries()) {
    for (const [c, formula] of line.entries()) {
      if (
        formula === '' ||
        inList(placesNow, r + 1, c + 1, rowColumns) ||
        inList(placesNow, r + 1, c + 1, projectionColumns)
      )
        continue;
      const followed = followedFormula(formula, sheet.sheetName, follow);
      if (!followed.ok && sheet.ownInputs && inRange(sheet.ownInputs, r + 1, c + 1)) line[c] = '';
      else if (!followed.ok) {
        const read = rowBefore(r + 1, ins) as number;
        return refused(formulaHolder(a1(read, c + 1), null), followed.reference, followed.why);
      } else line[c] = followed.formula;
    }
  }
  return null;
}

/**
 * Carries out one edit's step: its rows go in, the formulas follow the entries it moves, then
 * every list's rows are written where they now are. Null when done; the refusal when a formula
 * cannot follow (the sheet in memory is then half changed and must be dropped).
 */
export function carryOutStep(
  sheet: SheetInMemory,
  places: readonly BlockPlace[],
  step: { insert: RowInsertion | null; after: Map<BlockId, Row[]>; moved: MovedRows },
): EditRefusal | null {
  const ins = step.insert;
  if (ins) insertRows(sheet, ins);
  const refused = followEntriesOnSheet(sheet, places, step);
  if (refused) return refused;
  moveSettings(sheet, places, step);
  for (const place of places) {
    const now = ins ? shiftedPlace(place, ins) : place;
    const { first } = entryColumns(place.block);
    (step.after.get(place.block) as Row[]).forEach((row, k) =>
      row.cells.forEach((v, c) => put(sheet, now.items.row + k, first + c, v)),
    );
  }
  return null;
}

/**
 * The settings of the edited list's entries (see settingsColumns) go where their entries go, as
 * typed; a new entry's are its own, and a row that holds no entry it held before has none.
 */
function moveSettings(
  sheet: SheetInMemory,
  places: readonly BlockPlace[],
  step: { insert: RowInsertion | null; after: Map<BlockId, Row[]>; moved: MovedRows },
): void {
  const { block, from } = step.moved;
  const { first, count } = settingsColumns(block);
  const place = places.find((p) => p.block === block);
  if (count === 0 || !place) return;
  const ins = step.insert;
  const rows = step.after.get(block) as Row[];
  const nowRow = (row: number) => (ins !== null && row >= ins.at ? row + ins.count : row);
  const settingsOf = (index: number | null, k: number): EditValue[] => {
    if (index === null) return rows[k]?.settings ?? new Array<EditValue>(count).fill(null);
    return Array.from({ length: count }, (_, c) => gridCell(sheet, nowRow(place.items.row + index), first + c));
  };
  const moved = from.map(settingsOf);
  const top = ins ? shiftedPlace(place, ins).items.row : place.items.row;
  moved.forEach((cells, k) => cells.forEach((v, c) => put(sheet, top + k, first + c, v)));
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
