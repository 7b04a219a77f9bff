import { financeRangeNames } from '../../../src/core/finance';
import { INPUT_FILL, INPUT_FONT, SWATCH_INPUT_FONT } from '../../../src/core/finance/styles';
import { COST_COLUMNS, REVENUE_COLUMNS } from '../../../src/core/layout/geometry';
import { isFormula } from '../../../src/core/plan';
import { FIRST_ITEM_ROW, planFinance } from '../../helpers/finance-plan';

const cafe = {
  streams: [
    { name: 'Coffee', type: 'asset-sale' as const, price: 4, volume: 2500, segment: 'Commuters' },
    { name: 'Club', type: 'subscription' as const, price: 20, volume: 100 },
  ],
  costs: [
    { name: 'Rent', behavior: 'fixed' as const, amount: 3000 },
    { name: 'Beans', behavior: 'variable' as const, per: 'unit' as const, amount: 1.5, stream: 'Coffee' },
    { name: 'Cups', behavior: 'variable' as const, per: 'unit' as const, amount: 0.1 },
    { name: 'Card fees', behavior: 'variable' as const, per: 'revenue' as const, amount: 0.02 },
  ],
};

describe('the item rows', () => {
  const f = planFinance(cafe, 3);
  const first = FIRST_ITEM_ROW;
  const value = (row: number, column: number) => f.sheet.value(row, column);

  test('the column header row sits right above the first item row', () => {
    const header = f.plan.values[first - 2];
    expect(header[COST_COLUMNS.name - 1]).toBe('Cost');
    expect(header[COST_COLUMNS.behavior - 1]).toBe('Behaviour');
    expect(header[REVENUE_COLUMNS.name - 1]).toBe('Stream');
    expect(header[REVENUE_COLUMNS.price - 1]).toBe('Price');
    expect(header[REVENUE_COLUMNS.share - 1]).toBe('% of revenue');
  });

  test('inputs are written as the model holds them, behaviours as their labels', () => {
    const row = f.plan.values[first];
    expect(row.slice(COST_COLUMNS.name - 1, COST_COLUMNS.amount)).toEqual(['Beans', 'per unit', 'Coffee', 1.5]);
    expect(f.plan.values[first + 2].slice(0, 4)).toEqual(['Card fees', 'share of revenue', null, 0.02]);
    expect(f.plan.values[first - 1].slice(REVENUE_COLUMNS.name - 1, REVENUE_COLUMNS.volume)).toEqual([
      'Coffee',
      'Asset sale',
      'Commuters',
      4,
      2500,
    ]);
  });

  test('each row shows a live basis label, its monthly amount and its share', () => {
    expect([value(first, COST_COLUMNS.basis), value(first, COST_COLUMNS.monthly)]).toEqual(['USD per month', 3000]);
    expect([value(first + 1, COST_COLUMNS.basis), value(first + 1, COST_COLUMNS.monthly)]).toEqual([
      'USD × units of that stream',
      3750,
    ]);
    expect([value(first + 2, COST_COLUMNS.basis), value(first + 2, COST_COLUMNS.monthly)]).toEqual([
      'USD × units of every stream',
      260,
    ]);
    expect(value(first + 3, COST_COLUMNS.basis)).toBe('share of revenue (%) × revenue');
    expect(value(first + 3, COST_COLUMNS.monthly)).toBeCloseTo(240, 9); // 0.02 × 12000
    expect(value(first, COST_COLUMNS.share)).toBeCloseTo(3000 / 7250, 12);
    expect(value(first, REVENUE_COLUMNS.basis)).toBe('price × units sold');
    expect(value(first + 1, REVENUE_COLUMNS.basis)).toBe('monthly fee × subscribers (customers)');
    expect(value(first, REVENUE_COLUMNS.monthly)).toBe(10000);
    expect(value(first + 1, REVENUE_COLUMNS.share)).toBeCloseTo(2000 / 12000, 12);
  });

  test('empty room rows show nothing: no zero, no error', () => {
    for (let row = first + 4; row < first + 7; row++) {
      for (const c of [COST_COLUMNS.basis, COST_COLUMNS.monthly, COST_COLUMNS.share]) expect(value(row, c)).toBe('');
    }
    for (let row = first + 2; row < first + 7; row++) {
      for (const c of [REVENUE_COLUMNS.basis, REVENUE_COLUMNS.monthly, REVENUE_COLUMNS.share])
        expect(value(row, c)).toBe('');
    }
    expect(f.sheet.errors()).toEqual([]);
  });

  test('labels follow what is typed: a new type, a new behaviour, a stream that is not there', () => {
    const g = planFinance(cafe, 3);
    g.sheet.type(first, REVENUE_COLUMNS.type, 'Advertising');
    expect(g.sheet.value(first, REVENUE_COLUMNS.basis)).toBe('CPM × thousand impressions');
    g.sheet.type(first, REVENUE_COLUMNS.type, 'Brokerage fees');
    expect(g.sheet.value(first, REVENUE_COLUMNS.basis)).toBe('take rate × transaction value (money transacted)');
    g.sheet.type(first + 1, COST_COLUMNS.stream, 'Tea');
    expect(g.sheet.value(first + 1, COST_COLUMNS.basis)).toBe('stream not on the canvas');
    g.sheet.type(first, COST_COLUMNS.behavior, 'per unit');
    expect(g.sheet.value(first, COST_COLUMNS.basis)).toBe('USD × units of every stream');
    expect(g.sheet.value(first, COST_COLUMNS.monthly)).toBe(3000 * 2600);
  });

  test('inputs carry the input colours and text formats; calculations do not', () => {
    const fmt = (row: number, column: number) => f.plan.formats[row - 1][column - 1];
    for (const c of [
      COST_COLUMNS.name,
      COST_COLUMNS.behavior,
      COST_COLUMNS.stream,
      REVENUE_COLUMNS.name,
      REVENUE_COLUMNS.type,
    ]) {
      expect(fmt(first + 5, c)).toMatchObject({ background: INPUT_FILL, fontColor: INPUT_FONT, numberFormat: '@' });
    }
    // The Segment cell is the segment's swatch: a darker input blue, to read on every segment colour.
    expect(fmt(first + 5, REVENUE_COLUMNS.segment)).toMatchObject({
      background: INPUT_FILL,
      fontColor: SWATCH_INPUT_FONT,
      numberFormat: '@',
    });
    for (const c of [COST_COLUMNS.amount, REVENUE_COLUMNS.price, REVENUE_COLUMNS.volume]) {
      expect(fmt(first, c)).toMatchObject({
        background: INPUT_FILL,
        fontColor: INPUT_FONT,
        numberFormat: '#,##0.00##',
      });
    }
    for (const c of [COST_COLUMNS.monthly, REVENUE_COLUMNS.monthly]) {
      expect(fmt(first, c)).toMatchObject({ background: null, numberFormat: '"$"#,##0.00' });
    }
    expect(fmt(first, REVENUE_COLUMNS.share).numberFormat).toBe('0.0%');
  });

  test('the legend shows the input convention', () => {
    const { input, calculated } = f.layout.legend;
    expect(f.plan.values[input.row - 1][input.column - 1]).toBe('input');
    expect(f.plan.formats[input.row - 1][input.column - 1]).toMatchObject({
      background: INPUT_FILL,
      fontColor: INPUT_FONT,
    });
    expect(f.plan.values[calculated.row - 1][calculated.column - 1]).toBe('calculated');
  });

  test('amounts use the canvas currency', () => {
    const chf = planFinance({ ...cafe, currency: 'CHF' });
    const jpy = planFinance({ ...cafe, currency: 'JPY' });
    const revenue = chf.layout.kpis.revenue.value;
    expect(chf.plan.formats[revenue.row - 1][revenue.column - 1].numberFormat).toBe('"CHF\u00a0"#,##0.00');
    expect(jpy.plan.formats[revenue.row - 1][revenue.column - 1].numberFormat).toBe('"¥"#,##0');
    expect(chf.sheet.value(first, COST_COLUMNS.basis)).toBe('CHF per month');
  });

  test('validation: dropdowns for types, behaviours and streams, numbers from 0 to their bound, shares 0..1, never invalid', () => {
    const rules = f.plan.validations;
    const at = (row: number, column: number) =>
      rules.find(
        (v) =>
          row >= v.range.row &&
          row < v.range.row + v.range.numRows &&
          column >= v.range.column &&
          column < v.range.column + v.range.numColumns,
      )?.rule;
    const last = first + 6;
    expect(at(last, COST_COLUMNS.behavior)).toMatchObject({
      kind: 'list',
      values: ['fixed', 'per unit', 'share of revenue'],
    });
    expect(at(last, REVENUE_COLUMNS.type)).toMatchObject({
      kind: 'list',
      values: [
        'Asset sale',
        'Usage fee',
        'Subscription fees',
        'Lending / renting / leasing',
        'Licensing',
        'Brokerage fees',
        'Advertising',
      ],
    });
    expect(at(first, COST_COLUMNS.stream)).toMatchObject({
      kind: 'listFromRange',
      source: { row: first, column: REVENUE_COLUMNS.name, numRows: 7, numColumns: 1 },
    });
    for (const c of [COST_COLUMNS.amount, REVENUE_COLUMNS.price, REVENUE_COLUMNS.volume]) {
      expect(at(last, c)).toMatchObject({ kind: 'number', min: 0, max: 1e12 });
    }
    expect(at(f.layout.assumptions.churn.value.row, f.layout.assumptions.churn.value.column)).toMatchObject({
      kind: 'number',
      min: 0,
      max: 1,
    });
    expect(
      at(f.layout.assumptions.discountRate.value.row, f.layout.assumptions.discountRate.value.column),
    ).toMatchObject({ min: 0, max: 1 });
    expect(at(f.layout.assumptions.growth.value.row, f.layout.assumptions.growth.value.column)).toMatchObject({
      min: 0,
      max: 10,
    });
    for (const v of rules) {
      expect(v.rule.allowInvalid).toBe(false);
      expect(v.rule.helpText.length).toBeGreaterThan(20);
    }
    expect(at(first, COST_COLUMNS.monthly)).toBeUndefined();
  });
});

describe('names and chart', () => {
  const f = planFinance(cafe, 3, 'Cafe');

  test('twenty-two named ranges, the required suffixes among them, each on its KPI cell', () => {
    const names = f.plan.namedRanges.map((n) => n.name);
    expect(names).toEqual(financeRangeNames('Cafe'));
    expect(names).toHaveLength(22);
    for (const s of [
      'Revenue',
      'VariableCosts',
      'ContributionMargin',
      'FixedCosts',
      'Profit',
      'ProfitMargin',
      'BreakEvenRevenue',
      'Y1Revenue',
      'Y2Revenue',
      'Y3Revenue',
      'Y1Profit',
      'Y2Profit',
      'Y3Profit',
      'EndingCustomers',
      'ARR',
      'Runway',
      'NPV',
      'FundingNeed',
      'BreakEvenMonth',
      'LTVtoCAC',
      'CACPayback',
    ]) {
      expect(names).toContain(`Cafe_${s}`);
    }
    expect(f.sheet.named('Cafe_Revenue')).toBe(12000);
    expect(f.sheet.named('Cafe_FixedCosts')).toBe(3000);
    for (const n of f.plan.namedRanges) {
      expect(n.range).toMatchObject({ numRows: 1, numColumns: 1 });
      expect(isFormula(f.plan.values[n.range.row - 1][n.range.column - 1])).toBe(true);
    }
  });

  test('one line chart of revenue against total costs over the projection, and the tornado’s bar chart', () => {
    const { rows, monthRow, lastMonthColumn } = f.layout.projection;
    expect(f.plan.charts.map((c) => c.kind)).toEqual(['line', 'bar']);
    const chart = f.plan.charts[0];
    expect(chart.kind).toBe('line');
    expect(chart.ranges.map((r) => r.row)).toEqual([monthRow, rows.revenue, rows.totalCosts]);
    for (const r of chart.ranges) expect(r).toMatchObject({ column: 1, numRows: 1, numColumns: lastMonthColumn });
    expect(chart.anchor.row).toBeGreaterThan(f.layout.lastRow);
    // The what-ifs sit beside the chart, from its top row.
    expect(f.layout.whatIf.title).toEqual({ row: chart.anchor.row, column: 10 });
  });

  test('every KPI label carries a note saying what it means', () => {
    const revenue = f.layout.kpis.revenue.label;
    expect(f.plan.notes[revenue.row - 1][revenue.column - 1]).toMatch(/price × volume[\s\S]*Named range: Cafe_Revenue/);
    const ltv = f.layout.kpis.ltvToCac.label;
    expect(f.sheet.value(ltv.row, ltv.column)).toBe('LTV:CAC (bar: 3)');
  });
});
