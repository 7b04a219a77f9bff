import { COST_COLUMNS, REVENUE_COLUMNS } from '../../../src/core/layout/geometry';
import { FIRST_ITEM_ROW, planFinance } from '../../helpers/finance-plan';

const first = FIRST_ITEM_ROW;
const shop = {
  streams: [
    { name: 'Coffee', type: 'asset-sale' as const, price: 4, volume: 2000 },
    { name: 'Beans to go', type: 'asset-sale' as const, price: 12, volume: 100 },
  ],
  costs: [
    { name: 'Rent', behavior: 'fixed' as const, amount: 3000 },
    { name: 'Cups', behavior: 'variable' as const, per: 'unit' as const, amount: 0.5, stream: 'Coffee' },
  ],
};

test('a new price gives a new revenue and profit', () => {
  const f = planFinance(shop);
  // 4 × 2000 + 12 × 100 = 9200; costs 3000 + 0.5 × 2000 = 4000
  expect(f.kpi('profit')).toBe(5200);
  f.sheet.type(first, REVENUE_COLUMNS.price, 5);
  expect(f.kpi('revenue')).toBe(11200);
  expect(f.kpi('profit')).toBe(7200);
  expect(f.sheet.named('Test_Profit')).toBe(7200);
});

test('clearing a stream row makes the totals, shares and per-unit costs follow', () => {
  const f = planFinance(shop);
  for (const c of [REVENUE_COLUMNS.name, REVENUE_COLUMNS.type, REVENUE_COLUMNS.price, REVENUE_COLUMNS.volume])
    f.sheet.type(first, c, null);
  expect(f.kpi('revenue')).toBe(1200);
  expect(f.kpi('streamCount')).toBe(1);
  expect(f.sheet.value(first, REVENUE_COLUMNS.monthly)).toBe('');
  expect(f.sheet.value(first + 1, REVENUE_COLUMNS.share)).toBe(1);
  // Cups still name Coffee, which is gone: the check says so and the cost follows nothing.
  expect(f.kpi('variableCosts')).toBe(0);
  const m = f.layout.master.value;
  expect(f.sheet.value(m.row, m.column)).toBe('A cost names a stream that does not exist');
  expect(f.kpi('breakEvenUnits')).toBe(250); // one stream left: 3000 ÷ 12
});

test('a stream typed into a room row joins the totals', () => {
  const f = planFinance(shop);
  const row = first + 2;
  f.sheet.type(row, REVENUE_COLUMNS.name, 'Cake');
  f.sheet.type(row, REVENUE_COLUMNS.type, 'Asset sale');
  f.sheet.type(row, REVENUE_COLUMNS.price, 3);
  f.sheet.type(row, REVENUE_COLUMNS.volume, 300);
  expect(f.sheet.value(row, REVENUE_COLUMNS.monthly)).toBe(900);
  expect(f.sheet.value(row, REVENUE_COLUMNS.basis)).toBe('price × units sold');
  expect(f.kpi('revenue')).toBe(10100);
  expect(f.kpi('streamCount')).toBe(3);
});

test('a cost typed into a room row joins the totals', () => {
  const f = planFinance(shop);
  const row = first + 2;
  f.sheet.type(row, COST_COLUMNS.name, 'Licence');
  f.sheet.type(row, COST_COLUMNS.behavior, 'share of revenue');
  f.sheet.type(row, COST_COLUMNS.amount, 0.1);
  expect(f.kpi('variableCosts')).toBeCloseTo(1000 + 920, 9);
});

test('churn and acquisition cost drive the recurring figures', () => {
  const f = planFinance({ streams: [{ name: 'Plan', type: 'subscription', price: 10, volume: 100 }], costs: [] });
  expect(f.kpi('ltv')).toBe('n/a');
  const churn = f.layout.assumptions.churn.value;
  const cac = f.layout.assumptions.acquisitionCost.value;
  f.sheet.type(churn.row, churn.column, 0.05);
  f.sheet.type(cac.row, cac.column, 50);
  expect(f.kpi('lifetime')).toBe(20);
  expect(f.kpi('ltv')).toBe(200); // 10 × 100 % margin × 20 months
  expect(f.kpi('ltvToCac')).toBe(4);
  expect(f.kpi('cacPayback')).toBe(5);
});

test('growth moves the projection and its break-even month', () => {
  const f = planFinance({
    streams: [{ name: 'Plan', type: 'subscription', price: 10, volume: 100 }],
    costs: [{ name: 'Team', behavior: 'fixed', amount: 1500 }],
  });
  expect(f.kpi('breakEvenMonth')).toBe('not within 36 months');
  const growth = f.layout.assumptions.growth.value;
  f.sheet.type(growth.row, growth.column, 1);
  // revenue doubles each month: 1000, 2000 ≥ 1500 in month 2
  expect(f.kpi('breakEvenMonth')).toBe(2);
  expect(f.kpi('fundingNeed')).toBe(500);
});
