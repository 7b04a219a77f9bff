/**
 * What-ifs below a canvas's projection chart: scenario columns of driver multipliers with a
 * dropdown for the active one, a live table of every scenario's monthly KPIs, a sensitivity grid
 * of profit for price × volume changes, goal seeks by formula, and a tornado ranking the drivers by
 * how far they move profit. Every cell is a formula over the canvas's own cells, so edits on the
 * canvas flow through; the panel's KPIs and the projection follow the active scenario.
 *
 * The monthly figures split as: revenue R, per-unit costs U (scale with volume), share-of-revenue
 * costs S (scale with revenue) and fixed costs F. A scenario with multipliers p, v, c, f has
 * revenue R·p·v, variable costs (U·v + S·p·v)·c and fixed costs F·f. The split reads the item
 * rows, never the panel's KPIs, so the panel can take its figures from here without a loop.
 */
import { boundText, DRIVER_MAX } from '../rules/bounds';
import {
  ABS,
  ABS_COLUMN,
  ABS_ROW,
  add,
  call,
  cell,
  concat,
  div,
  eq,
  Expr,
  formula,
  formulaCell,
  ge,
  gt,
  IF,
  IFNA,
  INDEX,
  ISNA,
  ISTEXT,
  le,
  lt,
  MATCH,
  mul,
  ne,
  OR,
  range,
  sub,
  SUM,
  SUMIF,
  SUMIFS,
  SUMPRODUCT,
} from '../formula';
import { NOT_APPLICABLE, NOT_REACHABLE } from '../finance/kpis';
import { Pos } from '../layout/geometry';
import { Refs } from '../finance/refs';
import { TornadoSet } from '../finance/layout';
import {
  CALCULATED_STYLE,
  INPUT_STYLE,
  LABEL_STYLE,
  numberFormatOf,
  SECTION_STYLE,
  TITLE_STYLE,
  UNIT_STYLE,
} from '../finance/styles';
import { ChartPlan } from '../plan';
import { cellRange, PlanBuilder } from '../plan-builder';
import {
  GoalKey,
  RANKED_COLUMNS,
  SCENARIO_KPI_KEYS,
  ScenarioKpiKey,
  SplitKey,
  SPLIT_KEYS,
  TORNADO_COLUMNS,
  WhatIfLayout,
} from './layout';
import { DEFAULT_WHAT_IF_INPUTS, MIN_SENSITIVITY_STEP, WhatIfInputs } from './inputs';
import { DRIVER_KEYS, DRIVER_LABELS, DriverKey, SCENARIO_COLUMNS, ScenarioSet } from './scenarios';

const at = (p: Pos) => cell(p.row, p.column, ABS);
const STEP_FORMAT = '+0%;-0%;0%';
const MULTIPLIER_FORMAT = '0.00';

/** Multiplier expressions, one per driver. */
type Multipliers = Record<DriverKey, Expr>;

const TABLE_LABELS: Record<ScenarioKpiKey, string> = {
  revenue: 'Revenue',
  variableCosts: 'Variable costs',
  contributionMargin: 'Contribution margin',
  cmRatio: 'Contribution margin ratio',
  fixedCosts: 'Fixed costs',
  profit: 'Operating profit',
  profitMargin: 'Profit margin',
  breakEvenRevenue: 'Break-even revenue',
};

const SPLIT_LABELS: Record<SplitKey, string> = {
  revenue: 'Revenue (price × volume)',
  unit: 'Per-unit costs (scale with volume)',
  share: 'Share-of-revenue costs (scale with revenue)',
  fixed: 'Fixed costs (month 1)',
};

/** The split, from the item rows' inputs (a row typed by hand counts at once, as in the panel). */
function splitFormulas(r: Refs): Record<SplitKey, Expr> {
  const unit = r.behaviorLabel('unit');
  return {
    revenue: SUMPRODUCT(r.streams('price'), r.streams('volume')),
    // Per-unit costs of every stream follow the total volume; one naming a stream needs its row's look-up.
    unit: add(
      mul(SUMIFS(r.costs('amount'), [r.costs('behavior'), unit], [r.costs('stream'), '']), r.kpi('totalVolume')),
      SUMIFS(r.costs('monthly'), [r.costs('behavior'), unit], [r.costs('stream'), '<>']),
    ),
    share: mul(SUMIF(r.costs('behavior'), r.behaviorLabel('revenue'), r.costs('amount')), r.canvasFigure('revenue')),
    // Month 1's: a fixed cost from a later start month is not paid yet.
    fixed: SUMIFS(r.costTable('fixedAmount'), [r.costTable('start'), '<=1']),
  };
}

/** Monthly contribution margin under multipliers `m`: R·p·v − (U·v + S·p·v)·c. */
function contribution(r: Refs, m: Multipliers): Expr {
  const s = (k: SplitKey) => r.canvasFigure(k);
  return sub(
    mul(s('revenue'), m.price, m.volume),
    mul(add(mul(s('unit'), m.volume), mul(s('share'), m.price, m.volume)), m.variableCost),
  );
}

/** Operating profit in the projection's last month under multipliers `m`, as the projection computes it. */
function lastMonthProfit(r: Refs, m: Multipliers, set: TornadoSet = 'base'): Expr {
  const units = r.streamTable(`lastUnits_${set}`);
  const fresh = r.streamTable(`lastNew_${set}`);
  const share = SUMIF(r.costs('behavior'), r.behaviorLabel('revenue'), r.costs('amount'));
  // The streams table's last-month units are per unit of month-1 volume as entered, under the
  // active scenario's growth and churn (or the set's); price, volume and cost multipliers scale them.
  const revenue = mul(SUMPRODUCT(units, r.streams('price')), m.price, m.volume);
  const variable = mul(
    add(mul(SUMPRODUCT(units, r.streamTable('unitCost')), m.volume), mul(share, revenue)),
    m.variableCost,
  );
  const fixed = mul(
    SUMIFS(r.costTable('fixedAmount'), [r.costTable('start'), concat('<=', r.kpi('months'))]),
    m.fixedCost,
  );
  const acquisition = mul(r.input('acquisitionCost'), SUM(fresh), m.volume);
  return sub(sub(sub(revenue, variable), fixed), acquisition);
}

/** The tornado set whose growth and churn a driver's move calls for. */
function setOf(key: DriverKey, up: boolean): TornadoSet {
  if (key === 'growth') return up ? 'growthUp' : 'growthDown';
  if (key === 'churn') return up ? 'churnUp' : 'churnDown';
  return 'base';
}

function activeMultipliers(w: WhatIfLayout): Multipliers {
  const m = {} as Multipliers;
  for (const k of DRIVER_KEYS) m[k] = at(w.active[k]);
  return m;
}

function writeScenarios(b: PlanBuilder, w: WhatIfLayout, scenarios: ScenarioSet): void {
  if (scenarios.list.length > SCENARIO_COLUMNS)
    throw new Error(`${scenarios.list.length} scenarios do not fit in ${SCENARIO_COLUMNS} columns`);
  const names = w.scenarioNames;
  const namesRef = range(names.row, names.column, names.row, names.column + names.numColumns - 1, ABS);
  const activeRef = at(w.activeScenario);

  b.set(w.title.row, w.title.column, 'What-ifs', TITLE_STYLE);
  b.set(w.activeScenario.row, w.title.column, 'Active scenario', { ...LABEL_STYLE, fontWeight: 'bold' });
  b.set(w.activeScenario.row, w.activeScenario.column, scenarios.active, INPUT_STYLE);
  b.validate(cellRange(w.activeScenario.row, w.activeScenario.column), {
    kind: 'listFromRange',
    source: names,
    allowInvalid: false,
    helpText: 'Pick the scenario the panel, the projection and the what-ifs follow; name a spare column to add one.',
  });
  b.set(
    w.status.row,
    w.status.column,
    formulaCell(IF(ISNA(MATCH(activeRef, namesRef)), 'pick a scenario: multipliers read 1', 'ok')),
    UNIT_STYLE,
  );

  b.set(w.headerRow, w.title.column, 'Driver multipliers (1 = as on the canvas)', { ...SECTION_STYLE, wrap: true });
  b.set(w.headerRow, w.activeColumn, 'Active', { ...UNIT_STYLE, fontWeight: 'bold' });
  for (let j = 0; j < SCENARIO_COLUMNS; j++)
    b.set(names.row, names.column + j, scenarios.list[j]?.name ?? null, INPUT_STYLE);
  const first = w.multipliers.row;
  DRIVER_KEYS.forEach((key, i) => {
    const row = first + i;
    b.set(row, w.title.column, DRIVER_LABELS[key], LABEL_STYLE);
    // A spare column holds 1s, so a scenario the user names there starts as the canvas is.
    for (let j = 0; j < SCENARIO_COLUMNS; j++) {
      b.set(row, names.column + j, scenarios.list[j]?.multipliers[key] ?? 1, {
        ...INPUT_STYLE,
        numberFormat: MULTIPLIER_FORMAT,
      });
    }
    const values = range(row, names.column, row, names.column + names.numColumns - 1, ABS);
    // With no scenario picked the drivers stay as on the canvas; the status cell beside the dropdown says so.
    b.set(row, w.activeColumn, formulaCell(IFNA(INDEX(values, 1, MATCH(activeRef, namesRef)), 1)), {
      ...CALCULATED_STYLE,
      numberFormat: MULTIPLIER_FORMAT,
    });
  });
  b.validate(w.multipliers, {
    kind: 'number',
    min: 0,
    max: DRIVER_MAX.multiplier,
    allowInvalid: false,
    helpText: `A multiplier from 0 to ${DRIVER_MAX.multiplier}: 1 keeps the canvas’s figure, 1.1 is 10 % more, 0.9 is 10 % less.`,
  });
}

function writeSplit(b: PlanBuilder, r: Refs, w: WhatIfLayout, money: string | null): void {
  b.set(w.splitTitle.row, w.splitTitle.column, 'Monthly figures on the canvas, split by how they scale', SECTION_STYLE);
  const formulas = splitFormulas(r);
  for (const key of SPLIT_KEYS) {
    const p = w.split[key];
    b.set(p.row, w.title.column, SPLIT_LABELS[key], { ...LABEL_STYLE, wrap: true });
    b.set(p.row, p.column, formulaCell(formulas[key]), { ...CALCULATED_STYLE, numberFormat: money });
  }
}

function writeScenarioTable(
  b: PlanBuilder,
  r: Refs,
  w: WhatIfLayout,
  money: string | null,
  ratio: string | null,
): void {
  const lastScenario = w.firstScenarioColumn + SCENARIO_COLUMNS - 1;
  b.set(w.tableTitleRow, w.title.column, 'Scenario table (per month, live)', SECTION_STYLE);
  b.set(w.tableTitleRow, w.activeColumn, 'Active', { ...UNIT_STYLE, fontWeight: 'bold' });
  for (let column = w.firstScenarioColumn; column <= lastScenario; column++) {
    const name = cell(w.headerRow, column, ABS);
    b.set(w.tableTitleRow, column, formulaCell(IF(eq(name, ''), '', name)), { ...UNIT_STYLE, fontWeight: 'bold' });
  }
  const s = (k: SplitKey) => r.canvasFigure(k);
  for (let column = w.activeColumn; column <= lastScenario; column++) {
    const m = (key: DriverKey) => cell(w.multipliers.row + DRIVER_KEYS.indexOf(key), column, ABS);
    const t = (key: ScenarioKpiKey) => cell(w.table[key], column, ABS);
    const formulas: Record<ScenarioKpiKey, Expr> = {
      revenue: mul(s('revenue'), m('price'), m('volume')),
      variableCosts: mul(add(mul(s('unit'), m('volume')), mul(s('share'), m('price'), m('volume'))), m('variableCost')),
      contributionMargin: sub(t('revenue'), t('variableCosts')),
      cmRatio: IF(eq(t('revenue'), 0), NOT_APPLICABLE, div(t('contributionMargin'), t('revenue'))),
      fixedCosts: mul(s('fixed'), m('fixedCost')),
      profit: sub(t('contributionMargin'), t('fixedCosts')),
      profitMargin: IF(eq(t('revenue'), 0), NOT_APPLICABLE, div(t('profit'), t('revenue'))),
      breakEvenRevenue: IF(le(t('contributionMargin'), 0), NOT_REACHABLE, div(t('fixedCosts'), t('cmRatio'))),
    };
    for (const k of SCENARIO_KPI_KEYS) {
      if (column === w.activeColumn) b.set(w.table[k], w.title.column, TABLE_LABELS[k], LABEL_STYLE);
      const isRatio = k === 'cmRatio' || k === 'profitMargin';
      b.set(w.table[k], column, formulaCell(formulas[k]), {
        ...CALCULATED_STYLE,
        numberFormat: isRatio ? ratio : money,
        horizontalAlignment: 'right',
      });
    }
  }
}

function writeSensitivity(
  b: PlanBuilder,
  r: Refs,
  w: WhatIfLayout,
  steps: readonly number[],
  money: string | null,
): void {
  const { grid, axisRow } = w;
  // The grid's size is fixed by the layout, so the steps must fill it exactly.
  if (steps.length !== grid.numColumns)
    throw new Error(`${steps.length} sensitivity steps do not fit a grid of ${grid.numColumns}`);
  b.set(
    w.gridTitle.row,
    w.gridTitle.column,
    'Operating profit: price change (across) × volume change (down), active scenario',
    SECTION_STYLE,
  );
  b.set(axisRow, w.volumeAxisColumn, 'volume ↓ price →', UNIT_STYLE);
  steps.forEach((step, i) => {
    b.set(axisRow, grid.column + i, step, { ...INPUT_STYLE, numberFormat: STEP_FORMAT });
    b.set(grid.row + i, w.volumeAxisColumn, step, { ...INPUT_STYLE, numberFormat: STEP_FORMAT });
  });
  b.validate(cellRange(axisRow, grid.column, 1, grid.numColumns), {
    kind: 'number',
    min: MIN_SENSITIVITY_STEP,
    max: DRIVER_MAX.multiplier,
    allowInvalid: false,
    helpText: `A price change: 0.1 is 10 % more, −0.1 is 10 % less (from −1 to ${DRIVER_MAX.multiplier}).`,
  });
  b.validate(cellRange(grid.row, w.volumeAxisColumn, grid.numRows, 1), {
    kind: 'number',
    min: MIN_SENSITIVITY_STEP,
    max: DRIVER_MAX.multiplier,
    allowInvalid: false,
    helpText: `A volume change: 0.1 is 10 % more, −0.1 is 10 % less (from −1 to ${DRIVER_MAX.multiplier}).`,
  });
  const active = activeMultipliers(w);
  for (let i = 0; i < grid.numRows; i++) {
    for (let j = 0; j < grid.numColumns; j++) {
      const row = grid.row + i;
      const column = grid.column + j;
      const m: Multipliers = {
        ...active,
        price: mul(active.price, add(1, cell(axisRow, column, ABS_ROW))),
        volume: mul(active.volume, add(1, cell(row, w.volumeAxisColumn, ABS_COLUMN))),
      };
      b.set(row, column, formulaCell(sub(contribution(r, m), mul(r.canvasFigure('fixed'), active.fixedCost))), {
        ...CALCULATED_STYLE,
        numberFormat: money,
      });
    }
  }
  const corner = cell(grid.row, grid.column);
  b.conditionalFormat({ range: grid, formula: formula(lt(corner, 0)), background: '#f4cccc', fontColor: '#8a1c1c' });
  b.conditionalFormat({ range: grid, formula: formula(ge(corner, 0)), background: '#d9ead3', fontColor: '#0b5d1e' });
}

function writeGoals(b: PlanBuilder, r: Refs, w: WhatIfLayout, targetProfit: number, money: string | null): void {
  const { goals } = w;
  const a = (k: ScenarioKpiKey) => r.activeFigure(k);
  const m = activeMultipliers(w);
  const unitA = mul(r.canvasFigure('unit'), m.volume, m.variableCost);
  const shareA = mul(r.canvasFigure('share'), m.price, m.volume, m.variableCost);
  const fixedA = a('fixedCosts');
  const goal = (k: GoalKey) => at(goals[k]);
  b.set(w.goalTitle.row, w.goalTitle.column, 'Goal seek (active scenario)', SECTION_STYLE);
  const rows: [GoalKey, string, Expr | number, string | null][] = [
    [
      'breakEvenPriceChange',
      'Price change to break even',
      // Profit is zero where revenue × k − share costs × k = per-unit + fixed costs.
      IF(le(sub(a('revenue'), shareA), 0), NOT_REACHABLE, sub(div(add(unitA, fixedA), sub(a('revenue'), shareA)), 1)),
      '+0.0%;-0.0%;0.0%',
    ],
    [
      'breakEvenPrice',
      'Break-even price (one stream)',
      IF(
        OR(ne(r.kpi('streamCount'), 1), ISTEXT(goal('breakEvenPriceChange'))),
        NOT_APPLICABLE,
        mul(SUM(r.streams('price')), m.price, add(1, goal('breakEvenPriceChange'))),
      ),
      money,
    ],
    ['targetProfit', 'Target operating profit (input)', targetProfit, money],
    [
      'volumeForTarget',
      'Volume for the target profit',
      IF(
        le(a('contributionMargin'), 0),
        NOT_REACHABLE,
        mul(r.kpi('totalVolume'), m.volume, div(add(fixedA, goal('targetProfit')), a('contributionMargin'))),
      ),
      '#,##0.00',
    ],
    [
      'churnForBar',
      'Churn at which LTV:CAC meets the bar',
      // LTV:CAC = contribution per subscriber ÷ churn ÷ CAC, so the bar is met at this churn.
      IF(
        OR(
          ISTEXT(r.kpi('marginPerSubscriber')),
          le(r.kpi('marginPerSubscriber'), 0),
          le(mul(r.input('acquisitionCost'), r.input('ltvCacBar')), 0),
        ),
        NOT_APPLICABLE,
        div(r.kpi('marginPerSubscriber'), mul(r.input('acquisitionCost'), r.input('ltvCacBar'))),
      ),
      '0.00%',
    ],
  ];
  const notes: Partial<Record<GoalKey, string>> = {
    breakEvenPriceChange:
      'The change to every price at which operating profit is zero, volume as in the active scenario.',
    volumeForTarget: 'Total monthly volume, every stream scaled alike, at which operating profit reaches the target.',
    churnForBar: 'The monthly churn at which LTV ÷ CAC equals the bar in the Assumptions block.',
  };
  for (const [key, label, value, numberFormat] of rows) {
    const p = goals[key];
    const input = key === 'targetProfit';
    b.set(p.row, w.goalTitle.column, label, LABEL_STYLE);
    const note = notes[key];
    if (note) b.note(p.row, w.goalTitle.column, note);
    b.set(p.row, p.column, typeof value === 'number' ? value : formulaCell(value), {
      ...(input ? INPUT_STYLE : CALCULATED_STYLE),
      numberFormat,
      horizontalAlignment: 'right',
    });
  }
  b.validate(cellRange(goals.targetProfit.row, goals.targetProfit.column), {
    kind: 'number',
    min: 0,
    max: DRIVER_MAX.targetProfit,
    allowInvalid: false,
    helpText: `The monthly operating profit to reach, from 0 to ${boundText(DRIVER_MAX.targetProfit)}.`,
  });
}

/**
 * The tornado: each driver moved down and up by the swing alone, the others as in the active
 * scenario, and the profit in the projection's last month (where growth and churn have compounded)
 * for each. The ranked table orders the drivers by the range they span; ties keep driver order.
 */
function writeTornado(b: PlanBuilder, r: Refs, w: WhatIfLayout, tornadoSwing: number, money: string | null): void {
  const t = w.tornado;
  const C = TORNADO_COLUMNS;
  const R = RANKED_COLUMNS;
  const swing = at(t.swing);
  const active = activeMultipliers(w);
  const lastMonth = concat('Profit in month ', r.kpi('months'), ' (last)');
  b.set(t.title.row, t.title.column, 'Which driver moves profit most (tornado, active scenario)', SECTION_STYLE);
  b.set(t.swing.row, t.title.column, 'Each driver moved down and up by', LABEL_STYLE);
  b.set(t.swing.row, t.swing.column, tornadoSwing, { ...INPUT_STYLE, numberFormat: '0%' });
  b.validate(cellRange(t.swing.row, t.swing.column), {
    kind: 'number',
    min: 0,
    max: 1,
    allowInvalid: false,
    helpText: 'How far the tornado moves each driver, up and down: 0.1 is ±10 %.',
  });
  b.set(t.baseline.row, t.title.column, formulaCell(lastMonth), LABEL_STYLE);
  b.note(
    t.baseline.row,
    t.title.column,
    'Operating profit in the projection’s last month, where growth and churn have compounded: the figure the tornado moves.',
  );
  b.set(t.baseline.row, t.baseline.column, formulaCell(lastMonthProfit(r, active)), {
    ...CALCULATED_STYLE,
    numberFormat: money,
  });

  const headers: [number, string][] = [
    [C.label, 'Driver'],
    [C.low, 'Profit, driver down'],
    [C.high, 'Profit, driver up'],
    [C.range, 'Range'],
    [C.rank, 'Rank'],
  ];
  for (const [column, text] of headers)
    b.set(t.headerRow, column, text, { ...UNIT_STYLE, fontWeight: 'bold', wrap: true });
  const rows = DRIVER_KEYS.map((k) => t.rows[k]);
  const first = rows[0];
  const last = rows[rows.length - 1];
  const rangeOf = (row: number) => cell(row, C.range, ABS);
  for (const key of DRIVER_KEYS) {
    const row = t.rows[key];
    b.set(row, C.label, DRIVER_LABELS[key], LABEL_STYLE);
    const low = lastMonthProfit(r, { ...active, [key]: mul(active[key], sub(1, swing)) }, setOf(key, false));
    const high = lastMonthProfit(r, { ...active, [key]: mul(active[key], add(1, swing)) }, setOf(key, true));
    b.set(row, C.low, formulaCell(low), { ...CALCULATED_STYLE, numberFormat: money });
    b.set(row, C.high, formulaCell(high), { ...CALCULATED_STYLE, numberFormat: money });
    b.set(row, C.range, formulaCell(call('ABS', sub(cell(row, C.high, ABS), cell(row, C.low, ABS)))), {
      ...CALCULATED_STYLE,
      numberFormat: money,
    });
    // Rank 1 spans the widest range; a driver tied with one above it ranks after it.
    const wider = rows.map((other) => gt(rangeOf(other), rangeOf(row)));
    const tiedAbove = rows.filter((other) => other < row).map((other) => eq(rangeOf(other), rangeOf(row)));
    b.set(row, C.rank, formulaCell(add(1, ...wider, ...tiedAbove)), { ...CALCULATED_STYLE, numberFormat: '0' });
  }

  const labels = range(first, C.label, last, C.label, ABS);
  const ranks = range(first, C.rank, last, C.rank, ABS);
  const lows = range(first, C.low, last, C.low, ABS);
  const highs = range(first, C.high, last, C.high, ABS);
  const rankedHeaders: [number, string][] = [
    [R.rank, 'Rank'],
    [R.label, 'Driver, ranked'],
    [R.low, 'Driver down'],
    [R.high, 'Driver up'],
  ];
  for (const [column, text] of rankedHeaders) b.set(t.headerRow, column, text, { ...UNIT_STYLE, fontWeight: 'bold' });
  t.ranked.forEach((row, i) => {
    const rank = cell(row, R.rank, ABS_COLUMN);
    const which = MATCH(rank, ranks);
    b.set(row, R.rank, i === 0 ? 1 : formulaCell(add(cell(row - 1, R.rank), 1)), { ...UNIT_STYLE, numberFormat: '0' });
    b.set(row, R.label, formulaCell(INDEX(labels, which)), LABEL_STYLE);
    b.set(row, R.low, formulaCell(sub(INDEX(lows, which), at(t.baseline))), {
      ...CALCULATED_STYLE,
      numberFormat: money,
    });
    b.set(row, R.high, formulaCell(sub(INDEX(highs, which), at(t.baseline))), {
      ...CALCULATED_STYLE,
      numberFormat: money,
    });
  });
}

/** The tornado as a bar chart: each driver's change in profit down and up, widest range first. */
export function tornadoChart(w: WhatIfLayout): ChartPlan {
  const t = w.tornado;
  const rows = t.ranked.length + 1;
  return {
    kind: 'bar',
    title: 'Which driver moves profit most',
    ranges: [
      cellRange(t.headerRow, RANKED_COLUMNS.label, rows, 1),
      cellRange(t.headerRow, RANKED_COLUMNS.low, rows, RANKED_COLUMNS.high - RANKED_COLUMNS.low + 1),
    ],
    anchor: t.chartAnchor,
    width: 560,
    height: 300,
    merge: 'columns',
    transpose: false,
  };
}

/**
 * Writes the what-if block at the finance layout's place, with `scenarios` in its input columns
 * and `inputs` in the target profit, sensitivity axes and tornado swing, and its tornado chart.
 */
export function writeWhatIf(
  b: PlanBuilder,
  r: Refs,
  scenarios: ScenarioSet,
  currency: string,
  inputs: Readonly<WhatIfInputs> = DEFAULT_WHAT_IF_INPUTS,
): void {
  const w = r.layout.whatIf;
  const money = numberFormatOf('money', currency);
  const ratio = numberFormatOf('ratio', currency);
  writeScenarios(b, w, scenarios);
  writeSplit(b, r, w, money);
  writeScenarioTable(b, r, w, money, ratio);
  writeSensitivity(b, r, w, inputs.sensitivitySteps, money);
  writeGoals(b, r, w, inputs.targetProfit, money);
  writeTornado(b, r, w, inputs.tornadoSwing, money);
  b.chart(tornadoChart(w));
}
