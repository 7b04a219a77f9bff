/**
 * Fewer, larger writes for a batch of edits. Two rectangles become one when every cell of the
 * rectangle around both that neither covers can be written with what it ends up holding anyway:
 * for values, an empty cell of a list that stays empty; for fills, a cell of a list, with the
 * colour its row ends up with. So a batch over many lists costs about one call per band of the canvas, not one per list.
 */
import { GridRange } from '../plan';
import { EditValue } from './cells';
import { FillWrite, ValueWrite } from './writes';

interface Rect<C> {
  range: GridRange;
  cells: C[][];
}

function around(a: GridRange, b: GridRange): GridRange {
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  const bottom = Math.max(a.row + a.numRows, b.row + b.numRows);
  const right = Math.max(a.column + a.numColumns, b.column + b.numColumns);
  return { row, column, numRows: bottom - row, numColumns: right - column };
}

function inside<C>({ range }: Rect<C>, row: number, column: number): boolean {
  return (
    row >= range.row &&
    row < range.row + range.numRows &&
    column >= range.column &&
    column < range.column + range.numColumns
  );
}

/** The two rectangles as one, the cells between them taken from `filler`; null when a cell there has none. */
function merged<C>(
  a: Rect<C>,
  b: Rect<C>,
  filler: (row: number, column: number) => { cell: C } | null,
): Rect<C> | null {
  const range = around(a.range, b.range);
  const cells: C[][] = [];
  for (let row = range.row; row < range.row + range.numRows; row++) {
    const line: C[] = [];
    for (let column = range.column; column < range.column + range.numColumns; column++) {
      const own = inside(a, row, column) ? a : inside(b, row, column) ? b : null;
      const c =
        own === null ? filler(row, column) : { cell: own.cells[row - own.range.row][column - own.range.column] };
      if (c === null) return null;
      line.push(c.cell);
    }
    cells.push(line);
  }
  return { range, cells };
}

/** Merges rectangles pairwise until no two can be merged. */
function mergeAll<C, W extends Rect<C>>(writes: readonly W[], merge: (a: W, b: W) => W | null): W[] {
  const out = writes.slice();
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < out.length; j++) {
      const m = merge(out[i], out[j]);
      if (m === null) continue;
      out.splice(j, 1);
      out[i] = m;
      j = i;
    }
  }
  return out;
}

/**
 * Value writes merged over cells `isFreeCell` says are empty list cells that stay empty. */
export function mergedValueWrites(
  writes: readonly ValueWrite[],
  isFreeCell: (row: number, column: number) => boolean,
): ValueWrite[] {
  return mergeAll(
    writes.map((w) => ({ ...w, cells: w.values })),
    (a, b) => {
      const rect = merged<EditValue>(a, b, (row, column) => (isFreeCell(row, column) ? { cell: null } : null));
      return rect === null ? null : { range: rect.range, values: rect.cells, cells: rect.cells };
    },
  ).map(({ range, values }) => ({ range, values }));
}

/** Fill writes merged over cells whose colour at the end `knownFill` gives (null where it is not known). */
export function mergedFillWrites(
  writes: readonly FillWrite[],
  knownFill: (row: number, column: number) => string | null,
): FillWrite[] {
  return mergeAll(
    writes.map((w) => ({ ...w, cells: w.colors })),
    (a, b) => {
      const rect = merged<string>(a, b, (row, column) => {
        const fill = knownFill(row, column);
        return fill === null ? null : { cell: fill };
      });
      return rect === null ? null : { range: rect.range, colors: rect.cells, cells: rect.cells };
    },
  ).map(({ range, colors }) => ({ range, colors }));
}
