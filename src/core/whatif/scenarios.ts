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

export const DEFAULT_SCENARIOS: readonly Scenario[] = [
  { name: 'Base', multipliers: { price: 1, volume: 1, variableCost: 1, fixedCost: 1, growth: 1, churn: 1 } },
  { name: 'Upside', multipliers: { price: 1.05, volume: 1.1, variableCost: 1, fixedCost: 1, growth: 1.2, churn: 0.8 } },
  { name: 'Downside', multipliers: { price: 0.95, volume: 0.9, variableCost: 1.05, fixedCost: 1.05, growth: 0.8, churn: 1.2 } },
];

/** Scenario columns on the sheet: the defaults plus spare ones the user may name. */
export const SCENARIO_COLUMNS = 5;

/** Price and volume changes of the sensitivity grid's axes (inputs on the sheet). */
export const SENSITIVITY_STEPS: readonly number[] = [-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3];
