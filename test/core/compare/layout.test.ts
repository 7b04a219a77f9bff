import {
  CanvasSnapshot,
  COMPARED_BLOCKS,
  CompareColumn,
  EMPTY_MEMORY,
  layoutCompare,
  MISSING,
} from '../../../src/core/compare';
import { financeRangeNames } from '../../../src/core/finance';
import { isFormula } from '../../../src/core/plan';
import { ruleBreaches, tokenize } from '../../helpers/formula-rules';

function snapshot(currency: string): CanvasSnapshot {
  const items = {} as CanvasSnapshot['items'];
  for (const block of COMPARED_BLOCKS) items[block] = [];
  return { title: 'T', currency, items };
}

const columns: CompareColumn[] = [
  { sheetName: 'Acme', prefix: 'Acme', snapshot: snapshot('USD') },
  { sheetName: 'Gone', prefix: 'Gone', snapshot: null },
  { sheetName: "Bob's", prefix: 'Bobs', snapshot: snapshot('EUR') },
];

describe('the Compare plan', () => {
  const { plan } = layoutCompare(columns, EMPTY_MEMORY);
  const rules = plan.conditionalFormats;
  const formulas = plan.values.flatMap((row, r) =>
    row.flatMap((v, c) => (isFormula(v) ? [{ f: v.formula, r: r + 1, c: c + 1 }] : [])),
  );

  test('formulas keep the house rules (IFERROR is allowed: it turns a deleted canvas into "missing")', () => {
    const all = [...formulas.map((x) => x.f), ...rules.map((r) => r.formula)];
    const breaches = all.flatMap((f) =>
      ruleBreaches(f)
        .filter((b) => !b.startsWith('IFERROR'))
        .map((b) => `${f}: ${b}`),
    );
    expect(breaches).toEqual([]);
  });

  test('each canvas column reads only its own canvas’s named ranges, and those the finance section defines', () => {
    for (const { f, c } of formulas) {
      const names = tokenize(f)
        .filter((t) => t.type === 'name' && t.text !== 'TRUE' && t.text !== 'FALSE')
        .map((t) => t.text);
      if (names.length === 0) continue;
      expect(c === 2 || c === 4).toBe(true);
      const own = new Set(financeRangeNames(c === 2 ? 'Acme' : 'Bobs'));
      for (const n of names) expect(own.has(n)).toBe(true);
    }
  });

  test('a canvas missing at build time is "missing" in every cell of its column, and holds no formula', () => {
    const column = plan.values
      .map((row) => row[2])
      .slice(4)
      .filter((v) => v !== null);
    expect(column.length).toBeGreaterThan(30);
    expect(column.every((v) => v === MISSING)).toBe(true);
  });

  test('money of the first canvas’s currency shows its symbol; another currency’s shows none, and a row says which it is in', () => {
    const revenueRow = plan.values.findIndex((row) => row[0] === 'Revenue');
    expect(plan.formats[revenueRow][1].numberFormat).toBe('"$"#,##0.00');
    expect(plan.formats[revenueRow][3].numberFormat).toBe('#,##0.00');
    const moneyIn = plan.values.find((row) => row[0] === 'Money figures in');
    expect(moneyIn?.[1]).toBe('USD');
    expect(moneyIn?.[3]).toEqual({ formula: '=IF($D$8="",$D$6,"USD")' });
  });

  test('refuses fewer than two or more than fifty canvases (a programmer error: the adapter checks first)', () => {
    expect(() => layoutCompare(columns.slice(0, 1), EMPTY_MEMORY)).toThrow('2 to 50');
  });
});
