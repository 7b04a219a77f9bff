/** The series a chart plots from its data ranges, worked out as Sheets documents it. */
import type { ChartRecord } from './chart';

type Cell = string | number | boolean | Date;

export interface ChartSeries {
  /** The header cell over the labels column, and the labels (months, canvas names…). */
  domain: { name: string; labels: Cell[] };
  /** One per column after the first, named by its header; `axis` 1 is the right-hand axis. */
  series: { name: string; values: Cell[]; axis: number }[];
}

function padded(grid: Cell[][], width: number): Cell[][] {
  return grid.map((row) => [...row, ...Array<Cell>(width - row.length).fill('')]);
}

/**
 * Joins the ranges into one table. MERGE_COLUMNS (the default) puts each range's columns beside
 * the previous range's; MERGE_ROWS puts each range's rows under the previous range's.
 */
function merged(grids: Cell[][][], strategy: string): Cell[][] {
  if (strategy === 'MERGE_ROWS') {
    const width = Math.max(0, ...grids.flatMap((g) => g.map((row) => row.length)));
    return grids.flatMap((g) => padded(g, width));
  }
  const height = Math.max(0, ...grids.map((g) => g.length));
  return Array.from({ length: height }, (_, i) =>
    grids.flatMap((g) => g[i] ?? Array<Cell>(g[0]?.length ?? 0).fill('')),
  );
}

function transposed(table: Cell[][]): Cell[][] {
  const width = Math.max(0, ...table.map((row) => row.length));
  return Array.from({ length: width }, (_, j) => table.map((row) => row[j] ?? ''));
}

/** Throws where Sheets would have to guess: the header count was never set. */
export function chartSeries(
  grids: Cell[][][],
  record: Pick<ChartRecord, 'mergeStrategy' | 'transposed' | 'numHeaders' | 'options'>,
): ChartSeries {
  if (record.numHeaders < 0) throw new Error('The chart does not say how many header rows it has; Sheets would guess.');
  const joined = merged(grids, record.mergeStrategy);
  const table = record.transposed ? transposed(joined) : joined;
  const headers = table.slice(0, record.numHeaders);
  const body = table.slice(record.numHeaders);
  const nameOf = (column: number) => headers.map((row) => String(row[column] ?? '')).join(' ');
  const axes = (record.options.series ?? {}) as Record<string, { targetAxisIndex?: number }>;
  const width = Math.max(0, ...table.map((row) => row.length));
  return {
    domain: { name: nameOf(0), labels: body.map((row) => row[0]) },
    series: Array.from({ length: Math.max(0, width - 1) }, (_, i) => ({
      name: nameOf(i + 1),
      values: body.map((row) => row[i + 1]),
      axis: axes[i]?.targetAxisIndex ?? 0,
    })),
  };
}
