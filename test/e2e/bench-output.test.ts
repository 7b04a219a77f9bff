import { execFileSync, spawnSync } from 'node:child_process';

const BENCH = ['scripts/run-ts.mjs', 'bench/bench.ts'];

test('npm run bench -- --json prints one JSON object with a row per operation and size', () => {
  // One small operation and the free measures: the shape is the same for every row.
  const args = ['--json', '--runs', '1', '--case', 'finance-canvas', '--case', 'sidebar-size'];
  const stdout = execFileSync(process.execPath, [...BENCH, ...args], { encoding: 'utf8' });
  const report = JSON.parse(stdout);
  expect(Object.keys(report)).toEqual(['operations', 'measures']);
  const rows: { name: string; items: number; calls: number; ms: number; formulaCells?: number }[] = report.operations;
  expect(rows.map((r) => `${r.name}@${r.items}`)).toEqual([
    'finance-canvas 0 streams, 0 costs@0',
    'finance-canvas 10 streams, 20 costs@0',
  ]);
  for (const row of rows) {
    expect(Object.keys(row).slice(0, 4)).toEqual(['name', 'items', 'calls', 'ms']);
    expect(Number.isInteger(row.calls) && row.calls > 0).toBe(true);
    expect(typeof row.ms).toBe('number');
  }
  expect(rows[1].formulaCells).toBeGreaterThan(0);
  expect(report.measures.map((m: { name: string }) => m.name)).toEqual(['sidebar-html', 'sidebar-html-gzip']);
});

test('--case with a name the benchmark does not have says which names it has', () => {
  const run = spawnSync(process.execPath, [...BENCH, '--case', 'new-canvass'], { encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stderr.trim()).toMatch(
    /^No operation or measure is named new-canvass: try new-canvas, read-canvas, .*playground-browser$/,
  );
});
