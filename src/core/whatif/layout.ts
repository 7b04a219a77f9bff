/**
 * Where every cell of the what-if block sits, from its first row alone, so the finance formulas
 * can point at the active scenario before the block is written, and readers find its inputs.
 *
 * On the left, top to bottom: the active-scenario dropdown, the scenario columns of multipliers,
 * the canvas's monthly figures split by how they scale, and the scenario table. On the right: the
 * sensitivity grid, the goal seeks, and the tornado (one row per driver, the same drivers ranked
 * beside them).
 */
import type { Pos } from '../layout/geometry';
import { GridRange } from '../plan';
import { DRIVER_KEYS, DriverKey, SCENARIO_COLUMNS, SENSITIVITY_STEPS } from './scenarios';

export const SCENARIO_KPI_KEYS = [
  'revenue',
  'variableCosts',
  'contributionMargin',
  'cmRatio',
  'fixedCosts',
  'profit',
  'profitMargin',
  'breakEvenRevenue',
] as const;
export type ScenarioKpiKey = (typeof SCENARIO_KPI_KEYS)[number];

/** The canvas's monthly figures by how a scenario scales them. */
export const SPLIT_KEYS = ['revenue', 'unit', 'share', 'fixed'] as const;
export type SplitKey = (typeof SPLIT_KEYS)[number];

export const GOAL_KEYS = [
  'breakEvenPriceChange',
  'breakEvenPrice',
  'targetProfit',
  'volumeForTarget',
  'churnForBar',
] as const;
export type GoalKey = (typeof GOAL_KEYS)[number];

/**
 * The block sits beside the projection chart (which covers A–H), in two groups of columns, so it
 * adds few rows below the projection: scenarios, the split and the scenario table in J–Q; the
 * sensitivity grid, the goal seeks and the tornado in S–AD; the tornado's chart to their right.
 * Labels spill into the empty column(s) after them.
 */
export const WHAT_IF_COLUMNS = { label: 10, active: 12, firstScenario: 13 } as const;
/** Grid, goals and tornado: labels in S, single values (and the volume axis) in V, the grid from W. */
export const ANALYSIS_COLUMNS = { label: 19, value: 22, grid: 23 } as const;
/** Tornado columns: per driver the profit with the driver down and up, the range and the rank. */
export const TORNADO_COLUMNS = { label: ANALYSIS_COLUMNS.label, low: 22, high: 23, range: 24, rank: 25 } as const;
/** The ranked tornado, in the same rows: rank, driver, and the change in profit down and up. */
export const RANKED_COLUMNS = { rank: 27, label: 28, low: 29, high: 30 } as const;

export interface WhatIfLayout {
  title: Pos;
  activeScenario: Pos;
  /** Says whether the dropdown names a scenario. */
  status: Pos;
  headerRow: number;
  scenarioNames: GridRange;
  /** Every scenario's multipliers: one row per driver (DRIVER_KEYS order), one column per scenario. */
  multipliers: GridRange;
  /** The active scenario's multiplier of each driver: the cells the finance formulas multiply by. */
  active: Record<DriverKey, Pos>;
  splitTitle: Pos;
  split: Record<SplitKey, Pos>;
  tableTitleRow: number;
  /** KPI rows of the scenario table; column `activeColumn` is the active scenario, then one per scenario. */
  table: Record<ScenarioKpiKey, number>;
  activeColumn: number;
  firstScenarioColumn: number;
  gridTitle: Pos;
  /** Row of the price changes across the grid. */
  axisRow: number;
  /** Column of the volume changes down the grid. */
  volumeAxisColumn: number;
  /** The sensitivity grid (profit), its price changes across and volume changes down. */
  grid: GridRange;
  goalTitle: Pos;
  goals: Record<GoalKey, Pos>;
  tornado: {
    title: Pos;
    /** How far each driver moves, up and down (input). */
    swing: Pos;
    /** Operating profit in the projection's last month, active scenario. */
    baseline: Pos;
    /** Header row of both the per-driver and the ranked table. */
    headerRow: number;
    rows: Record<DriverKey, number>;
    /** Rows of the ranked table, rank 1 first (beside the per-driver rows). */
    ranked: number[];
    chartAnchor: Pos;
  };
  lastRow: number;
}

function rowsOf<K extends string>(keys: readonly K[], firstRow: number): Record<K, number> {
  const out = {} as Record<K, number>;
  keys.forEach((k, i) => (out[k] = firstRow + i));
  return out;
}

/** Every position of the what-if block whose first row is `firstRow`. */
export function whatIfLayout(firstRow: number): WhatIfLayout {
  const { label, active, firstScenario } = WHAT_IF_COLUMNS;
  const A = ANALYSIS_COLUMNS;
  const headerRow = firstRow + 3;
  const driverRows = rowsOf(DRIVER_KEYS, headerRow + 1);
  const splitTitle = headerRow + DRIVER_KEYS.length + 1;
  const split = rowsOf(SPLIT_KEYS, splitTitle + 1);
  const tableTitleRow = split.fixed + 2;
  const table = rowsOf(SCENARIO_KPI_KEYS, tableTitleRow + 1);

  const steps = SENSITIVITY_STEPS.length;
  const gridTitle = firstRow;
  const goalTitle = gridTitle + 2 + steps + 1;
  const goals = rowsOf(GOAL_KEYS, goalTitle + 1);
  const tornadoTitle = goals.churnForBar + 2;
  const tornadoHeader = tornadoTitle + 3;
  const tornadoRows = rowsOf(DRIVER_KEYS, tornadoHeader + 1);
  const ranked = DRIVER_KEYS.map((_, i) => tornadoHeader + 1 + i);

  const pos = (row: number, column: number): Pos => ({ row, column });
  const byKey = <K extends string>(rows: Record<K, number>, column: number) => {
    const out = {} as Record<K, Pos>;
    for (const k of Object.keys(rows) as K[]) out[k] = pos(rows[k], column);
    return out;
  };
  return {
    title: pos(firstRow, label),
    activeScenario: pos(firstRow + 1, active),
    status: pos(firstRow + 1, active + 1),
    headerRow,
    scenarioNames: { row: headerRow, column: firstScenario, numRows: 1, numColumns: SCENARIO_COLUMNS },
    multipliers: {
      row: driverRows[DRIVER_KEYS[0]],
      column: firstScenario,
      numRows: DRIVER_KEYS.length,
      numColumns: SCENARIO_COLUMNS,
    },
    active: byKey(driverRows, active),
    splitTitle: pos(splitTitle, label),
    split: byKey(split, active),
    tableTitleRow,
    table,
    activeColumn: active,
    firstScenarioColumn: firstScenario,
    gridTitle: pos(gridTitle, A.label),
    axisRow: gridTitle + 1,
    volumeAxisColumn: A.value,
    grid: { row: gridTitle + 2, column: A.grid, numRows: steps, numColumns: steps },
    goalTitle: pos(goalTitle, A.label),
    goals: byKey(goals, A.value),
    tornado: {
      title: pos(tornadoTitle, A.label),
      swing: pos(tornadoTitle + 1, A.value),
      baseline: pos(tornadoTitle + 2, A.value),
      headerRow: tornadoHeader,
      rows: tornadoRows,
      ranked,
      chartAnchor: pos(tornadoTitle, RANKED_COLUMNS.high + 2),
    },
    lastRow: Math.max(table.breakEvenRevenue, tornadoRows.churn),
  };
}
