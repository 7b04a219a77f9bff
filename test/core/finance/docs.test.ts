import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKS } from '../../../src/core/finance/checks';
import { KPIS, namedKpis } from '../../../src/core/finance/kpis';
import { ASSUMPTIONS } from '../../../src/core/finance/panel';
import { PROJECTION } from '../../../src/core/finance/projection';

const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'kpis.md'), 'utf8');

test('docs/kpis.md describes every KPI under the label the sheet shows', () => {
  const missing = Object.values(KPIS)
    .map((k) => k.label)
    .filter((label) => !doc.includes(`| ${label} |`));
  expect(missing).toEqual([]);
});

test('docs/kpis.md gives every named range, and only those', () => {
  const documented = [...doc.matchAll(/`<prefix>_(\w+)`/g)].map((m) => m[1]);
  expect([...new Set(documented)].sort()).toEqual(
    namedKpis()
      .map((k) => k.name)
      .sort(),
  );
});

test('docs/kpis.md lists every check, assumption and projection row', () => {
  const labels = [
    ...Object.values(CHECKS).map((c) => c.label),
    ...Object.values(ASSUMPTIONS).map((a) => a.label),
    ...Object.values(PROJECTION).map((p) => p.label),
  ];
  expect(labels.filter((label) => !doc.includes(label))).toEqual([]);
});
