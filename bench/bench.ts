/**
 * `npm run bench`: spreadsheet calls and median wall time of each operation in bench/cases,
 * measured on the in-memory spreadsheet. `npm run bench -- --json` prints one JSON object instead
 * of the table; `--runs N` sets how many runs each median is taken over; `--case NAME` (again for
 * more) measures only the operations whose name starts with NAME and the measures named NAME.
 */
import { performance } from 'node:perf_hooks';
import { BenchCase, BenchRow } from './bench-case';
import { BENCH_CASES } from './cases';
import { playgroundBrowserMeasures } from './cases/playground-browser';
import { measureTable, PlaygroundMeasure } from './cases/playground-measure';
import { sidebarSizeMeasures } from './cases/sidebar-size';

/** The measures printed below the table, each named for its file in bench/cases. */
const MEASURES: { name: string; measure: () => PlaygroundMeasure[] | Promise<PlaygroundMeasure[]> }[] = [
  { name: 'sidebar-size', measure: () => sidebarSizeMeasures() },
  { name: 'playground-browser', measure: () => playgroundBrowserMeasures() },
];

/** `--runs N` changes the number of runs per row (default 7). */
function runsFromArgs(args: string[]): number {
  const at = args.indexOf('--runs');
  if (at < 0) return 7;
  const runs = Number(args[at + 1]);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs needs a whole number of at least 1, not ${args[at + 1]}`);
  return runs;
}

/** `--case NAME`, as often as wanted, picks what to measure; none means everything. */
function chosenFromArgs(args: string[]): (name: string) => boolean {
  const names = args.flatMap((arg, i) => (args[i - 1] === '--case' ? [arg] : []));
  if (names.length === 0) return () => true;
  const known = [...new Set([...BENCH_CASES.map((c) => c.name), ...MEASURES.map((m) => m.name)])];
  const unknown = names.filter((n) => !known.some((k) => k.startsWith(n)));
  if (unknown.length > 0)
    throw new Error(`No operation or measure is named ${unknown.join(', ')}: try ${known.join(', ')}`);
  return (name) => names.some((n) => name.startsWith(n));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function measure(c: BenchCase, runs: number): BenchRow {
  const times: number[] = [];
  const callCounts = new Set<number>();
  for (let i = 0; i < runs; i++) {
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

function table(rows: BenchRow[], runs: number): string {
  const header = ['operation', 'items/block', 'calls', `ms (median of ${runs})`, 'formula cells'];
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
  const runs = runsFromArgs(process.argv);
  const chosen = chosenFromArgs(process.argv);
  const rows = BENCH_CASES.filter((c) => chosen(c.name)).map((c) => measure(c, runs));
  const measures: PlaygroundMeasure[] = [];
  for (const m of MEASURES.filter((m) => chosen(m.name))) measures.push(...(await m.measure()));
  if (process.argv.includes('--json')) console.log(JSON.stringify({ operations: rows, measures }));
  else console.log(`${table(rows, runs)}\n\n${measureTable(measures)}`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
