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
  'monthlyDiscountRate',
  'npv',
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
  'shareAboveOne',
] as const;

export const PROJECTION_KEYS = [
  'factor',
  'revenue',
  'variableCosts',
  'fixedCosts',
  'totalCosts',
  'profit',
  'cashFlow',
  'cumulativeCash',
  'covers',
  'paidBack',
] as const;

export type MonthlyKey = (typeof MONTHLY_KEYS)[number];
export type RecurringKey = (typeof RECURRING_KEYS)[number];
export type ReturnKey = (typeof RETURN_KEYS)[number];
export type KpiKey = MonthlyKey | RecurringKey | ReturnKey;
export type CheckKey = (typeof CHECK_KEYS)[number];
export type ProjectionKey = (typeof PROJECTION_KEYS)[number];

/** Months in the projection. The sheet counts its month columns rather than repeat this number. */
export const PROJECTION_MONTHS = 36;

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

  const projectionTitle = listsEnd + 2;
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
