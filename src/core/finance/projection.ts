/**
 * The month-by-month projection: one row per measure, one column per month, the same formula
 * across each row. Month 0 (the start column) holds only the initial investment.
 */
import {
  ABS,
  ABS_ROW,
  add,
  cell,
  concat,
  COUNTIF,
  eq,
  Expr,
  formulaCell,
  ge,
  IF,
  lt,
  mul,
  neg,
  range,
  rangeBetween,
  REL,
  sub,
  SUM,
  SUMIF,
  SUMIFS,
  SUMPRODUCT,
} from '../formula';
import { CANVAS_COLUMNS, NARROW_COLUMN_WIDTH } from '../layout/geometry';
import { ChartPlan } from '../plan';
import { cellRange, PlanBuilder } from '../plan-builder';
import {
  FinanceLayout,
  PROJECTION_COLUMNS,
  PROJECTION_KEYS,
  ProjectionKey,
  YEAR_COLUMNS,
  YEAR_KEYS,
  YEARS,
} from './layout';
import { YEAR_SPECS } from './kpis';
import { Refs } from './refs';
import { LABEL_STYLE, numberFormatOf, SECTION_STYLE, UNIT_STYLE, ValueKind } from './styles';

interface Month {
  /** A measure's cell in this month's column. */
  here(key: ProjectionKey): Expr;
  /** A measure's cell in the previous column (month 0 for month 1). */
  before(key: ProjectionKey): Expr;
  /** Every stream's volume row in this month's column. */
  units: Expr;
  /** Every stream's volume row in the previous month's column (empty month 0 for month 1). */
  unitsBefore: Expr;
  /** This column's month number. */
  month: Expr;
  /** This measure from this month through the last, the last column absolute. */
  fromHere(key: ProjectionKey): Expr;
}

interface ProjectionSpec {
  label: string;
  kind: ValueKind;
  /** Month-0 formula, when the measure has one. */
  start?: (r: Refs) => Expr;
  month: (r: Refs, m: Month) => Expr | number;
}

/** Σ over the streams table's column `key` × every stream's volume this month. */
const perStream = (_r: Refs, units: Expr, ...columns: Expr[]) => SUMPRODUCT(...columns, units);

export const PROJECTION: Record<ProjectionKey, ProjectionSpec> = {
  customers: {
    label: 'Customers of recurring streams',
    kind: 'units',
    month: (r, m) => perStream(r, m.units, r.streamTable('recurring')),
  },
  newCustomers: {
    label: 'New customers (growth × last month’s)',
    kind: 'units',
    // Month 1's customers are already won: its column before (month 0) holds no customers.
    month: (r, m) => perStream(r, m.unitsBefore, r.streamTable('recurring'), r.streamTable('growth')),
  },
  revenue: {
    label: 'Revenue',
    kind: 'money',
    month: (r, m) => mul(perStream(r, m.units, r.streams('price')), r.scenario('price')),
  },
  recurringRevenue: {
    label: 'Revenue of recurring streams',
    kind: 'money',
    month: (r, m) => mul(perStream(r, m.units, r.streamTable('recurring'), r.streams('price')), r.scenario('price')),
  },
  variableCosts: {
    label: 'Variable costs',
    kind: 'money',
    month: (r, m) =>
      mul(
        add(
          perStream(r, m.units, r.streamTable('unitCost')),
          mul(SUMIF(r.costs('behavior'), r.behaviorLabel('revenue'), r.costs('amount')), m.here('revenue')),
        ),
        r.scenario('variableCost'),
      ),
  },
  fixedCosts: {
    label: 'Fixed costs',
    kind: 'money',
    month: (r, m) =>
      mul(SUMIFS(r.costTable('fixedAmount'), [r.costTable('start'), concat('<=', m.month)]), r.scenario('fixedCost')),
  },
  acquisition: {
    label: 'Acquisition spend (CAC × new customers)',
    kind: 'money',
    month: (r, m) => mul(r.input('acquisitionCost'), m.here('newCustomers')),
  },
  totalCosts: {
    label: 'Total costs',
    kind: 'money',
    month: (_r, m) => add(m.here('variableCosts'), m.here('fixedCosts'), m.here('acquisition')),
  },
  profit: {
    label: 'Profit after acquisition spend',
    kind: 'money',
    month: (_r, m) => sub(m.here('revenue'), m.here('totalCosts')),
  },
  cashFlow: {
    label: 'Cash flow',
    kind: 'money',
    start: (r) => neg(r.input('initialInvestment')),
    month: (_r, m) => m.here('profit'),
  },
  cumulativeCash: {
    label: 'Cumulative cash (from the investment)',
    kind: 'money',
    start: (r) => r.start('cashFlow'),
    month: (_r, m) => add(m.before('cumulativeCash'), m.here('cashFlow')),
  },
  balance: {
    label: 'Cash balance (starting cash + cumulative)',
    kind: 'money',
    start: (r) => add(r.input('startingCash'), r.start('cumulativeCash')),
    month: (r, m) => add(r.input('startingCash'), m.here('cumulativeCash')),
  },
  staysProfitable: {
    label: 'Profit ≥ 0 from here to the end (1 = yes)',
    kind: 'count',
    month: (_r, m) => IF(eq(COUNTIF(m.fromHere('profit'), '<0'), 0), 1, 0),
  },
  paidBack: {
    label: 'Cumulative cash ≥ 0 (1 = yes)',
    kind: 'count',
    month: (_r, m) => IF(ge(m.here('cumulativeCash'), 0), 1, 0),
  },
  belowZero: {
    label: 'Cash balance below 0 (1 = yes)',
    kind: 'count',
    start: (r) => IF(lt(r.start('balance'), 0), 1, 0),
    month: (_r, m) => IF(lt(m.here('balance'), 0), 1, 0),
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
  for (let c = CANVAS_COLUMNS + 1; c <= r.layout.lastColumn; c++) b.columnWidth(c, MONTH_COLUMN_WIDTH);
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

  const unitsAt = (c: number) => r.streamUnits(c - PROJECTION_COLUMNS.firstMonth + 1);

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
        units: unitsAt(c),
        unitsBefore: unitsAt(c - 1),
        month: cell(monthRow, c, ABS_ROW),
        fromHere: (k) => rangeBetween(cell(rows[k], c, REL), cell(rows[k], lastMonthColumn, ABS)),
      };
      b.set(row, c, formulaCell(spec.month(r, m)), format);
    }
  }
}

/** The yearly summary: each figure summed over (or read at the end of) months 1–12, 13–24 and 25–36. */
export function writeYears(b: PlanBuilder, r: Refs, currency: string): void {
  const { years, projection } = r.layout;
  b.set(years.title.row, years.title.column, 'Years', SECTION_STYLE);
  for (let y = 1; y <= YEARS; y++) {
    b.set(years.headerRow, YEAR_COLUMNS.first + y - 1, `Year ${y}`, {
      ...UNIT_STYLE,
      fontWeight: 'bold',
      horizontalAlignment: 'right',
    });
  }
  for (const key of YEAR_KEYS) {
    const spec = YEAR_SPECS[key];
    const row = years.rows[key];
    b.set(row, YEAR_COLUMNS.label, spec.label, LABEL_STYLE);
    b.note(row, YEAR_COLUMNS.label, spec.meaning);
    const source = projection.rows[spec.row];
    for (let y = 1; y <= YEARS; y++) {
      const firstColumn = PROJECTION_COLUMNS.firstMonth + 12 * (y - 1);
      const lastColumn = firstColumn + 11;
      const value =
        spec.how === 'sum'
          ? SUM(range(source, firstColumn, source, lastColumn, ABS))
          : mul(cell(source, lastColumn, ABS), spec.times ?? 1);
      b.set(row, YEAR_COLUMNS.first + y - 1, formulaCell(value), { numberFormat: numberFormatOf(spec.kind, currency) });
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
