/**
 * Where every cell of the finance section sits, worked out from the canvas geometry alone. The
 * writer, the reader, the KPI report and the tests all take positions from here.
 *
 * Below `panelFirstRow`: title and legend, the master check, then two columns of blocks (monthly
 * figures and returns on the left; assumptions, recurring revenue and checks on the right), the
 * two lookup lists, and the projection with one column per month. Below the projection: its chart,
 * and beside the chart the what-ifs, whose active scenario every KPI and the projection follow.
 */
import { FinanceGeometry, Pos, RowSpan } from '../layout/geometry';
import { StreamType } from '../model';
import { ASSUMPTION_KEYS, AssumptionKey } from './assumptions';
import { BEHAVIOR_KEYS, BehaviorKey, STREAM_TYPE_IDS } from './catalogue';
import { WhatIfLayout, whatIfLayout } from '../whatif/layout';

export const MONTHLY_KEYS = [
  'revenue',
  'variableCosts',
  'contributionMargin',
  'cmRatio',
  'fixedCosts',
  'totalCosts',
  'profit',
  'profitMargin',
  'breakEvenRevenue',
  'marginOfSafety',
  'breakEvenUnits',
  'streamCount',
  'totalVolume',
] as const;

export const RECURRING_KEYS = [
  'subscribers',
  'subscriptionRevenue',
  'arpu',
  'marginPerSubscriber',
  'lifetime',
  'ltv',
  'ltvToCac',
  'cacPayback',
] as const;

export const RETURN_KEYS = [
  'breakEvenMonth',
  'paybackMonth',
  'fundingNeed',
  'runway',
  'monthlyDiscountRate',
  'npv',
  'irrGuess',
  'irrMonthly',
  'irrAnnual',
  'months',
] as const;

export const CHECK_KEYS = [
  'streamDrivers',
  'costDrivers',
  'formulasMissing',
  'notNumbers',
  'unknownLabels',
  'missingStream',
  'mixedUnits',
  'shareAboveOne',
] as const;

/** Rows of the projection below the per-stream volume rows. */
export const PROJECTION_KEYS = [
  'customers',
  'newCustomers',
  'revenue',
  'recurringRevenue',
  'variableCosts',
  'fixedCosts',
  'acquisition',
  'totalCosts',
  'profit',
  'cashFlow',
  'cumulativeCash',
  'balance',
  'staysProfitable',
  'paidBack',
  'belowZero',
] as const;

/** Rows of the yearly summary; columns are years 1, 2 and 3. */
export const YEAR_KEYS = [
  'revenue',
  'variableCosts',
  'fixedCosts',
  'acquisition',
  'profit',
  'customers',
  'arr',
] as const;
export const YEARS = 3;

/** First column right of the canvas: the item rows' own columns for the projection start here. */
export const ITEM_EXTRA_FIRST = 16;

/**
 * Columns right of the canvas, in the cost-and-revenue rows themselves (so they move with them):
 * the streams table (each stream's own settings, empty = the canvas's or its type's default, what
 * they come to in the active scenario, and its unit economics), then the fixed-cost columns of the
 * cost in the same row, then each stream's customers or units month by month.
 */
export const STREAM_TABLE = {
  name: 16,
  recurringInput: 17,
  growthInput: 18,
  churnInput: 19,
  recurring: 20,
  baseGrowth: 21,
  baseChurn: 22,
  growth: 23,
  churn: 24,
  unitCost: 25,
  contribution: 26,
  customers: 27,
  ltv: 28,
  ltvToCac: 29,
  cacPayback: 30,
  ltvWeight: 31,
  ltvValue: 32,
  paybackWeight: 33,
  paybackValue: 34,
  lastUnits_base: 35,
  lastNew_base: 36,
  lastUnits_growthDown: 37,
  lastNew_growthDown: 38,
  lastUnits_growthUp: 39,
  lastNew_growthUp: 40,
  lastUnits_churnDown: 41,
  lastNew_churnDown: 42,
  lastUnits_churnUp: 43,
  lastNew_churnUp: 44,
} as const;
export type StreamTableColumn = keyof typeof STREAM_TABLE;

/**
 * The growth and churn the tornado tries: as in the active scenario, then each moved down and up
 * by the swing. Each has two columns in the streams table: units (or customers) in the last month
 * per unit of month-1 volume and new customers in the last month per unit of month-1 volume.
 */
export const TORNADO_SETS = ['base', 'growthDown', 'growthUp', 'churnDown', 'churnUp'] as const;
export type TornadoSet = (typeof TORNADO_SETS)[number];

/** Columns of the fixed cost in the same row: its start month and what it adds from then on. */
export const COST_TABLE = { startInput: 45, start: 46, fixedAmount: 47 } as const;
export type CostTableColumn = keyof typeof COST_TABLE;

/** Each stream's customers or units by month: month 0 (always empty) here, month 1 in the next column. */
export const UNITS_MONTH0_COLUMN = 48;

/** Years table, beside the lookup lists: labels in L, year 1 in M, year 2 in N, year 3 in O. */
export const YEAR_COLUMNS = { label: 12, first: 13 } as const;

export type MonthlyKey = (typeof MONTHLY_KEYS)[number];
export type RecurringKey = (typeof RECURRING_KEYS)[number];
export type ReturnKey = (typeof RETURN_KEYS)[number];
export type KpiKey = MonthlyKey | RecurringKey | ReturnKey;
export type CheckKey = (typeof CHECK_KEYS)[number];
export type ProjectionKey = (typeof PROJECTION_KEYS)[number];
export type YearKey = (typeof YEAR_KEYS)[number];

/** Months in the projection. The sheet counts its month columns rather than repeat this number. */
export const PROJECTION_MONTHS = 36;

/** The last column of the item rows' own columns right of the canvas (the streams' last month). */
export const ITEM_EXTRA_LAST = UNITS_MONTH0_COLUMN + PROJECTION_MONTHS;

/** Left blocks: label, value and unit columns (A, D, E); right blocks: H, M, N. */
export const LEFT = { label: 1, value: 4, unit: 5 } as const;
export const RIGHT = { label: 8, value: 13, unit: 14 } as const;

/** Columns of the cost-behaviour list (A–E) and the revenue-type list (H–J). */
export const BEHAVIOR_LIST = { label: 1, count: 2, basis: 3 } as const;
export const TYPE_LIST = { id: 8, count: 9, basis: 10 } as const;

/** Projection columns: labels in A, month 0 (the start) in B, months 1… from C. */
export const PROJECTION_COLUMNS = { label: 1, start: 2, firstMonth: 3 } as const;

export interface KpiCells {
  label: Pos;
  value: Pos;
  unit: Pos;
}

export interface FinanceLayout {
  geometry: FinanceGeometry;
  /** Column header row of the item rows. */
  headerRow: number;
  costRows: RowSpan;
  revenueRows: RowSpan;
  title: Pos;
  legend: { label: Pos; input: Pos; calculated: Pos };
  master: { label: Pos; value: Pos };
  sections: { monthly: Pos; returns: Pos; assumptions: Pos; recurring: Pos; checks: Pos };
  kpis: Record<KpiKey, KpiCells>;
  assumptions: Record<AssumptionKey, KpiCells>;
  checks: Record<CheckKey, { label: Pos; count: Pos; status: Pos }>;
  behaviorList: { title: Pos; headerRow: number; rows: Record<BehaviorKey, number> };
  typeList: { title: Pos; headerRow: number; rows: Record<StreamType, number> };
  years: { title: Pos; headerRow: number; rows: Record<YearKey, number> };
  /** The last column of the sheet the finance section uses (the streams' last month). */
  lastColumn: number;
  projection: {
    title: Pos;
    monthRow: number;
    rows: Record<ProjectionKey, number>;
    lastMonthColumn: number;
  };
  chartAnchor: Pos;
  /** Last row of the panel and the projection (the chart floats below it, the what-ifs beside the chart). */
  lastRow: number;
  whatIf: WhatIfLayout;
}

function place<K extends string>(
  keys: readonly K[],
  firstRow: number,
  cols: { label: number; value: number; unit: number },
) {
  const out = {} as Record<K, KpiCells>;
  keys.forEach((k, i) => {
    const row = firstRow + i;
    out[k] = {
      label: { row, column: cols.label },
      value: { row, column: cols.value },
      unit: { row, column: cols.unit },
    };
  });
  return out;
}

function rowsOf<K extends string>(keys: readonly K[], firstRow: number): Record<K, number> {
  const out = {} as Record<K, number>;
  keys.forEach((k, i) => (out[k] = firstRow + i));
  return out;
}

/** Every position of the finance section for one canvas geometry. */
export function financeLayout(g: FinanceGeometry): FinanceLayout {
  const p = g.panelFirstRow;
  const top = p + 3;

  // Left column: monthly figures, a gap, returns.
  const monthlyFirst = top + 1;
  const returnsTitle = monthlyFirst + MONTHLY_KEYS.length + 1;
  const returnsFirst = returnsTitle + 1;
  const leftEnd = returnsFirst + RETURN_KEYS.length - 1;

  // Right column: assumptions, recurring revenue, checks.
  const assumptionsFirst = top + 1;
  const recurringTitle = assumptionsFirst + ASSUMPTION_KEYS.length + 1;
  const recurringFirst = recurringTitle + 1;
  const checksTitle = recurringFirst + RECURRING_KEYS.length + 1;
  const checksFirst = checksTitle + 1;
  const rightEnd = checksFirst + CHECK_KEYS.length - 1;

  const listsTitle = Math.max(leftEnd, rightEnd) + 2;
  const listsHeader = listsTitle + 1;
  const listsFirst = listsHeader + 1;
  const listsEnd = listsFirst + Math.max(BEHAVIOR_KEYS.length, STREAM_TYPE_IDS.length) - 1;

  // The years sit beside the lists, in the same rows: the canvas needs no more rows for them.
  const yearRows = rowsOf(YEAR_KEYS, listsFirst);
  const yearsEnd = listsFirst + YEAR_KEYS.length - 1;

  const projectionTitle = Math.max(listsEnd, yearsEnd) + 2;
  const monthRow = projectionTitle + 1;
  const projectionRows = rowsOf(PROJECTION_KEYS, monthRow + 1);
  const lastRow = monthRow + PROJECTION_KEYS.length;

  const checks = {} as FinanceLayout['checks'];
  CHECK_KEYS.forEach((k, i) => {
    const row = checksFirst + i;
    checks[k] = {
      label: { row, column: RIGHT.label },
      count: { row, column: RIGHT.value },
      status: { row, column: RIGHT.unit },
    };
  });

  return {
    geometry: g,
    headerRow: g.costRows.first - 1,
    costRows: g.costRows,
    revenueRows: g.revenueRows,
    title: { row: p, column: LEFT.label },
    legend: {
      label: { row: p, column: RIGHT.label },
      input: { row: p, column: RIGHT.label + 1 },
      calculated: { row: p, column: RIGHT.label + 2 },
    },
    master: { label: { row: p + 1, column: LEFT.label }, value: { row: p + 1, column: LEFT.value } },
    sections: {
      monthly: { row: top, column: LEFT.label },
      returns: { row: returnsTitle, column: LEFT.label },
      assumptions: { row: top, column: RIGHT.label },
      recurring: { row: recurringTitle, column: RIGHT.label },
      checks: { row: checksTitle, column: RIGHT.label },
    },
    kpis: {
      ...place(MONTHLY_KEYS, monthlyFirst, LEFT),
      ...place(RETURN_KEYS, returnsFirst, LEFT),
      ...place(RECURRING_KEYS, recurringFirst, RIGHT),
    },
    assumptions: place(ASSUMPTION_KEYS, assumptionsFirst, RIGHT),
    checks,
    behaviorList: {
      title: { row: listsTitle, column: BEHAVIOR_LIST.label },
      headerRow: listsHeader,
      rows: rowsOf(BEHAVIOR_KEYS, listsFirst),
    },
    typeList: {
      title: { row: listsTitle, column: TYPE_LIST.id },
      headerRow: listsHeader,
      rows: rowsOf(STREAM_TYPE_IDS, listsFirst),
    },
    years: {
      title: { row: listsTitle, column: YEAR_COLUMNS.label },
      headerRow: listsHeader,
      rows: yearRows,
    },
    lastColumn: ITEM_EXTRA_LAST,
    projection: {
      title: { row: projectionTitle, column: PROJECTION_COLUMNS.label },
      monthRow,
      rows: projectionRows,
      lastMonthColumn: PROJECTION_COLUMNS.firstMonth + PROJECTION_MONTHS - 1,
    },
    chartAnchor: { row: lastRow + 2, column: 1 },
    lastRow,
    // Beside the chart, not below it: the rows the canvas needs stay few.
    whatIf: whatIfLayout(lastRow + 2),
  };
}
