/**
 * What-ifs below a canvas's viability panel: scenario columns of driver multipliers with a
 * dropdown for the active one, a live table of every scenario's monthly KPIs, a sensitivity grid
 * of profit for price × volume changes, and goal seeks by formula. Every cell is a formula over the
 * canvas's own cells, so edits on the canvas flow through.
 *
 * The monthly figures split as: revenue R, per-unit costs U (scale with volume), share-of-revenue
 * costs S (scale with revenue) and fixed costs F. A scenario with multipliers p, v, c, f has
 * revenue R·p·v, variable costs (U·v + S·p·v)·c and fixed costs F·f.
 */
import {
  ABS,
  ABS_COLUMN,
  ABS_ROW,
  add,
  cell,
  div,
  eq,
  Expr,
  formula,
  formulaCell,
  ge,
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
} from '../formula';
import { NOT_APPLICABLE, NOT_REACHABLE } from '../finance/kpis';
import { Pos } from '../finance/layout';
import { Refs } from '../finance/refs';
import { CALCULATED_STYLE, INPUT_STYLE, LABEL_STYLE, numberFormatOf, SECTION_STYLE, TITLE_STYLE, UNIT_STYLE } from '../finance/styles';
import { GridRange } from '../plan';
import { cellRange, PlanBuilder } from '../plan-builder';
import { DEFAULT_SCENARIOS, DRIVER_KEYS, DRIVER_LABELS, DriverKey, SCENARIO_COLUMNS, SENSITIVITY_STEPS } from './scenarios';

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

export type GoalKey = 'breakEvenPriceChange' | 'breakEvenPrice' | 'targetProfit' | 'volumeForTarget' | 'churnForBar';

/** Where the what-if cells are; tests and the finance section's scenario hook read positions from here. */
export interface WhatIfLayout {
  activeScenario: Pos;
  /** The active scenario's multiplier of each driver: the cells the finance formulas would multiply by. */
  active: Record<DriverKey, Pos>;
  scenarioNames: GridRange;
  /** KPI rows of the scenario table; column `activeColumn` is the active scenario, then one per scenario. */
  table: Record<ScenarioKpiKey, number>;
  activeColumn: number;
  firstScenarioColumn: number;
  /** The sensitivity grid (profit), its price changes across and volume changes down. */
  grid: GridRange;
  goals: Record<GoalKey, Pos>;
  /** Loss and profit colours for the sensitivity grid (conditional formats). */
  rules: { range: GridRange; formula: string; background: string; fontColor: string }[];
  lastRow: number;
}

const LABEL = 1;
const ACTIVE = 3;
const FIRST_SCENARIO = 4;

export function addWhatIf(b: PlanBuilder, r: Refs, firstRow: number, currency: string): WhatIfLayout {
  const money = numberFormatOf('money', currency);
  const ratio = numberFormatOf('ratio', currency);
  const lastScenario = FIRST_SCENARIO + SCENARIO_COLUMNS - 1;

  // ---- scenarios
  b.set(firstRow, LABEL, 'What-ifs', TITLE_STYLE);
  const activeRow = firstRow + 1;
  const headerRow = firstRow + 3;
  const driverRow = (i: number) => headerRow + 1 + i;
  const names = cellRange(headerRow, FIRST_SCENARIO, 1, SCENARIO_COLUMNS);
  const namesRef = range(headerRow, FIRST_SCENARIO, headerRow, lastScenario, ABS);
  const activeRef = cell(activeRow, ACTIVE, ABS);

  b.set(activeRow, LABEL, 'Active scenario', { ...LABEL_STYLE, fontWeight: 'bold' });
  b.set(activeRow, ACTIVE, DEFAULT_SCENARIOS[0].name, INPUT_STYLE);
  b.validate(cellRange(activeRow, ACTIVE), {
    kind: 'listFromRange',
    source: names,
    allowInvalid: false,
    helpText: 'Pick the scenario the what-ifs follow; name a spare column to add one.',
  });
  b.set(activeRow, ACTIVE + 1, formulaCell(IF(ISNA(MATCH(activeRef, namesRef)), 'pick a scenario: multipliers read 1', 'ok')), UNIT_STYLE);

  b.set(headerRow, LABEL, 'Driver multipliers (1 = as on the canvas)', SECTION_STYLE);
  b.set(headerRow, ACTIVE, 'Active', { ...UNIT_STYLE, fontWeight: 'bold' });
  for (let j = 0; j < SCENARIO_COLUMNS; j++) b.set(headerRow, FIRST_SCENARIO + j, DEFAULT_SCENARIOS[j]?.name ?? null, INPUT_STYLE);
  const active = {} as Record<DriverKey, Pos>;
  DRIVER_KEYS.forEach((key, i) => {
    const row = driverRow(i);
    b.set(row, LABEL, DRIVER_LABELS[key], LABEL_STYLE);
    for (let j = 0; j < SCENARIO_COLUMNS; j++) {
      b.set(row, FIRST_SCENARIO + j, DEFAULT_SCENARIOS[j]?.multipliers[key] ?? null, { ...INPUT_STYLE, numberFormat: '0.00' });
    }
    const values = range(row, FIRST_SCENARIO, row, lastScenario, ABS);
    // With no scenario picked the drivers stay as on the canvas; the status cell beside the dropdown says so.
    b.set(row, ACTIVE, formulaCell(IFNA(INDEX(values, 1, MATCH(activeRef, namesRef)), 1)), { ...CALCULATED_STYLE, numberFormat: '0.00' });
    active[key] = { row, column: ACTIVE };
  });
  b.validate(cellRange(driverRow(0), FIRST_SCENARIO, DRIVER_KEYS.length, SCENARIO_COLUMNS), {
    kind: 'number',
    min: 0,
    max: null,
    allowInvalid: false,
    helpText: 'A multiplier of 0 or more: 1 keeps the canvas’s figure, 1.1 is 10 % more, 0.9 is 10 % less.',
  });

  // ---- the monthly split every scenario scales
  const splitRow = driverRow(DRIVER_KEYS.length) + 1;
  const split = {
    revenue: { row: splitRow, column: ACTIVE },
    unit: { row: splitRow + 1, column: ACTIVE },
    share: { row: splitRow + 2, column: ACTIVE },
    fixed: { row: splitRow + 3, column: ACTIVE },
  };
  const at = (p: Pos) => cell(p.row, p.column, ABS);
  b.set(splitRow - 1, LABEL, 'Monthly figures on the canvas, split by how they scale', SECTION_STYLE);
  // Read from the item rows, never from the panel's KPIs, so the panel can take its figures from the
  // active scenario without a loop.
  const baseRevenue = SUM(r.streams('monthly'));
  const splitCells: [Pos, string, Expr][] = [
    [split.revenue, 'Revenue (price × volume)', baseRevenue],
    [split.unit, 'Per-unit costs (scale with volume)', SUMIF(r.costs('behavior'), r.behaviorLabel('unit'), r.costs('monthly'))],
    [
      split.share,
      'Share-of-revenue costs (scale with revenue)',
      mul(SUMIF(r.costs('behavior'), r.behaviorLabel('revenue'), r.costs('amount')), baseRevenue),
    ],
    [split.fixed, 'Fixed costs', SUMIF(r.costs('behavior'), r.behaviorLabel('fixed'), r.costs('monthly'))],
  ];
  for (const [p, label, value] of splitCells) {
    b.set(p.row, LABEL, label, LABEL_STYLE);
    b.set(p.row, p.column, formulaCell(value), { ...CALCULATED_STYLE, numberFormat: money });
  }

  // ---- scenario table: the active scenario, then every scenario
  const tableTitle = split.fixed.row + 2;
  const tableFirst = tableTitle + 1;
  const table = {} as Record<ScenarioKpiKey, number>;
  SCENARIO_KPI_KEYS.forEach((k, i) => (table[k] = tableFirst + i));
  b.set(tableTitle, LABEL, 'Scenario table (per month, live)', SECTION_STYLE);
  b.set(tableTitle, ACTIVE, 'Active', { ...UNIT_STYLE, fontWeight: 'bold' });
  for (let j = 0; j < SCENARIO_COLUMNS; j++) {
    b.set(tableTitle, FIRST_SCENARIO + j, formulaCell(IF(eq(cell(headerRow, FIRST_SCENARIO + j, ABS), ''), '', cell(headerRow, FIRST_SCENARIO + j, ABS))), {
      ...UNIT_STYLE,
      fontWeight: 'bold',
    });
  }
  const labels: Record<ScenarioKpiKey, string> = {
    revenue: 'Revenue',
    variableCosts: 'Variable costs',
    contributionMargin: 'Contribution margin',
    cmRatio: 'Contribution margin ratio',
    fixedCosts: 'Fixed costs',
    profit: 'Operating profit',
    profitMargin: 'Profit margin',
    breakEvenRevenue: 'Break-even revenue',
  };
  for (let column = ACTIVE; column <= lastScenario; column++) {
    const m = (key: DriverKey) => cell(driverRow(DRIVER_KEYS.indexOf(key)), column, ABS);
    const t = (key: ScenarioKpiKey) => cell(table[key], column, ABS);
    const formulas: Record<ScenarioKpiKey, Expr> = {
      revenue: mul(at(split.revenue), m('price'), m('volume')),
      variableCosts: mul(add(mul(at(split.unit), m('volume')), mul(at(split.share), m('price'), m('volume'))), m('variableCost')),
      contributionMargin: sub(t('revenue'), t('variableCosts')),
      cmRatio: IF(eq(t('revenue'), 0), NOT_APPLICABLE, div(t('contributionMargin'), t('revenue'))),
      fixedCosts: mul(at(split.fixed), m('fixedCost')),
      profit: sub(t('contributionMargin'), t('fixedCosts')),
      profitMargin: IF(eq(t('revenue'), 0), NOT_APPLICABLE, div(t('profit'), t('revenue'))),
      breakEvenRevenue: IF(le(t('contributionMargin'), 0), NOT_REACHABLE, div(t('fixedCosts'), t('cmRatio'))),
    };
    for (const k of SCENARIO_KPI_KEYS) {
      if (column === ACTIVE) b.set(table[k], LABEL, labels[k], LABEL_STYLE);
      const isRatio = k === 'cmRatio' || k === 'profitMargin';
      b.set(table[k], column, formulaCell(formulas[k]), { ...CALCULATED_STYLE, numberFormat: isRatio ? ratio : money, horizontalAlignment: 'right' });
    }
  }

  // ---- sensitivity grid around the active scenario
  const gridTitle = table.breakEvenRevenue + 2;
  const axisRow = gridTitle + 1;
  const gridFirstRow = axisRow + 1;
  const gridColumn = FIRST_SCENARIO;
  const steps = SENSITIVITY_STEPS.length;
  b.set(gridTitle, LABEL, 'Operating profit: price change (across) × volume change (down), active scenario', SECTION_STYLE);
  b.set(axisRow, ACTIVE, 'volume ↓ price →', UNIT_STYLE);
  SENSITIVITY_STEPS.forEach((s, i) => {
    b.set(axisRow, gridColumn + i, s, { ...INPUT_STYLE, numberFormat: '+0%;-0%;0%' });
    b.set(gridFirstRow + i, ACTIVE, s, { ...INPUT_STYLE, numberFormat: '+0%;-0%;0%' });
  });
  const activeM = (key: DriverKey) => at(active[key]);
  for (let i = 0; i < steps; i++) {
    for (let j = 0; j < steps; j++) {
      const row = gridFirstRow + i;
      const column = gridColumn + j;
      const price = mul(activeM('price'), add(1, cell(axisRow, column, ABS_ROW)));
      const volume = mul(activeM('volume'), add(1, cell(row, ACTIVE, ABS_COLUMN)));
      const profit = sub(
        sub(mul(at(split.revenue), price, volume), mul(add(mul(at(split.unit), volume), mul(at(split.share), price, volume)), activeM('variableCost'))),
        mul(at(split.fixed), activeM('fixedCost')),
      );
      b.set(row, column, formulaCell(profit), { ...CALCULATED_STYLE, numberFormat: money });
    }
  }
  const grid = cellRange(gridFirstRow, gridColumn, steps, steps);
  const corner = cell(grid.row, grid.column);
  const rules = [
    { range: grid, formula: formula(lt(corner, 0)), background: '#f4cccc', fontColor: '#8a1c1c' },
    { range: grid, formula: formula(ge(corner, 0)), background: '#d9ead3', fontColor: '#0b5d1e' },
  ];

  // ---- goal seek by formula, on the active scenario
  const goalTitle = gridFirstRow + steps + 1;
  const g = (i: number) => ({ row: goalTitle + 1 + i, column: ACTIVE });
  const goals: Record<GoalKey, Pos> = {
    breakEvenPriceChange: g(0),
    breakEvenPrice: g(1),
    targetProfit: g(2),
    volumeForTarget: g(3),
    churnForBar: g(4),
  };
  const a = (k: ScenarioKpiKey) => cell(table[k], ACTIVE, ABS);
  const unitA = mul(at(split.unit), activeM('volume'), activeM('variableCost'));
  const shareA = mul(at(split.share), activeM('price'), activeM('volume'), activeM('variableCost'));
  const fixedA = a('fixedCosts');
  b.set(goalTitle, LABEL, 'Goal seek (active scenario)', SECTION_STYLE);
  const goalRows: [GoalKey, string, Expr | number, string | null, boolean][] = [
    [
      'breakEvenPriceChange',
      'Price change that breaks even at this volume',
      // Profit is zero where revenue × k − share costs × k = per-unit + fixed costs.
      IF(le(sub(a('revenue'), shareA), 0), NOT_REACHABLE, sub(div(add(unitA, fixedA), sub(a('revenue'), shareA)), 1)),
      '+0.0%;-0.0%;0.0%',
      false,
    ],
    [
      'breakEvenPrice',
      'Break-even price (one stream)',
      IF(
        OR(ne(r.kpi('streamCount'), 1), ISTEXT(cell(goals.breakEvenPriceChange.row, ACTIVE, ABS))),
        NOT_APPLICABLE,
        mul(SUM(r.streams('price')), activeM('price'), add(1, cell(goals.breakEvenPriceChange.row, ACTIVE, ABS))),
      ),
      money,
      false,
    ],
    ['targetProfit', 'Target operating profit (input)', 0, money, true],
    [
      'volumeForTarget',
      'Volume that earns the target (every stream scaled alike)',
      IF(
        le(a('contributionMargin'), 0),
        NOT_REACHABLE,
        mul(r.kpi('totalVolume'), activeM('volume'), div(add(fixedA, cell(goals.targetProfit.row, ACTIVE, ABS)), a('contributionMargin'))),
      ),
      '#,##0.00',
      false,
    ],
    [
      'churnForBar',
      'Monthly churn at which LTV:CAC reaches the bar',
      // LTV:CAC = contribution per subscriber ÷ churn ÷ CAC, so the bar is met at this churn.
      IF(
        OR(ISTEXT(r.kpi('marginPerSubscriber')), le(r.kpi('marginPerSubscriber'), 0), le(mul(r.input('acquisitionCost'), r.input('ltvCacBar')), 0)),
        NOT_APPLICABLE,
        div(r.kpi('marginPerSubscriber'), mul(r.input('acquisitionCost'), r.input('ltvCacBar'))),
      ),
      '0.00%',
      false,
    ],
  ];
  for (const [key, label, value, numberFormat, input] of goalRows) {
    const p = goals[key];
    b.set(p.row, LABEL, label, LABEL_STYLE);
    b.set(p.row, p.column, typeof value === 'number' ? value : formulaCell(value), {
      ...(input ? INPUT_STYLE : CALCULATED_STYLE),
      numberFormat,
      horizontalAlignment: 'right',
    });
  }
  b.validate(cellRange(goals.targetProfit.row, ACTIVE), {
    kind: 'number',
    min: 0,
    max: null,
    allowInvalid: false,
    helpText: 'The monthly operating profit to reach, 0 or more.',
  });

  return {
    activeScenario: { row: activeRow, column: ACTIVE },
    active,
    scenarioNames: names,
    table,
    activeColumn: ACTIVE,
    firstScenarioColumn: FIRST_SCENARIO,
    grid,
    goals,
    rules,
    lastRow: goals.churnForBar.row,
  };
}
