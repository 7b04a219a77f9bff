import { execFileSync } from 'node:child_process';

test('npm run bench -- --json prints one JSON object with a row per operation and size', () => {
  const stdout = execFileSync(process.execPath, ['scripts/run-ts.mjs', 'bench/bench.ts', '--json', '--runs', '1'], {
    encoding: 'utf8',
  });
  const report = JSON.parse(stdout);
  expect(Object.keys(report)).toEqual(['operations', 'measures']);
  const rows: { name: string; items: number; calls: number; ms: number; formulaCells?: number }[] = report.operations;
  expect(rows.map((r) => `${r.name}@${r.items}`)).toEqual(
    expect.arrayContaining([
      'new-canvas@0',
      'new-canvas@9',
      'new-canvas@50',
      'read-canvas@9',
      'finance-canvas 10 streams, 20 costs@0',
      'compare 20 canvases@9',
    ]),
  );
  for (const row of rows) {
    expect(Object.keys(row).slice(0, 4)).toEqual(['name', 'items', 'calls', 'ms']);
    expect(Number.isInteger(row.calls) && row.calls > 0).toBe(true);
    expect(typeof row.ms).toBe('number');
  }
  const finance = rows.find((r) => r.name.startsWith('finance-canvas 10'));
  expect(finance?.formulaCells).toBeGreaterThan(0);
  expect(report.measures.map((m: { name: string }) => m.name)).toEqual(
    expect.arrayContaining(['sidebar-html', 'sidebar-html-gzip']),
  );
});
