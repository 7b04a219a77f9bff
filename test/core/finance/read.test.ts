import fc from 'fast-check';
import { readFinanceRows } from '../../../src/core/finance';
import { Assumptions } from '../../../src/core/finance/assumptions';
import { STREAM_TYPE_IDS } from '../../../src/core/finance/catalogue';
import { COST_COLUMNS, FinanceGeometry, REVENUE_COLUMNS } from '../../../src/core/layout/geometry';
import { Cost, RevenueStream } from '../../../src/core/model';
import { FIRST_ITEM_ROW, planFinance } from '../../helpers/finance-plan';

// Many plans are built and evaluated in HyperFormula: seconds, not milliseconds, on a busy machine.
jest.setTimeout(60_000);

/** The sheet's values as getValues() gives them: text, numbers, "" for empty cells. */
function sheetValues(f: ReturnType<typeof planFinance>): unknown[][] {
  const values = f.sheet.hf.getSheetValues(0);
  return values.map((row) => row.map((v) => (v === null ? '' : typeof v === 'object' ? '#ERROR' : v)));
}

const awkwardText = fc.oneof(
  fc.constantFrom(
    '=SUM(A1)',
    '+1',
    '-x',
    '@me',
    '123',
    'TRUE',
    '2020-01-01',
    "'quoted",
    'a, b',
    'line\nbreak',
    'say "hi"',
    'Café 咖啡 ☕',
    'مقهى',
    '  padded  ',
  ),
  fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''),
);
const amount = fc.oneof(
  fc.constant(null),
  fc.double({ min: 0, max: 1e12, noNaN: true }),
  fc.integer({ min: 0, max: 1e6 }),
);
const share = fc.oneof(fc.constant(null), fc.double({ min: 0, max: 1, noNaN: true }));

const streamsArb = fc
  .uniqueArray(awkwardText, { maxLength: 5, comparator: (a, b) => a.toLowerCase() === b.toLowerCase() })
  .chain((names) =>
    fc.tuple(
      ...names.map((name) =>
        fc.record(
          {
            name: fc.constant(name),
            type: fc.constantFrom(...STREAM_TYPE_IDS),
            price: amount,
            volume: amount,
            segment: awkwardText,
          },
          { requiredKeys: ['name', 'type', 'price', 'volume'] },
        ),
      ),
    ),
  );

function costsArb(streams: RevenueStream[]) {
  const fixed = fc.record({ name: awkwardText, behavior: fc.constant('fixed' as const), amount });
  const perRevenue = fc.record({
    name: awkwardText,
    behavior: fc.constant('variable' as const),
    per: fc.constant('revenue' as const),
    amount: share,
  });
  const perUnit =
    streams.length === 0
      ? fc.record({
          name: awkwardText,
          behavior: fc.constant('variable' as const),
          per: fc.constant('unit' as const),
          amount,
        })
      : fc.record(
          {
            name: awkwardText,
            behavior: fc.constant('variable' as const),
            per: fc.constant('unit' as const),
            amount,
            stream: fc.constantFrom(...streams.map((s) => s.name)),
          },
          { requiredKeys: ['name', 'behavior', 'per', 'amount'] },
        );
  return fc.array(fc.oneof(fixed, perRevenue, perUnit) as fc.Arbitrary<Cost>, { maxLength: 6 });
}

const assumptionsArb: fc.Arbitrary<Assumptions> = fc.record({
  growth: fc.double({ min: 0, max: 2, noNaN: true }),
  churn: fc.double({ min: 0, max: 1, noNaN: true }),
  acquisitionCost: fc.double({ min: 0, max: 1e6, noNaN: true }),
  initialInvestment: fc.double({ min: 0, max: 1e9, noNaN: true }),
  startingCash: fc.double({ min: 0, max: 1e9, noNaN: true }),
  discountRate: fc.double({ min: 0, max: 1, noNaN: true }),
  ltvCacBar: fc.double({ min: 0, max: 10, noNaN: true }),
});

describe('model → sheet → model', () => {
  test('round-trips every stream, cost and assumption exactly, whatever the text', () => {
    fc.assert(
      fc.property(
        streamsArb.chain((streams) =>
          fc.tuple(
            fc.constant(streams as RevenueStream[]),
            costsArb(streams as RevenueStream[]),
            assumptionsArb,
            fc.integer({ min: 1, max: 3 }),
          ),
        ),
        ([streams, costs, assumptions, room]) => {
          const f = planFinance({ streams, costs, assumptions }, room);
          const read = readFinanceRows(sheetValues(f), f.geometry);
          expect(read.problems).toEqual([]);
          expect(read.revenueStreams).toEqual(streams);
          expect(read.costs).toEqual(costs);
          expect(read.assumptions).toEqual(assumptions);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('reading what a user typed', () => {
  const g: FinanceGeometry = {
    prefix: 'T',
    costRows: { first: 22, count: 4 },
    revenueRows: { first: 22, count: 4 },
    panelFirstRow: 27,
    currency: 'USD',
  };
  function grid(rows: Record<number, Record<number, unknown>>): unknown[][] {
    const out: unknown[][] = [];
    for (let r = 0; r < 26; r++) out.push(new Array(15).fill(''));
    for (const [row, cells] of Object.entries(rows))
      for (const [c, v] of Object.entries(cells)) out[Number(row) - 1][Number(c) - 1] = v;
    return out;
  }
  const R = REVENUE_COLUMNS;
  const C = COST_COLUMNS;

  test.each([
    ['Subscription fees', 'subscription'],
    ['subscription fees ', 'subscription'],
    ['subscription', 'subscription'],
    ['Lending / renting / leasing', 'lending'],
    ['ASSET-SALE', 'asset-sale'],
  ])('the Type cell reads back by title or by id: "%s" is a %s stream', (typed, type) => {
    const read = readFinanceRows(grid({ 22: { [R.name]: 'Plan', [R.type]: typed, [R.price]: 10, [R.volume]: 5 } }), g);
    expect(read.problems).toEqual([]);
    expect(read.revenueStreams).toEqual([{ name: 'Plan', type, price: 10, volume: 5 }]);
  });

  test('skips empty rows; numbers stay numbers; an empty number cell is null', () => {
    const read = readFinanceRows(
      grid({
        22: { [R.name]: 'Coffee', [R.type]: 'asset-sale', [R.price]: 4, [R.volume]: '' },
        24: {
          [R.name]: 'Tea',
          [R.type]: 'Subscription ',
          [R.segment]: 'Students',
          [R.price]: 0,
          [R.volume]: 10,
          [C.name]: 'Rent',
          [C.behavior]: 'fixed',
          [C.amount]: 900,
        },
        25: { [C.name]: 'Cups', [C.behavior]: 'Per unit', [C.amount]: 0.1 },
      }),
      g,
    );
    expect(read.problems).toEqual([]);
    expect(read.revenueStreams).toEqual([
      { name: 'Coffee', type: 'asset-sale', price: 4, volume: null },
      { name: 'Tea', type: 'subscription', price: 0, volume: 10, segment: 'Students' },
    ]);
    expect(read.costs).toEqual([
      { name: 'Rent', behavior: 'fixed', amount: 900 },
      { name: 'Cups', behavior: 'variable', per: 'unit', amount: 0.1 },
    ]);
    // The grid stops above the panel, so there are no assumptions to read.
    expect(read.assumptions).toBeUndefined();
  });

  test('names each bad cell in A1 and turns nothing into a zero', () => {
    const read = readFinanceRows(
      grid({
        22: {
          [R.name]: 'Coffee',
          [R.type]: 'asset-sale',
          [R.price]: 4,
          [R.volume]: 100,
          [C.name]: 'Rent',
          [C.behavior]: 'monthly',
          [C.amount]: 900,
        },
        23: {
          [R.name]: 'Tea',
          [R.type]: 'asset-sale',
          [R.price]: 'ten',
          [R.volume]: 100,
          [C.name]: 'Fees',
          [C.behavior]: 'share of revenue',
          [C.amount]: 1.5,
        },
        24: {
          [R.name]: '',
          [R.type]: 'rent',
          [R.price]: -2,
          [R.volume]: true,
          [C.name]: 'Rent',
          [C.behavior]: 'fixed',
          [C.stream]: 'Coffee',
          [C.amount]: 5,
        },
      }),
      g,
    );
    expect(read.problems).toEqual([
      'Revenue Streams, row 2 (K23): price must be a number ≥ 0, got "ten"',
      'Revenue Streams, row 3 (H24): the stream has no name',
      'Revenue Streams, row 3 (I24): type must be one of "Asset sale", "Usage fee", "Subscription fees", "Lending / renting / leasing", "Licensing", "Brokerage fees", "Advertising", got "rent"',
      'Revenue Streams, row 3 (K24): price must be a number ≥ 0, got -2',
      'Revenue Streams, row 3 (L24): volume must be a number ≥ 0, got true',
      'Cost Structure, row 1 (B22): behaviour must be one of fixed, per unit, share of revenue, got "monthly"',
      'Cost Structure, row 2 (D23): a share of revenue must be a number between 0 and 1, got 1.5',
      'Cost Structure, row 3 (C24): only a per-unit cost follows a stream; clear the stream or make the cost "per unit"',
    ]);
    expect(read.revenueStreams).toEqual([{ name: 'Coffee', type: 'asset-sale', price: 4, volume: 100 }]);
    expect(read.costs).toEqual([]);
  });

  test('a missing type or behaviour is a problem, said as an empty cell', () => {
    const read = readFinanceRows(
      grid({ 22: { [R.name]: 'Coffee', [R.price]: 4, [C.name]: 'Rent', [C.amount]: 4 } }),
      g,
    );
    expect(read.problems).toEqual([
      'Revenue Streams, row 1 (I22): type must be one of "Asset sale", "Usage fee", "Subscription fees", "Lending / renting / leasing", "Licensing", "Brokerage fees", "Advertising", got an empty cell',
      'Cost Structure, row 1 (B22): behaviour must be one of fixed, per unit, share of revenue, got an empty cell',
    ]);
  });

  test('assumptions: an empty cell reads as the 0 the formulas use; text is a problem', () => {
    const f = planFinance({}, 2);
    const values = sheetValues(f);
    const churn = f.layout.assumptions.churn.value;
    const growth = f.layout.assumptions.growth.value;
    values[churn.row - 1][churn.column - 1] = 'five percent';
    values[growth.row - 1][growth.column - 1] = '';
    const read = readFinanceRows(values, f.geometry);
    expect(read.problems).toEqual([
      `Assumptions (M${churn.row}): monthly churn must be a number between 0 and 1, got "five percent"`,
    ]);
    expect(read.assumptions?.growth).toBe(0);
  });
});

test('the first item row of the test geometry is where the plan puts it', () => {
  const f = planFinance({ streams: [{ name: 'A', type: 'lending', price: 1, volume: 1 }] });
  expect(f.plan.values[FIRST_ITEM_ROW - 1][REVENUE_COLUMNS.name - 1]).toBe('A');
});
