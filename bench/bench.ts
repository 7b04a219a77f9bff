/**
 * `npm run bench`: spreadsheet calls and median wall time of each operation in bench/cases,
 * measured on the in-memory spreadsheet. `npm run bench -- --json` prints one JSON object instead
 * of the table; `--runs N` sets how many runs each median is taken over.
 */
import { performance } from 'node:perf_hooks';
import { BenchCase, BenchRow } from './bench-case';
import { BENCH_CASES } from './cases';
import { playgroundBrowserMeasures } from './cases/playground-browser';
import { measureTable } from './cases/playground-measure';
import { sidebarSizeMeasures } from './cases/sidebar-size';

/** `--runs N` changes the number of runs per row (default 7). */
function runsFromArgs(args: string[]): number {
  const at = args.indexOf('--runs');
  if (at < 0) return 7;
  const runs = Number(args[at + 1]);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs needs a whole number of at least 1, not ${args[at + 1]}`);
  return runs;
}

const RUNS = runsFromArgs(process.argv);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function measure(c: BenchCase): BenchRow {
  const times: number[] = [];
  const callCounts = new Set<number>();
  for (let i = 0; i < RUNS; i++) {
    const { run, calls } = c.prepare();
    calls.reset();
    const start = performance.now();
    run();
    times.push(performance.now() - start);
    callCounts.add(calls.total());
  }
  if (callCounts.size !== 1) {
    throw new Error(
      `${c.name} (${c.items} items) made a different number of calls on each run: ${[...callCounts].join(', ')}`,
    );
  }
  const row: BenchRow = {
    name: c.name,
    items: c.items,
    calls: [...callCounts][0],
    ms: Math.round(median(times) * 100) / 100,
  };
  if (c.formulaCells !== undefined) row.formulaCells = c.formulaCells;
  return row;
}

function table(rows: BenchRow[]): string {
  const header = ['operation', 'items/block', 'calls', `ms (median of ${RUNS})`, 'formula cells'];
  const cells = rows.map((r) => [
    r.name,
    String(r.items),
    String(r.calls),
    r.ms.toFixed(2),
    r.formulaCells === undefined ? '' : String(r.formulaCells),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i].length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

async function main(): Promise<void> {
  const rows = BENCH_CASES.map(measure);
  const measures = [...sidebarSizeMeasures(), ...(await playgroundBrowserMeasures())];
  if (process.argv.includes('--json')) console.log(JSON.stringify({ operations: rows, measures }));
  else console.log(`${table(rows)}\n\n${measureTable(measures)}`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
