import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKS, KPI_NOT_A_NUMBER } from '../../../src/core/finance/checks';
import { boundText, DRIVER_MAX } from '../../../src/core/rules/bounds';
import { KPIS, YEAR_SPECS } from '../../../src/core/finance/kpis';
import { namedCellSuffixes } from '../../../src/core/finance';
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
  expect([...new Set(documented)].sort()).toEqual(namedCellSuffixes().sort());
});

test('docs/kpis.md lists every check, assumption and projection row', () => {
  const labels = [
    ...Object.values(CHECKS).map((c) => c.label),
    ...Object.values(ASSUMPTIONS).map((a) => a.label),
    ...Object.values(PROJECTION).map((p) => p.label),
    ...Object.values(YEAR_SPECS).map((y) => y.label),
  ];
  expect(labels.filter((label) => !doc.includes(label))).toEqual([]);
});

test('docs/kpis.md gives every driver’s upper bound, and the master check’s words for a KPI that is not a number', () => {
  const rows: [string, number][] = [
    ['Price of a revenue stream', DRIVER_MAX.price],
    ['Volume of a revenue stream (per month)', DRIVER_MAX.volume],
    ['Amount of a fixed or per-unit cost', DRIVER_MAX.amount],
    ['Scenario multiplier (each driver)', DRIVER_MAX.multiplier],
    ['Sensitivity step', DRIVER_MAX.multiplier],
    ['Target profit of the goal seek', DRIVER_MAX.targetProfit],
    ['Monthly volume growth', DRIVER_MAX.growth],
    ['Acquisition cost per new customer (CAC)', DRIVER_MAX.acquisitionCost],
    ['Initial investment (month 0)', DRIVER_MAX.initialInvestment],
    ['LTV:CAC bar', DRIVER_MAX.ltvCacBar],
  ];
  const lines = doc.split('\n');
  const wrong = rows.filter(
    ([label, max]) => !lines.some((l) => l.startsWith(`| ${label} |`) && l.includes(` to ${boundText(max)}`)),
  );
  expect(wrong).toEqual([]);
  expect(doc).toContain(`\`${KPI_NOT_A_NUMBER}\``);
});
