/**
 * The month-by-month projection: one row per measure, one column per month, the same formula
 * across each row. Month 0 (the start column) holds only the initial investment.
 */
import { ABS_ROW, add, cell, Expr, formulaCell, ge, IF, mul, neg, pow, REL, sub } from '../formula';
import { CANVAS_COLUMNS, NARROW_COLUMN_WIDTH } from '../layout/geometry';
import { ChartPlan } from '../plan';
import { cellRange, PlanBuilder } from '../plan-builder';
import { FinanceLayout, PROJECTION_COLUMNS, PROJECTION_KEYS, ProjectionKey } from './layout';
import { volumeFactor } from './churn';
import { Refs } from './refs';
import { LABEL_STYLE, numberFormatOf, SECTION_STYLE, UNIT_STYLE, ValueKind } from './styles';

interface Month {
  /** A measure's cell in this month's column. */
  here(key: ProjectionKey): Expr;
  /** A measure's cell in the previous column (month 0 for month 1). */
  before(key: ProjectionKey): Expr;
  /** This column's month number. */
  month: Expr;
}

interface ProjectionSpec {
  label: string;
  kind: ValueKind;
  /** Month-0 formula, when the measure has one. */
  start?: (r: Refs) => Expr;
  month: (r: Refs, m: Month) => Expr;
}

export const PROJECTION: Record<ProjectionKey, ProjectionSpec> = {
  factor: {
    label: 'Volume factor (growth less churn)',
    kind: 'multiple',
    // Month 1 carries today's monthly figures; each later month grows by growth − churn, both as
    // the active scenario scales them.
    month: (r, m) => pow(volumeFactor(r, r.scenario('growth'), r.scenario('churn')), sub(m.month, 1)),
  },
  revenue: { label: 'Revenue', kind: 'money', month: (r, m) => mul(r.kpi('revenue'), m.here('factor')) },
  variableCosts: {
    label: 'Variable costs',
    kind: 'money',
    month: (r, m) => mul(r.kpi('variableCosts'), m.here('factor')),
  },
  fixedCosts: { label: 'Fixed costs', kind: 'money', month: (r) => r.kpi('fixedCosts') },
  totalCosts: {
    label: 'Total costs',
    kind: 'money',
    month: (_r, m) => add(m.here('variableCosts'), m.here('fixedCosts')),
  },
  profit: { label: 'Operating profit', kind: 'money', month: (_r, m) => sub(m.here('revenue'), m.here('totalCosts')) },
  cashFlow: {
    label: 'Cash flow',
    kind: 'money',
    start: (r) => neg(r.input('initialInvestment')),
    month: (_r, m) => m.here('profit'),
  },
  cumulativeCash: {
    label: 'Cumulative cash',
    kind: 'money',
    // The cash at hand before month 1 less the investment: funding need and break-even follow it.
    start: (r) => add(r.input('startingCash'), r.start('cashFlow')),
    month: (_r, m) => add(m.before('cumulativeCash'), m.here('cashFlow')),
  },
  covers: {
    label: 'Revenue covers costs (1 = yes)',
    kind: 'count',
    month: (_r, m) => IF(ge(m.here('profit'), 0), 1, 0),
  },
  paidBack: {
    label: 'Cumulative cash ≥ 0 (1 = yes)',
    kind: 'count',
    month: (_r, m) => IF(ge(m.here('cumulativeCash'), 0), 1, 0),
  },
};

/**
 * Width of the month columns beyond the canvas: the canvas's own narrow width, so the adapter sets
 * them in the same call as the canvas's last columns.
 */
export const MONTH_COLUMN_WIDTH = NARROW_COLUMN_WIDTH;

export function writeProjection(b: PlanBuilder, r: Refs, currency: string): void {
  const { projection } = r.layout;
  const { monthRow, rows, lastMonthColumn } = projection;
  for (let c = CANVAS_COLUMNS + 1; c <= lastMonthColumn; c++) b.columnWidth(c, MONTH_COLUMN_WIDTH);
  b.set(projection.title.row, projection.title.column, 'Projection by month', SECTION_STYLE);
  b.set(monthRow, PROJECTION_COLUMNS.label, 'Month', { ...LABEL_STYLE, fontWeight: 'bold' });
  b.set(monthRow, PROJECTION_COLUMNS.start, 0, { ...UNIT_STYLE, numberFormat: '0', fontWeight: 'bold' });
  for (let c = PROJECTION_COLUMNS.firstMonth; c <= lastMonthColumn; c++) {
    b.set(monthRow, c, formulaCell(add(cell(monthRow, c - 1), 1)), {
      ...UNIT_STYLE,
      numberFormat: '0',
      fontWeight: 'bold',
    });
  }

  for (const key of PROJECTION_KEYS) {
    const spec = PROJECTION[key];
    const row = rows[key];
    const format = { numberFormat: numberFormatOf(spec.kind, currency) };
    b.set(row, PROJECTION_COLUMNS.label, spec.label, { ...LABEL_STYLE, wrap: true });
    if (spec.start) b.set(row, PROJECTION_COLUMNS.start, formulaCell(spec.start(r)), format);
    for (let c = PROJECTION_COLUMNS.firstMonth; c <= lastMonthColumn; c++) {
      const m: Month = {
        here: (k) => cell(rows[k], c, REL),
        before: (k) => cell(rows[k], c - 1, REL),
        month: cell(monthRow, c, ABS_ROW),
      };
      b.set(row, c, formulaCell(spec.month(r, m)), format);
    }
  }
}

export const PROJECTION_CHART_TITLE = 'Revenue and total costs by month';

/** Revenue against total costs over the projection; the lines cross at break-even. */
export function projectionChart(layout: FinanceLayout): ChartPlan {
  const { monthRow, rows, lastMonthColumn } = layout.projection;
  const row = (r: number) => cellRange(r, PROJECTION_COLUMNS.label, 1, lastMonthColumn);
  return {
    kind: 'line',
    title: PROJECTION_CHART_TITLE,
    ranges: [row(monthRow), row(rows.revenue), row(rows.totalCosts)],
    anchor: layout.chartAnchor,
    width: 900,
    height: 320,
    merge: 'rows',
    transpose: true,
  };
}
