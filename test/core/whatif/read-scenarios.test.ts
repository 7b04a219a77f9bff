import fc from 'fast-check';
import { readFinanceRows } from '../../../src/core/finance';
import { financeInputExtent } from '../../../src/core/finance/read';
import { DRIVER_KEYS, ScenarioSet } from '../../../src/core/whatif';
import { FinanceCase, planFinance } from '../../helpers/finance-plan';

jest.setTimeout(60_000);

/** The sheet's values as getValues() gives them: text, numbers, "" for empty cells. */
function sheetValues(f: ReturnType<typeof planFinance>): unknown[][] {
  return f.sheet.hf
    .getSheetValues(0)
    .map((row) => row.map((v) => (v === null ? '' : typeof v === 'object' ? '#ERROR' : v)));
}

const shop: FinanceCase = {
  streams: [{ name: 'Coffee', type: 'asset-sale', price: 4, volume: 2000 }],
  costs: [{ name: 'Rent', behavior: 'fixed', amount: 3000 }],
};

const names = fc.oneof(
  fc.constantFrom('=SUM(A1)', '+1', '123', 'TRUE', '2020-01-01', "'quoted", 'Price war', 'Café ☕', '  padded  '),
  fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''),
);
const multiplier = fc.oneof(
  fc.constantFrom(0, 1, 0.95, 1.1),
  fc.double({ min: 0, max: 10, noNaN: true }).map((x) => x + 0),
);
const scenarioSets: fc.Arbitrary<ScenarioSet> = fc.uniqueArray(names, { minLength: 1, maxLength: 5 }).chain((list) =>
  fc.record({
    active: fc.oneof(fc.constantFrom(...list), names),
    list: fc.tuple(
      ...list.map((name) =>
        fc.record({
          name: fc.constant(name),
          multipliers: fc.record(
            Object.fromEntries(DRIVER_KEYS.map((k) => [k, multiplier])) as Record<
              (typeof DRIVER_KEYS)[number],
              fc.Arbitrary<number>
            >,
          ),
        }),
      ),
    ),
  }),
);

describe('scenarios: model → sheet → model', () => {
  test('round-trip names, multipliers and the active scenario exactly, whatever the text', () => {
    fc.assert(
      fc.property(scenarioSets, (scenarios) => {
        const f = planFinance({ ...shop, assumptions: { churn: 0.02, scenarios } });
        const read = readFinanceRows(sheetValues(f), f.geometry);
        expect(read.problems).toEqual([]);
        expect(read.assumptions?.scenarios).toEqual(scenarios);
        expect(read.assumptions?.churn).toBe(0.02);
      }),
      { numRuns: 25 },
    );
  });

  test('a canvas without scenarios of its own reads back without them', () => {
    const f = planFinance(shop);
    const read = readFinanceRows(sheetValues(f), f.geometry);
    expect(read.problems).toEqual([]);
    expect(read.assumptions).toBeDefined();
    expect(read.assumptions?.scenarios).toBeUndefined();
  });

  test('picking another scenario, or naming a spare column, is read back', () => {
    const f = planFinance(shop);
    const w = f.layout.whatIf;
    f.sheet.type(w.activeScenario.row, w.activeScenario.column, 'Downside');
    f.sheet.type(w.headerRow, w.firstScenarioColumn + 3, 'Price war');
    f.sheet.type(w.multipliers.row, w.firstScenarioColumn + 3, 0.5);
    const read = readFinanceRows(sheetValues(f), f.geometry);
    expect(read.problems).toEqual([]);
    const s = read.assumptions?.scenarios;
    expect(s?.active).toBe('Downside');
    expect(s?.list.map((x) => x.name)).toEqual(['Base', 'Upside', 'Downside', 'Price war']);
    expect(s?.list[3].multipliers).toEqual({
      price: 0.5,
      volume: 1,
      variableCost: 1,
      fixedCost: 1,
      growth: 1,
      churn: 1,
    });
    expect(s?.list[2].multipliers).toEqual({
      price: 0.95,
      volume: 0.9,
      variableCost: 1.05,
      fixedCost: 1.05,
      growth: 0.8,
      churn: 1.2,
    });
  });

  test('bad multipliers and unnamed ones are named by cell, never read as something else', () => {
    const f = planFinance(shop);
    const w = f.layout.whatIf;
    f.sheet.type(w.multipliers.row + 1, w.firstScenarioColumn + 1, 'lots');
    f.sheet.type(w.multipliers.row, w.firstScenarioColumn + 4, 2);
    const read = readFinanceRows(sheetValues(f), f.geometry);
    // Volume of Upside is in row 2 of the multipliers, column N; the last spare column is Q.
    expect(read.problems).toEqual([
      `What-ifs (N${w.multipliers.row + 1}): the volume multiplier must be a number ≥ 0, got "lots"`,
      `What-ifs (Q${w.headerRow}): a scenario column has multipliers but no name; name the scenario or set its multipliers back to 1`,
    ]);
  });

  test('a reader that fetches the finance input extent reaches every scenario cell', () => {
    const f = planFinance(shop);
    const w = f.layout.whatIf;
    const extent = financeInputExtent(f.geometry);
    expect(extent.numRows).toBe(w.multipliers.row + 5);
    expect(extent.numColumns).toBe(17);
    const clipped = sheetValues(f)
      .slice(0, extent.numRows)
      .map((row) => row.slice(0, extent.numColumns));
    f.sheet.type(w.activeScenario.row, w.activeScenario.column, 'Upside');
    const upside = sheetValues(f)
      .slice(0, extent.numRows)
      .map((row) => row.slice(0, extent.numColumns));
    expect(readFinanceRows(clipped, f.geometry).assumptions?.scenarios).toBeUndefined();
    expect(readFinanceRows(upside, f.geometry).assumptions?.scenarios?.active).toBe('Upside');
    // One row short, the scenarios are not read at all.
    expect(readFinanceRows(upside.slice(0, -1), f.geometry).assumptions?.scenarios).toBeUndefined();
  });
});
