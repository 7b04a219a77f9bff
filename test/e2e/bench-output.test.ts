import { execFileSync } from 'node:child_process';

test('npm run bench -- --json prints one JSON object with a row per operation and size', () => {
  const stdout = execFileSync(process.execPath, ['scripts/run-ts.mjs', 'bench/bench.ts', '--json', '--runs', '1'], {
    encoding: 'utf8',
  });
  const report = JSON.parse(stdout);
  expect(Object.keys(report)).toEqual(['operations']);
  const rows: { name: string; items: number; calls: number; ms: number }[] = report.operations;
  expect(rows.map((r) => `${r.name}@${r.items}`)).toEqual(
    expect.arrayContaining(['new-canvas@0', 'new-canvas@9', 'new-canvas@50', 'read-canvas@9']),
  );
  for (const row of rows) {
    expect(Object.keys(row)).toEqual(['name', 'items', 'calls', 'ms']);
    expect(Number.isInteger(row.calls) && row.calls > 0).toBe(true);
    expect(typeof row.ms).toBe('number');
  }
});
