/**
 * Scenarios as data: the drivers a scenario scales and the three it starts with. A scenario is a
 * column of multipliers (1 = as on the canvas); the user can name and fill the spare columns.
 */

export const DRIVER_KEYS = ['price', 'volume', 'variableCost', 'fixedCost', 'growth', 'churn'] as const;
export type DriverKey = (typeof DRIVER_KEYS)[number];

export const DRIVER_LABELS: Record<DriverKey, string> = {
  price: 'Price',
  volume: 'Volume',
  variableCost: 'Variable cost',
  fixedCost: 'Fixed cost',
  growth: 'Monthly growth',
  churn: 'Monthly churn',
};

export interface Scenario {
  name: string;
  multipliers: Record<DriverKey, number>;
}

/** The scenarios of a canvas and the one its figures follow (the dropdown's text, as typed). */
export interface ScenarioSet {
  active: string;
  /** At most SCENARIO_COLUMNS, in column order. */
  list: Scenario[];
}

export const DEFAULT_SCENARIOS: readonly Scenario[] = [
  { name: 'Base', multipliers: { price: 1, volume: 1, variableCost: 1, fixedCost: 1, growth: 1, churn: 1 } },
  { name: 'Upside', multipliers: { price: 1.05, volume: 1.1, variableCost: 1, fixedCost: 1, growth: 1.2, churn: 0.8 } },
  {
    name: 'Downside',
    multipliers: { price: 0.95, volume: 0.9, variableCost: 1.05, fixedCost: 1.05, growth: 0.8, churn: 1.2 },
  },
];

/** What a canvas without scenarios of its own gets: the three defaults, Base active. */
export const DEFAULT_SCENARIO_SET: Readonly<ScenarioSet> = Object.freeze({
  active: 'Base',
  list: DEFAULT_SCENARIOS.map((s) => s),
});

/** Scenario columns on the sheet: the defaults plus spare ones the user may name. */
export const SCENARIO_COLUMNS = 5;

/** Price and volume changes of the sensitivity grid's axes (inputs on the sheet). */
export const SENSITIVITY_STEPS: readonly number[] = [-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3];

/** How far the tornado moves each driver, up and down (an input on the sheet). */
export const TORNADO_SWING = 0.1;

/** True when two scenario sets hold the same names, multipliers and active scenario. */
export function sameScenarios(a: ScenarioSet, b: ScenarioSet): boolean {
  return (
    a.active === b.active &&
    a.list.length === b.list.length &&
    a.list.every(
      (s, i) => s.name === b.list[i].name && DRIVER_KEYS.every((k) => s.multipliers[k] === b.list[i].multipliers[k]),
    )
  );
}
