/** References into the finance section, built from its layout: the vocabulary every formula uses. */
import { ABS, ABS_ROW, cell, Expr, range } from '../formula';
import { COST_COLUMNS, Pos, REVENUE_COLUMNS, RowSpan } from '../layout/geometry';
import { StreamType } from '../model';
import { STREAM_TYPE_IDS, BEHAVIOR_KEYS, BehaviorKey, RECURRING_TYPE } from './catalogue';
import { AssumptionKey, ASSUMPTION_KEYS } from './assumptions';
import { ScenarioKpiKey, SplitKey } from '../whatif/layout';
import { DriverKey } from '../whatif/scenarios';
import {
  BEHAVIOR_LIST,
  CHECK_KEYS,
  COST_TABLE,
  CostTableColumn,
  STREAM_TABLE,
  StreamTableColumn,
  YEAR_COLUMNS,
  YearKey,
  CheckKey,
  FinanceLayout,
  KpiKey,
  PROJECTION_COLUMNS,
  ProjectionKey,
  TYPE_LIST,
  UNITS_MONTH0_COLUMN,
} from './layout';

type CostColumn = keyof typeof COST_COLUMNS;
type RevenueColumn = keyof typeof REVENUE_COLUMNS;

export interface Refs {
  layout: FinanceLayout;
  /** A KPI's value cell, absolute. */
  kpi(key: KpiKey): Expr;
  /** An assumption's input cell, absolute. */
  input(key: AssumptionKey): Expr;
  /** Every assumption input (one column), absolute. */
  inputs: Expr;
  /** A whole column of the cost rows, absolute. */
  costs(column: CostColumn): Expr;
  /** A whole column of the revenue rows, absolute. */
  streams(column: RevenueColumn): Expr;
  behaviorLabel(key: BehaviorKey): Expr;
  behaviorLabels: Expr;
  behaviorCounts: Expr;
  /** The three basis columns of the behaviour list. */
  behaviorBasis: Expr;
  /** The basis a per-unit cost shows when its stream is not on the canvas. */
  streamNotFound: Expr;
  typeIds: Expr;
  typeCounts: Expr;
  typeBasis: Expr;
  recurringType: Expr;
  /** How many streams are of this type (the type list's count). */
  typeCount(type: StreamType): Expr;
  /** The basis a per-unit cost with no stream shows ("… × units of every stream"). */
  everyStreamBasis: Expr;
  check(key: CheckKey): Expr;
  checkLabels: Expr;
  checkStatuses: Expr;
  /** Month numbers 1… of the projection, absolute. */
  months: Expr;
  /** Month numbers 0… of the projection (the start column included), absolute. */
  monthsFromStart: Expr;
  /** A projection measure over months 1…, absolute. */
  projected(key: ProjectionKey): Expr;
  /** A projection measure from month 0 through the last month, absolute. */
  projectedFromStart(key: ProjectionKey): Expr;
  /** A column of the streams table (one row per revenue row), absolute. */
  streamTable(column: StreamTableColumn): Expr;
  /** A column of the fixed-cost table (one row per cost row), absolute. */
  costTable(column: CostTableColumn): Expr;
  /** Every stream's customers or units in month `month` (0 = the empty start column), rows absolute. */
  streamUnits(month: number): Expr;
  /** A figure of the yearly summary for year 1, 2 or 3, absolute. */
  year(key: YearKey, year: number): Expr;
  /** A projection measure's month-0 cell. */
  start(key: ProjectionKey): Expr;
  /** The active scenario's multiplier of a driver (1 in the Base scenario), absolute. */
  scenario(key: DriverKey): Expr;
  /** A monthly figure of the canvas as entered, before any scenario, absolute. */
  canvasFigure(key: SplitKey): Expr;
  /** A monthly figure of the active scenario (the scenario table's Active column), absolute. */
  activeFigure(key: ScenarioKpiKey): Expr;
}

export function at(p: Pos): Expr {
  return cell(p.row, p.column, ABS);
}

function columnOf(rows: RowSpan, column: number): Expr {
  return range(rows.first, column, rows.first + rows.count - 1, column, ABS);
}

export function refsOf(layout: FinanceLayout): Refs {
  const { behaviorList, typeList, projection } = layout;
  const firstBehavior = behaviorList.rows[BEHAVIOR_KEYS[0]];
  const lastBehavior = behaviorList.rows[BEHAVIOR_KEYS[BEHAVIOR_KEYS.length - 1]];
  const firstType = typeList.rows[STREAM_TYPE_IDS[0]];
  const lastType = typeList.rows[STREAM_TYPE_IDS[STREAM_TYPE_IDS.length - 1]];
  const firstCheck = layout.checks[CHECK_KEYS[0]];
  const lastCheck = layout.checks[CHECK_KEYS[CHECK_KEYS.length - 1]];
  const firstInput = layout.assumptions[ASSUMPTION_KEYS[0]].value;
  const lastInput = layout.assumptions[ASSUMPTION_KEYS[ASSUMPTION_KEYS.length - 1]].value;
  const lastMonth = projection.lastMonthColumn;
  const basisColumns = BEHAVIOR_LIST.basis + 2;

  return {
    layout,
    kpi: (key) => at(layout.kpis[key].value),
    input: (key) => at(layout.assumptions[key].value),
    inputs: range(firstInput.row, firstInput.column, lastInput.row, lastInput.column, ABS),
    costs: (column) => columnOf(layout.costRows, COST_COLUMNS[column]),
    streams: (column) => columnOf(layout.revenueRows, REVENUE_COLUMNS[column]),
    behaviorLabel: (key) => cell(behaviorList.rows[key], BEHAVIOR_LIST.label, ABS),
    behaviorLabels: range(firstBehavior, BEHAVIOR_LIST.label, lastBehavior, BEHAVIOR_LIST.label, ABS),
    behaviorCounts: range(firstBehavior, BEHAVIOR_LIST.count, lastBehavior, BEHAVIOR_LIST.count, ABS),
    behaviorBasis: range(firstBehavior, BEHAVIOR_LIST.basis, lastBehavior, basisColumns, ABS),
    streamNotFound: cell(behaviorList.rows.unit, basisColumns, ABS),
    typeIds: range(firstType, TYPE_LIST.id, lastType, TYPE_LIST.id, ABS),
    typeCounts: range(firstType, TYPE_LIST.count, lastType, TYPE_LIST.count, ABS),
    typeBasis: range(firstType, TYPE_LIST.basis, lastType, TYPE_LIST.basis, ABS),
    recurringType: cell(typeList.rows[RECURRING_TYPE], TYPE_LIST.id, ABS),
    typeCount: (type) => cell(typeList.rows[type], TYPE_LIST.count, ABS),
    everyStreamBasis: cell(behaviorList.rows.unit, BEHAVIOR_LIST.basis, ABS),
    check: (key) => at(layout.checks[key].count),
    checkLabels: range(firstCheck.label.row, firstCheck.label.column, lastCheck.label.row, lastCheck.label.column, ABS),
    checkStatuses: range(
      firstCheck.status.row,
      firstCheck.status.column,
      lastCheck.status.row,
      lastCheck.status.column,
      ABS,
    ),
    months: range(projection.monthRow, PROJECTION_COLUMNS.firstMonth, projection.monthRow, lastMonth, ABS),
    monthsFromStart: range(projection.monthRow, PROJECTION_COLUMNS.start, projection.monthRow, lastMonth, ABS),
    projected: (key) =>
      range(projection.rows[key], PROJECTION_COLUMNS.firstMonth, projection.rows[key], lastMonth, ABS),
    projectedFromStart: (key) =>
      range(projection.rows[key], PROJECTION_COLUMNS.start, projection.rows[key], lastMonth, ABS),
    start: (key) => cell(projection.rows[key], PROJECTION_COLUMNS.start, ABS),
    streamTable: (column) => columnOf(layout.revenueRows, STREAM_TABLE[column]),
    costTable: (column) => columnOf(layout.costRows, COST_TABLE[column]),
    streamUnits: (month) => {
      const { first, count } = layout.revenueRows;
      const column = UNITS_MONTH0_COLUMN + month;
      // Rows fixed, the column relative: the same formula across the projection's months.
      return range(first, column, first + count - 1, column, ABS_ROW);
    },
    year: (key, year) => cell(layout.years.rows[key], YEAR_COLUMNS.first + year - 1, ABS),
    scenario: (key) => at(layout.whatIf.active[key]),
    canvasFigure: (key) => at(layout.whatIf.split[key]),
    activeFigure: (key) => cell(layout.whatIf.table[key], layout.whatIf.activeColumn, ABS),
  };
}
