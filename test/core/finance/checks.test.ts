import { CheckKey } from '../../../src/core/finance/layout';
import { COST_COLUMNS, REVENUE_COLUMNS } from '../../../src/core/layout/geometry';
import { FIRST_ITEM_ROW, FinanceCase, planFinance } from '../../helpers/finance-plan';

const base: FinanceCase = {
  streams: [{ name: 'Coffee', type: 'asset-sale', price: 4, volume: 1000 }],
  costs: [
    { name: 'Rent', behavior: 'fixed', amount: 1000 },
    { name: 'Card fees', behavior: 'variable', per: 'revenue', amount: 0.02 },
  ],
};
const first = FIRST_ITEM_ROW;

function checked(
  c: FinanceCase,
  edit?: (type: (row: number, column: number, v: number | string | null) => void) => void,
) {
  const f = planFinance(c);
  edit?.((row, column, v) => f.sheet.type(row, column, v));
  const m = f.layout.master.value;
  const counts = {} as Record<CheckKey, unknown>;
  for (const [key, cells] of Object.entries(f.layout.checks))
    counts[key as CheckKey] = f.sheet.value(cells.count.row, cells.count.column);
  return { master: f.sheet.value(m.row, m.column), counts, f };
}

test('a sound canvas passes every check', () => {
  const { master, counts } = checked(base);
  expect(master).toBe('OK');
  expect(Object.values(counts)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
});

test('a per-unit cost of every stream over volumes in different units fails, naming the cost', () => {
  const mixed: FinanceCase = {
    streams: [
      { name: 'Plan', type: 'subscription', price: 10, volume: 100 },
      { name: 'Ads', type: 'advertising', price: 5, volume: 40 },
    ],
    costs: [
      { name: 'Rent', behavior: 'fixed', amount: 1000 },
      { name: 'Servers', behavior: 'variable', per: 'unit', amount: 0.5 },
    ],
  };
  const { master, counts, f } = checked(mixed);
  expect(counts.mixedUnits).toBe(1);
  expect(master).toBe(
    'The per-unit cost “Servers” follows every stream, whose volumes are in different units (customers or units, thousand impressions, money transacted): pick its stream',
  );
  expect(f.sheet.errors()).toEqual([]);
  // Naming its stream puts it right.
  const named = checked(mixed, (type) => type(first + 1, COST_COLUMNS.stream, 'Plan'));
  expect(named.master).toBe('OK');
  // Customers and units add up: a subscription beside an asset sale is fine.
  const alike = checked({ ...mixed, streams: [mixed.streams![0], { ...mixed.streams![1], type: 'asset-sale' }] });
  expect(alike.counts.mixedUnits).toBe(0);
  expect(alike.master).toBe('OK');
});

test('a cost naming a stream that does not exist', () => {
  const { master, counts, f } = checked({
    ...base,
    costs: [{ name: 'Milk', behavior: 'variable', per: 'unit', amount: 0.5, stream: 'Tea' }],
  });
  expect(master).toBe('A cost names a stream that does not exist');
  expect(counts.missingStream).toBe(1);
  // The cost follows no volume until the stream exists; nothing shows an error meanwhile.
  expect(f.kpi('variableCosts')).toBe(0);
  expect(f.sheet.errors()).toEqual([]);
});

test('a stream without a price, then with its price typed in', () => {
  const c: FinanceCase = { ...base, streams: [{ name: 'Coffee', type: 'asset-sale', price: null, volume: 1000 }] };
  const missing = checked(c);
  expect(missing.master).toBe('A revenue stream lacks its name, type, price or volume');
  expect(missing.counts.streamDrivers).toBe(1);
  expect(missing.f.sheet.errors()).toEqual([]);
  const typed = checked(c, (type) => type(first, REVENUE_COLUMNS.price, 4));
  expect(typed.master).toBe('OK');
});

test('only a segment typed in an empty row counts as a stream lacking its drivers', () => {
  const { master } = checked(base, (type) => type(first + 2, REVENUE_COLUMNS.segment, 'Students'));
  expect(master).toBe('A revenue stream lacks its name, type, price or volume');
});

test('a cost without an amount', () => {
  const { master, counts } = checked({ ...base, costs: [{ name: 'Rent', behavior: 'fixed', amount: null }] });
  expect(master).toBe('A cost lacks its name, behaviour or amount');
  expect(counts.costDrivers).toBe(1);
});

test('a named row without its formulas (as when a row is inserted by hand)', () => {
  const stream = checked(base, (type) => type(first, REVENUE_COLUMNS.monthly, null));
  expect(stream.master).toBe('A row added by hand lacks its formulas: copy them from the row above');
  expect(stream.counts.formulasMissing).toBe(1);
  // Revenue comes from the inputs, so the stream still counts while its row lacks formulas.
  expect(stream.f.kpi('revenue')).toBe(4000);
  const cost = checked(base, (type) => type(first, COST_COLUMNS.monthly, null));
  expect(cost.counts.formulasMissing).toBe(1);
  expect(cost.f.kpi('fixedCosts')).toBe(1000);
});

test('text typed into a price', () => {
  const { master, counts } = checked(base, (type) => type(first, REVENUE_COLUMNS.price, 'ten'));
  expect(master).toBe('A price, volume, amount or assumption is not a number ≥ 0');
  expect(counts.notNumbers).toBe(1);
});

test('a negative assumption', () => {
  const f = planFinance(base);
  const growth = f.layout.assumptions.growth.value;
  f.sheet.type(growth.row, growth.column, -0.1);
  const m = f.layout.master.value;
  expect(f.sheet.value(m.row, m.column)).toBe('A price, volume, amount or assumption is not a number ≥ 0');
});

test('a type or behaviour not from the lists', () => {
  expect(checked(base, (type) => type(first, REVENUE_COLUMNS.type, 'rent')).master).toBe(
    'A type or behaviour is not one from its list',
  );
  expect(checked(base, (type) => type(first, COST_COLUMNS.behavior, 'monthly')).counts.unknownLabels).toBe(1);
});

test('a share of revenue above 1', () => {
  const { master, counts } = checked(base, (type) => type(first + 1, COST_COLUMNS.amount, 1.5));
  expect(master).toBe('A share of revenue is above 1');
  expect(counts.shareAboveOne).toBe(1);
});

test('with two failures the master check names the first and the block lists both', () => {
  const { master, counts } = checked(base, (type) => {
    type(first + 1, COST_COLUMNS.amount, 1.5);
    type(first + 2, COST_COLUMNS.name, 'Insurance');
  });
  expect(master).toBe('A cost lacks its name, behaviour or amount');
  expect(counts.shareAboveOne).toBe(1);
  expect(counts.costDrivers).toBe(1);
});
