/**
 * The columns right of the canvas in the cost-and-revenue rows, so they move with the rows: the
 * streams table (each stream's own settings as inputs, empty = the canvas's assumption or its
 * type's default; what they come to in the active scenario; the stream's unit economics), the
 * fixed cost of the same row with its start month, and each stream's customers or units month by
 * month, which the projection sums.
 */
import {
  ABS,
  ABS_COLUMN,
  add,
  AND,
  cell,
  div,
  eq,
  Expr,
  formulaCell,
  gt,
  IF,
  ISNUMBER,
  le,
  MIN,
  mul,
  Operand,
  OR,
  pow,
  REL,
  sub,
  SUMIF,
  SUMIFS,
} from '../formula';
import { COST_COLUMNS, REVENUE_COLUMNS } from '../layout/geometry';
import { Cost, RevenueStream } from '../model';
import { cellRange, PlanBuilder } from '../plan-builder';
import { NOT_APPLICABLE } from './kpis';
import { DRIVER_MAX } from '../rules/bounds';
import {
  COST_TABLE,
  CostTableColumn,
  PROJECTION_MONTHS,
  STREAM_TABLE,
  StreamTableColumn,
  TORNADO_SETS,
  TornadoSet,
  UNITS_MONTH0_COLUMN,
} from './layout';
import { Refs } from './refs';
import {
  CALCULATED_STYLE,
  COLUMN_HEADER_STYLE,
  INPUT_STYLE,
  numberFormatOf,
  TEXT_INPUT_STYLE,
  ValueKind,
} from './styles';

/** What the recurring column accepts; empty takes the type's default (only subscriptions recur). */
export const RECURRING_YES = 'yes';
export const RECURRING_NO = 'no';

/** What a stream's own settings cells hold (recurring, growth, churn); empty where it has none. */
export function streamSettings(s: RevenueStream | undefined): [string | null, number | null, number | null] {
  const recurring = s?.recurring === undefined ? null : s.recurring ? RECURRING_YES : RECURRING_NO;
  return [recurring, s?.growth ?? null, s?.churn ?? null];
}

/** What a cost's start month cell holds: a fixed cost's start month, else empty. */
export function costStart(c: Cost | undefined): number | null {
  return c?.behavior === 'fixed' ? (c.startMonth ?? null) : null;
}

const STREAM_HEADERS: Record<StreamTableColumn, [string, ValueKind]> = {
  name: ['Stream', 'text'],
  recurringInput: ['Recurring? (yes/no)', 'text'],
  growthInput: ['Own growth', 'ratio'],
  churnInput: ['Own churn', 'ratio'],
  recurring: ['Recurring (1 = yes)', 'count'],
  baseGrowth: ['Growth', 'ratio'],
  baseChurn: ['Churn', 'ratio'],
  growth: ['Growth (scenario)', 'ratio'],
  churn: ['Churn (scenario)', 'ratio'],
  unitCost: ['Per-unit costs', 'money'],
  contribution: ['Contribution per unit', 'money'],
  customers: ['Month-1 customers or units', 'units'],
  ltv: ['LTV', 'money'],
  ltvToCac: ['LTV:CAC', 'multiple'],
  cacPayback: ['CAC payback (months)', 'months'],
  ltvWeight: ['LTV weight', 'units'],
  ltvValue: ['LTV (for the average)', 'money'],
  paybackWeight: ['Payback weight', 'units'],
  paybackValue: ['1 ÷ contribution', 'multiple'],
  lastUnits_base: ['Tornado: last-month units', 'units'],
  lastNew_base: ['Tornado: last-month new customers', 'units'],
  lastUnits_growthDown: ['… growth down', 'units'],
  lastNew_growthDown: ['… growth down', 'units'],
  lastUnits_growthUp: ['… growth up', 'units'],
  lastNew_growthUp: ['… growth up', 'units'],
  lastUnits_churnDown: ['… churn down', 'units'],
  lastNew_churnDown: ['… churn down', 'units'],
  lastUnits_churnUp: ['… churn up', 'units'],
  lastNew_churnUp: ['… churn up', 'units'],
};

/** The tornado's growth and churn multipliers for a set, beyond the active scenario's. */
function tornadoFactors(r: Refs, set: TornadoSet): { growth: Operand; churn: Operand } {
  const swing = cell(r.layout.whatIf.tornado.swing.row, r.layout.whatIf.tornado.swing.column, ABS);
  switch (set) {
    case 'base':
      return { growth: 1, churn: 1 };
    case 'growthDown':
      return { growth: sub(1, swing), churn: 1 };
    case 'growthUp':
      return { growth: add(1, swing), churn: 1 };
    case 'churnDown':
      return { growth: 1, churn: sub(1, swing) };
    case 'churnUp':
      return { growth: 1, churn: add(1, swing) };
  }
}

/** Last-month units and new customers of one stream, per the tornado set. */
function tornadoFormulas(
  r: Refs,
  t: (c: StreamTableColumn) => Expr,
  volume: Expr,
): Partial<Record<StreamTableColumn, Expr>> {
  const out: Partial<Record<StreamTableColumn, Expr>> = {};
  const n = r.kpi('months');
  for (const set of TORNADO_SETS) {
    const f = tornadoFactors(r, set);
    const growth = mul(t('growth'), f.growth);
    const churn = MIN(1, mul(t('baseChurn'), r.scenario('churn'), f.churn));
    const factor = sub(add(1, growth), churn);
    out[`lastUnits_${set}`] = mul(volume, pow(factor, sub(n, 1)));
    // New customers in the last month: growth × customers of the month before it.
    out[`lastNew_${set}`] = mul(t('recurring'), growth, volume, pow(factor, sub(sub(n, 1), 1)));
  }
  return out;
}

const COST_HEADERS: Record<CostTableColumn, [string, ValueKind]> = {
  startInput: ['Fixed cost: start month (empty = 1)', 'count'],
  start: ['From month', 'count'],
  fixedAmount: ['Fixed per month', 'money'],
};

/** The formulas of the streams table in the revenue row `row`. */
function streamRowFormulas(r: Refs, row: number): Partial<Record<StreamTableColumn, Expr>> {
  const itemRow = row;
  const t = (c: StreamTableColumn) => cell(row, STREAM_TABLE[c], ABS_COLUMN);
  const item = (c: keyof typeof REVENUE_COLUMNS) => cell(itemRow, REVENUE_COLUMNS[c], ABS_COLUMN);
  const unitLabel = r.behaviorLabel('unit');
  const noStreamUnit = SUMIFS(r.costs('amount'), [r.costs('behavior'), unitLabel], [r.costs('stream'), '']);
  const shareRate = SUMIF(r.costs('behavior'), r.behaviorLabel('revenue'), r.costs('amount'));
  const price = mul(item('price'), r.scenario('price'));
  const contribution = t('contribution');
  const cac = r.input('acquisitionCost');
  return {
    name: IF(eq(item('name'), ''), '', item('name')),
    // Empty: the type's default (subscriptions recur); otherwise what was picked.
    recurring: mul(
      IF(eq(t('recurringInput'), ''), eq(item('type'), r.recurringType), eq(t('recurringInput'), RECURRING_YES)),
      1,
    ),
    baseGrowth: IF(eq(t('growthInput'), ''), r.input('growth'), t('growthInput')),
    baseChurn: mul(t('recurring'), IF(eq(t('churnInput'), ''), r.input('churn'), t('churnInput'))),
    growth: mul(t('baseGrowth'), r.scenario('growth')),
    // No one leaves twice: a scenario's multiplier takes churn to 100 % at most.
    churn: MIN(1, mul(t('baseChurn'), r.scenario('churn'))),
    unitCost: add(
      IF(
        eq(item('name'), ''),
        0,
        SUMIFS(r.costs('amount'), [r.costs('behavior'), unitLabel], [r.costs('stream'), item('name')]),
      ),
      noStreamUnit,
    ),
    contribution: sub(price, mul(add(t('unitCost'), mul(shareRate, price)), r.scenario('variableCost'))),
    customers: mul(IF(ISNUMBER(item('volume')), item('volume'), 0), r.scenario('volume')),
    // Only a recurring stream has a lifetime; a volume stream reads n/a.
    ltv: IF(
      OR(eq(t('recurring'), 0), le(t('churn'), 0), le(contribution, 0)),
      NOT_APPLICABLE,
      div(contribution, t('churn')),
    ),
    ltvToCac: IF(
      OR(eq(t('recurring'), 0), le(t('churn'), 0), le(contribution, 0), le(cac, 0)),
      NOT_APPLICABLE,
      div(div(contribution, t('churn')), cac),
    ),
    cacPayback: IF(OR(eq(t('recurring'), 0), le(contribution, 0), le(cac, 0)), NOT_APPLICABLE, div(cac, contribution)),
    ltvWeight: mul(t('recurring'), t('customers'), gt(t('churn'), 0), gt(contribution, 0)),
    ltvValue: IF(gt(t('ltvWeight'), 0), div(contribution, t('churn')), 0),
    paybackWeight: mul(t('recurring'), t('customers'), gt(contribution, 0)),
    paybackValue: IF(gt(t('paybackWeight'), 0), div(1, contribution), 0),
    ...tornadoFormulas(r, t, IF(ISNUMBER(item('volume')), item('volume'), 0)),
  };
}

function costRowFormulas(r: Refs, row: number): Partial<Record<CostTableColumn, Expr>> {
  const itemRow = row;
  const t = (c: CostTableColumn) => cell(row, COST_TABLE[c], ABS_COLUMN);
  const item = (c: keyof typeof COST_COLUMNS) => cell(itemRow, COST_COLUMNS[c], ABS_COLUMN);
  return {
    start: IF(eq(t('startInput'), ''), 1, t('startInput')),
    fixedAmount: IF(AND(eq(item('behavior'), r.behaviorLabel('fixed')), ISNUMBER(item('amount'))), item('amount'), 0),
  };
}

export function writeTables(
  b: PlanBuilder,
  r: Refs,
  streams: readonly RevenueStream[],
  costs: readonly Cost[],
  currency: string,
): void {
  const { revenueRows: rows, headerRow } = r.layout;
  const header = (column: number, label: string) => b.set(headerRow, column, label, COLUMN_HEADER_STYLE);
  for (const [key, [label]] of Object.entries(STREAM_HEADERS)) header(STREAM_TABLE[key as StreamTableColumn], label);
  b.note(
    headerRow,
    STREAM_TABLE.name,
    'Each stream’s own settings and unit economics, in its own row. Empty inputs take the canvas’s growth and churn and the type’s default (subscriptions recur). Churn counts only for recurring streams.',
  );
  for (const [key, [label]] of Object.entries(COST_HEADERS)) header(COST_TABLE[key as CostTableColumn], label);
  b.note(
    headerRow,
    COST_TABLE.startInput,
    'A fixed cost is paid from its start month on; a hiring plan is fixed costs with start months.',
  );
  header(UNITS_MONTH0_COLUMN, 'Customers or units: month 0');
  for (let m = 1; m <= PROJECTION_MONTHS; m++) header(UNITS_MONTH0_COLUMN + m, `Month ${m}`);

  const ratio = { ...INPUT_STYLE, numberFormat: numberFormatOf('ratio', currency) };
  const unitsFormat = { ...CALCULATED_STYLE, numberFormat: numberFormatOf('units', currency) };
  for (let i = 0; i < rows.count; i++) {
    const row = rows.first + i;
    const f = { ...streamRowFormulas(r, row), ...costRowFormulas(r, row) };
    const columns: Record<string, number> = { ...STREAM_TABLE, ...COST_TABLE };
    const kinds: Record<string, [string, ValueKind]> = { ...STREAM_HEADERS, ...COST_HEADERS };
    for (const [key, expr] of Object.entries(f)) {
      if (expr === undefined) continue;
      b.set(row, columns[key], formulaCell(expr), {
        ...CALCULATED_STYLE,
        numberFormat: numberFormatOf(kinds[key][1], currency),
      });
    }
    const [recurring, growth, churn] = streamSettings(streams[i]);
    b.set(row, STREAM_TABLE.recurringInput, recurring, TEXT_INPUT_STYLE);
    b.set(row, STREAM_TABLE.growthInput, growth, ratio);
    b.set(row, STREAM_TABLE.churnInput, churn, ratio);
    b.set(row, COST_TABLE.startInput, costStart(costs[i]), {
      ...INPUT_STYLE,
      numberFormat: '0',
    });

    // Cₘ = Cₘ₋₁ + growth × Cₘ₋₁ − churn × Cₘ₋₁ (churn is 0 for a volume stream); month 1 is the stream's month-1 figure.
    const t = (column: number) => cell(row, column, ABS_COLUMN);
    b.set(row, UNITS_MONTH0_COLUMN + 1, formulaCell(t(STREAM_TABLE.customers)), unitsFormat);
    for (let m = 2; m <= PROJECTION_MONTHS; m++) {
      const before = cell(row, UNITS_MONTH0_COLUMN + m - 1, REL);
      b.set(
        row,
        UNITS_MONTH0_COLUMN + m,
        formulaCell(mul(before, sub(add(1, t(STREAM_TABLE.growth)), t(STREAM_TABLE.churn)))),
        unitsFormat,
      );
    }
  }

  const column = (c: number) => cellRange(rows.first, c, rows.count, 1);
  b.validate(column(STREAM_TABLE.recurringInput), {
    kind: 'list',
    values: [RECURRING_YES, RECURRING_NO],
    allowInvalid: false,
    helpText:
      'yes: customers stay month to month (churn applies); no: a volume of sales; empty: only subscriptions recur.',
  });
  b.validate(column(STREAM_TABLE.growthInput), {
    kind: 'number',
    min: 0,
    max: DRIVER_MAX.growth,
    allowInvalid: false,
    helpText: 'This stream’s monthly growth (0.05 = 5 %); empty takes the canvas’s.',
  });
  b.validate(column(STREAM_TABLE.churnInput), {
    kind: 'number',
    min: 0,
    max: 1,
    allowInvalid: false,
    helpText: 'This recurring stream’s monthly churn, 0 to 1; empty takes the canvas’s.',
  });
  b.validate(column(COST_TABLE.startInput), {
    kind: 'number',
    min: 1,
    max: PROJECTION_MONTHS,
    allowInvalid: false,
    helpText: `The first month (1 to ${PROJECTION_MONTHS}) a fixed cost is paid; empty = month 1.`,
  });
}
