/**
 * Reads the finance rows (and the panel's assumptions) back from a sheet's values into the model.
 * Whatever cannot be read exactly becomes a problem that names the cell; nothing is guessed and no
 * bad entry turns into a zero. A row with a problem is left out, so callers must not write back
 * while `problems` is not empty.
 */
import { a1 } from '../a1';
import { COST_BEHAVIOR_LABELS, COST_COLUMNS, FinanceGeometry, REVENUE_COLUMNS } from '../layout/geometry';
import { Cost, RevenueStream, StreamType } from '../model';
import { ASSUMPTION_BOUNDS, ASSUMPTION_KEYS, Assumptions, DEFAULT_ASSUMPTIONS } from './assumptions';
import { BEHAVIOR_KEYS, BehaviorKey, RECURRING_TYPE, STREAM_TYPE_TITLES_TEXT, streamTypeOf } from './catalogue';
import { RECURRING_NO, RECURRING_YES } from './tables';
import { COST_TABLE, financeLayout, PROJECTION_MONTHS, STREAM_TABLE } from './layout';
import { ASSUMPTIONS } from './panel';
import { DEFAULT_WHAT_IF_INPUTS, MIN_SENSITIVITY_STEP, sameWhatIfInputs, WhatIfInputs } from '../whatif/inputs';
import {
  DEFAULT_SCENARIO_SET,
  DRIVER_KEYS,
  DRIVER_LABELS,
  DriverKey,
  Scenario,
  ScenarioSet,
  sameScenarios,
} from '../whatif/scenarios';
import { sheetError } from '../sheet-errors';

export interface FinanceRows {
  revenueStreams: RevenueStream[];
  costs: Cost[];
  /** The panel's assumptions, when the grid reaches down to them. */
  assumptions?: Assumptions;
  problems: string[];
}

type Grid = readonly (readonly unknown[])[];

function raw(grid: Grid, row: number, column: number): unknown {
  return grid[row - 1]?.[column - 1];
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === '';
}

/** How a bad value reads in a message. */
function shown(v: unknown): string {
  if (isEmpty(v)) return 'an empty cell';
  const error = sheetError(v);
  if (error) return `${error.error}: ${error.meaning}`;
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  return String(v);
}

/** Reads one block's rows, collecting problems with the block name, row number and cell. */
class RowReader {
  constructor(
    private readonly grid: Grid,
    private readonly block: string,
    private readonly firstRow: number,
    readonly problems: string[],
  ) {}

  private where(row: number, column: number): string {
    return `${this.block}, row ${row - this.firstRow + 1} (${a1(row, column)})`;
  }

  problem(row: number, column: number, what: string): void {
    this.problems.push(`${this.where(row, column)}: ${what}`);
  }

  /** Text as typed; numbers and truth values typed into a text cell read as they show. */
  text(row: number, column: number): string {
    const v = raw(this.grid, row, column);
    if (isEmpty(v)) return '';
    if (typeof v === 'string') return v;
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    return String(v);
  }

  number(row: number, column: number, what: string, max: number | null): number | null | undefined {
    const v = raw(this.grid, row, column);
    if (isEmpty(v)) return null;
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0 && (max === null || v <= max)) return v;
    const range = max === null ? 'a number ≥ 0' : `a number between 0 and ${max}`;
    this.problem(row, column, `${what} must be ${range}, got ${shown(v)}`);
    return undefined;
  }

  isEmptyRow(row: number, columns: readonly number[]): boolean {
    return columns.every((c) => isEmpty(raw(this.grid, row, c)));
  }
}

function readStreams(grid: Grid, g: FinanceGeometry, problems: string[]): RevenueStream[] {
  const C = REVENUE_COLUMNS;
  const reader = new RowReader(grid, 'Revenue Streams', g.revenueRows.first, problems);
  const streams: RevenueStream[] = [];
  for (let row = g.revenueRows.first; row < g.revenueRows.first + g.revenueRows.count; row++) {
    if (reader.isEmptyRow(row, [C.name, C.type, C.segment, C.price, C.volume])) continue;
    const before = problems.length;
    const name = reader.text(row, C.name);
    if (name === '') reader.problem(row, C.name, 'the stream has no name');
    const typed = reader.text(row, C.type);
    const type = streamTypeOf(typed);
    if (type === undefined) {
      reader.problem(
        row,
        C.type,
        `type must be one of ${STREAM_TYPE_TITLES_TEXT}, got ${shown(raw(grid, row, C.type))}`,
      );
    }
    const price = reader.number(row, C.price, 'price', null);
    const volume = reader.number(row, C.volume, 'volume', null);
    if (problems.length > before || price === undefined || volume === undefined) continue;
    const stream: RevenueStream = { name, type: type as StreamType, price, volume };
    const segment = reader.text(row, C.segment);
    if (segment !== '') stream.segment = segment;
    if (!readOwnSettings(reader, grid, row, stream)) continue;
    streams.push(stream);
  }
  return streams;
}

/** The stream's own settings right of the canvas (streams table); false after a problem. */
function readOwnSettings(reader: RowReader, grid: Grid, row: number, stream: RevenueStream): boolean {
  const T = STREAM_TABLE;
  const recurring = reader.text(row, T.recurringInput).trim().toLowerCase();
  if (recurring === RECURRING_YES) stream.recurring = true;
  else if (recurring === RECURRING_NO) stream.recurring = false;
  else if (recurring !== '') {
    reader.problem(
      row,
      T.recurringInput,
      `recurring must be "${RECURRING_YES}", "${RECURRING_NO}" or empty, got ${shown(raw(grid, row, T.recurringInput))}`,
    );
    return false;
  }
  const growth = reader.number(row, T.growthInput, 'the stream’s growth', ASSUMPTION_BOUNDS.growth.max);
  const churn = reader.number(row, T.churnInput, 'the stream’s churn', 1);
  if (growth === undefined || churn === undefined) return false;
  if (growth !== null) stream.growth = growth;
  // Churn typed beside a volume stream does nothing on the sheet; it is not carried over.
  const recurs = stream.recurring ?? stream.type === RECURRING_TYPE;
  if (churn !== null && recurs) stream.churn = churn;
  return true;
}

function behaviorOf(label: string): BehaviorKey | undefined {
  const wanted = label.trim().toLowerCase();
  return BEHAVIOR_KEYS.find((k) => COST_BEHAVIOR_LABELS[k] === wanted);
}

function readCosts(grid: Grid, g: FinanceGeometry, problems: string[]): Cost[] {
  const C = COST_COLUMNS;
  const reader = new RowReader(grid, 'Cost Structure', g.costRows.first, problems);
  const costs: Cost[] = [];
  const labels = BEHAVIOR_KEYS.map((k) => COST_BEHAVIOR_LABELS[k]);
  for (let row = g.costRows.first; row < g.costRows.first + g.costRows.count; row++) {
    if (reader.isEmptyRow(row, [C.name, C.behavior, C.stream, C.amount])) continue;
    const before = problems.length;
    const name = reader.text(row, C.name);
    if (name === '') reader.problem(row, C.name, 'the cost has no name');
    const behavior = behaviorOf(reader.text(row, C.behavior));
    if (behavior === undefined) {
      reader.problem(
        row,
        C.behavior,
        `behaviour must be one of ${labels.join(', ')}, got ${shown(raw(grid, row, C.behavior))}`,
      );
    }
    const stream = reader.text(row, C.stream);
    if (stream !== '' && behavior !== undefined && behavior !== 'unit') {
      reader.problem(
        row,
        C.stream,
        `only a per-unit cost follows a stream; clear the stream or make the cost "${COST_BEHAVIOR_LABELS.unit}"`,
      );
    }
    const amount =
      behavior === 'revenue'
        ? reader.number(row, C.amount, 'a share of revenue', 1)
        : reader.number(row, C.amount, 'amount', null);
    if (problems.length > before || amount === undefined || behavior === undefined) continue;
    if (behavior === 'fixed') {
      const start = reader.number(row, COST_TABLE.startInput, 'the start month', PROJECTION_MONTHS);
      if (start === undefined) continue;
      if (start !== null && (start < 1 || !Number.isInteger(start))) {
        reader.problem(
          row,
          COST_TABLE.startInput,
          `the start month must be a whole number from 1 to ${PROJECTION_MONTHS}, got ${start}`,
        );
        continue;
      }
      costs.push(
        start === null || start === 1
          ? { name, behavior: 'fixed', amount }
          : { name, behavior: 'fixed', amount, startMonth: start },
      );
    } else if (behavior === 'revenue') costs.push({ name, behavior: 'variable', per: 'revenue', amount });
    else {
      const cost: Cost = { name, behavior: 'variable', per: 'unit', amount };
      if (stream !== '') cost.stream = stream;
      costs.push(cost);
    }
  }
  return costs;
}

/**
 * The panel's assumptions from `valueAt` (a cell's value by position), with a problem for each
 * cell that does not hold an allowed number.
 */
export function readAssumptions(
  valueAt: (row: number, column: number) => unknown,
  g: FinanceGeometry,
  problems: string[],
): Assumptions {
  const cells = financeLayout(g).assumptions;
  const result: Assumptions = { ...DEFAULT_ASSUMPTIONS };
  for (const key of ASSUMPTION_KEYS) {
    const { row, column } = cells[key].value;
    const v = valueAt(row, column);
    const { min, max } = ASSUMPTION_BOUNDS[key];
    // An empty assumption counts as 0 in every formula, so it reads as 0.
    if (isEmpty(v)) result[key] = 0;
    else if (typeof v === 'number' && Number.isFinite(v) && v >= min && (max === null || v <= max)) result[key] = v;
    else {
      const range = max === null ? `a number ≥ ${min}` : `a number between ${min} and ${max}`;
      problems.push(
        `Assumptions (${a1(row, column)}): ${ASSUMPTIONS[key].label.toLowerCase()} must be ${range}, got ${shown(v)}`,
      );
    }
  }
  return result;
}

/** Rows and columns of the cells holding the assumptions (one column, consecutive rows). */
export function assumptionCells(g: FinanceGeometry): { row: number; column: number; numRows: number } {
  const cells = financeLayout(g).assumptions;
  const first = cells[ASSUMPTION_KEYS[0]].value;
  return { row: first.row, column: first.column, numRows: ASSUMPTION_KEYS.length };
}

/**
 * The what-if scenarios from `valueAt`: every named scenario column with its multipliers, and the
 * active scenario as typed. Unnamed columns of 1s are the spare ones and are left out; an empty
 * multiplier counts as 0 in the formulas, so it reads as 0. Undefined when the sheet holds the
 * three default scenarios with Base active, as a canvas without scenarios of its own is written.
 */
export function readScenarios(
  valueAt: (row: number, column: number) => unknown,
  g: FinanceGeometry,
  problems: string[],
): ScenarioSet | undefined {
  const w = financeLayout(g).whatIf;
  const where = (row: number, column: number) => `What-ifs (${a1(row, column)})`;
  const list: Scenario[] = [];
  for (let j = 0; j < w.scenarioNames.numColumns; j++) {
    const column = w.scenarioNames.column + j;
    const typedName = valueAt(w.headerRow, column);
    const name = isEmpty(typedName) ? '' : typeof typedName === 'string' ? typedName : String(typedName);
    const multipliers = {} as Record<DriverKey, number>;
    let spare = name === '';
    let bad = false;
    DRIVER_KEYS.forEach((key, k) => {
      const row = w.multipliers.row + k;
      const v = valueAt(row, column);
      if (isEmpty(v)) multipliers[key] = 0;
      else if (typeof v === 'number' && Number.isFinite(v) && v >= 0) multipliers[key] = v;
      else {
        bad = true;
        problems.push(
          `${where(row, column)}: the ${DRIVER_LABELS[key].toLowerCase()} multiplier must be a number ≥ 0, got ${shown(v)}`,
        );
      }
      if (!isEmpty(v) && v !== 1) spare = false;
    });
    if (spare || bad) continue;
    if (name === '') {
      problems.push(
        `${where(w.headerRow, column)}: a scenario column has multipliers but no name; name the scenario or set its multipliers back to 1`,
      );
      continue;
    }
    list.push({ name, multipliers });
  }
  const typedActive = valueAt(w.activeScenario.row, w.activeScenario.column);
  const active = isEmpty(typedActive) ? '' : typeof typedActive === 'string' ? typedActive : String(typedActive);
  const set: ScenarioSet = { active, list };
  return sameScenarios(set, DEFAULT_SCENARIO_SET) ? undefined : set;
}

/** The last column of the inputs in the cost-and-revenue rows right of the canvas (the streams' own settings, the start months). */
export const ITEM_INPUTS_LAST_COLUMN = Math.max(STREAM_TABLE.churnInput, COST_TABLE.startInput);

/**
 * How many rows and columns from A1 hold every finance input: the assumptions and, beside the
 * projection chart, the what-if scenarios. A reader that fetches this much reads them all.
 */
export function financeInputExtent(g: FinanceGeometry): { numRows: number; numColumns: number } {
  const w = financeLayout(g).whatIf;
  const { row, numRows } = assumptionCells(g);
  return {
    numRows: Math.max(row + numRows - 1, w.multipliers.row + w.multipliers.numRows - 1),
    numColumns: w.multipliers.column + w.multipliers.numColumns - 1,
  };
}

/**
 * The what-if block's own inputs from `valueAt`: the target profit, the sensitivity grid's steps
 * (from its price axis, which is written with the same steps as the volume axis) and the tornado
 * swing. An empty cell counts as 0 in the
 * formulas, so it reads as 0. Undefined when they are the defaults, as a canvas without what-if
 * inputs of its own is written.
 */
export function readWhatIfInputs(
  valueAt: (row: number, column: number) => unknown,
  g: FinanceGeometry,
  problems: string[],
): WhatIfInputs | undefined {
  const w = financeLayout(g).whatIf;
  const before = problems.length;
  const number = (row: number, column: number, what: string, min: number, max: number | null): number => {
    const v = valueAt(row, column);
    if (isEmpty(v)) return 0;
    if (typeof v === 'number' && Number.isFinite(v) && v >= min && (max === null || v <= max)) return v;
    const range = max === null ? `a number ≥ ${min}` : `a number between ${min} and ${max}`;
    problems.push(`What-ifs (${a1(row, column)}): ${what} must be ${range}, got ${shown(v)}`);
    return NaN;
  };
  const target = w.goals.targetProfit;
  const targetProfit = number(target.row, target.column, 'the target operating profit', 0, null);
  const sensitivitySteps: number[] = [];
  for (let i = 0; i < w.grid.numColumns; i++) {
    sensitivitySteps.push(
      number(w.axisRow, w.grid.column + i, 'a step of the sensitivity grid', MIN_SENSITIVITY_STEP, null),
    );
  }
  const swing = w.tornado.swing;
  const tornadoSwing = number(swing.row, swing.column, 'the tornado swing', 0, 1);
  if (problems.length > before) return undefined;
  const inputs: WhatIfInputs = { targetProfit, sensitivitySteps, tornadoSwing };
  return sameWhatIfInputs(inputs, DEFAULT_WHAT_IF_INPUTS) ? undefined : inputs;
}

/**
 * How many rows and columns from A1 hold the what-if block's own inputs (the target profit, the
 * grid's axes and the tornado swing), on the block's right-hand side.
 */
export function whatIfInputExtent(g: FinanceGeometry): { numRows: number; numColumns: number } {
  const w = financeLayout(g).whatIf;
  return {
    numRows: Math.max(w.tornado.swing.row, w.goals.targetProfit.row, w.grid.row + w.grid.numRows - 1),
    numColumns: Math.max(w.grid.column + w.grid.numColumns - 1, w.tornado.swing.column, w.goals.targetProfit.column),
  };
}

/**
 * The revenue streams and costs on a canvas sheet, from `grid` (the sheet's values, 0-based
 * [row − 1][column − 1]). Rows whose input cells are all empty are skipped.
 */
export function readFinanceRows(grid: Grid, g: FinanceGeometry): FinanceRows {
  const problems: string[] = [];
  const revenueStreams = readStreams(grid, g, problems);
  const costs = readCosts(grid, g, problems);
  const { row, numRows } = assumptionCells(g);
  const valueAt = (r: number, c: number) => raw(grid, r, c);
  const assumptions = grid.length >= row + numRows - 1 ? readAssumptions(valueAt, g, problems) : undefined;
  if (assumptions === undefined) return { revenueStreams, costs, problems };
  // The scenarios are read when the grid reaches them (every row and column of their inputs).
  const extent = financeInputExtent(g);
  if (grid.length >= extent.numRows && (grid[extent.numRows - 1]?.length ?? 0) >= extent.numColumns) {
    const scenarios = readScenarios(valueAt, g, problems);
    if (scenarios !== undefined) assumptions.scenarios = scenarios;
  }
  // The block's own inputs are read when the grid reaches them: down to the swing, across the price axis.
  const inputs = whatIfInputExtent(g);
  const axisRow = financeLayout(g).whatIf.axisRow;
  if (grid.length >= inputs.numRows && (grid[axisRow - 1]?.length ?? 0) >= inputs.numColumns) {
    const whatIf = readWhatIfInputs(valueAt, g, problems);
    if (whatIf !== undefined) assumptions.whatIf = whatIf;
  }
  return { revenueStreams, costs, assumptions, problems };
}
