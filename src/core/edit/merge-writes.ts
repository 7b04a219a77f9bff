/**
 * Fewer, larger writes for a batch of edits. The written cells are covered again with as few
 * rectangles as a row-by-row sweep finds, and a rectangle may take in a cell no edit writes when
 * that cell can be written with what it ends up holding anyway: for values, an empty cell that
 * stays empty; for fills, a cell of a list, with the colour its row ends up with. So a batch over
 * many lists costs about one call per band of the canvas, not one per list.
 */
import { GridRange } from '../plan';
import { EditValue } from './cells';
import { FillWrite, ValueWrite } from './writes';

/** What a cell no write covers may be written with; null when it must not be written. */
type Filler<C> = (row: number, column: number) => { cell: C } | null;

interface Rect {
  row: number;
  bottom: number;
  first: number;
  last: number;
}

/** The cells the writes set, by row, the last write of a cell winning as it would in the sheet. */
function cellsOf<C>(writes: readonly { range: GridRange; cells: readonly (readonly C[])[] }[]) {
  const rows = new Map<number, Map<number, C>>();
  for (const { range, cells } of writes) {
    cells.forEach((line, i) =>
      line.forEach((cell, j) => {
        const row = range.row + i;
        if (!rows.has(row)) rows.set(row, new Map());
        rows.get(row)!.set(range.column + j, cell);
      }),
    );
  }
  return rows;
}

/** Covers the writes' cells with rectangles; each cell inside that no write sets comes from `filler`. */
function cover<C>(
  writes: readonly { range: GridRange; cells: readonly (readonly C[])[] }[],
  filler: Filler<C>,
): { range: GridRange; cells: C[][] }[] {
  const rows = cellsOf(writes);
  const at = (row: number, column: number) => {
    const own = rows.get(row)?.get(column);
    return own !== undefined || rows.get(row)?.has(column) ? { cell: own as C } : filler(row, column);
  };
  const fillable = (row: number, bottom: number, first: number, last: number) => {
    for (let r = row; r <= bottom; r++) for (let c = first; c <= last; c++) if (at(r, c) === null) return false;
    return true;
  };
  const open: Rect[] = [];
  const done: Rect[] = [];
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    // The row's runs: written cells joined across cells that may be filled.
    const columns = [...rows.get(row)!.keys()].sort((a, b) => a - b);
    const runs: Rect[] = [];
    for (const column of columns) {
      const run = runs[runs.length - 1];
      if (run && fillable(row, row, run.last + 1, column - 1)) run.last = column;
      else runs.push({ row, bottom: row, first: column, last: column });
    }
    const extended = new Set<Rect>();
    for (const run of runs) {
      const grow = open.find((o) => {
        if (extended.has(o)) return false;
        return fillable(o.row, row, Math.min(o.first, run.first), Math.max(o.last, run.last));
      });
      if (grow === undefined) {
        extended.add(run);
        open.push(run);
        continue;
      }
      grow.first = Math.min(grow.first, run.first);
      grow.last = Math.max(grow.last, run.last);
      grow.bottom = row;
      extended.add(grow);
    }
    for (let i = open.length - 1; i >= 0; i--) {
      if (!extended.has(open[i])) done.push(...open.splice(i, 1));
    }
  }
  return [...done, ...open]
    .sort((a, b) => a.row - b.row || a.first - b.first)
    .map((r) => {
      const cells: C[][] = [];
      for (let row = r.row; row <= r.bottom; row++) {
        const line: C[] = [];
        for (let column = r.first; column <= r.last; column++) line.push(at(row, column)!.cell);
        cells.push(line);
      }
      return {
        range: { row: r.row, column: r.first, numRows: r.bottom - r.row + 1, numColumns: r.last - r.first + 1 },
        cells,
      };
    });
}

/** Value writes merged over cells `isFreeCell` says are empty and stay empty. */
export function mergedValueWrites(
  writes: readonly ValueWrite[],
  isFreeCell: (row: number, column: number) => boolean,
): ValueWrite[] {
  return cover<EditValue>(
    writes.map((w) => ({ range: w.range, cells: w.values })),
    (row, column) => (isFreeCell(row, column) ? { cell: null } : null),
  ).map(({ range, cells }) => ({ range, values: cells }));
}

/** Fill writes merged over cells whose colour at the end `knownFill` gives (null where it is not known). */
export function mergedFillWrites(
  writes: readonly FillWrite[],
  knownFill: (row: number, column: number) => string | null,
): FillWrite[] {
  return cover<string>(
    writes.map((w) => ({ range: w.range, cells: w.colors })),
    (row, column) => {
      const fill = knownFill(row, column);
      return fill === null ? null : { cell: fill };
    },
  ).map(({ range, cells }) => ({ range, colors: cells }));
}
