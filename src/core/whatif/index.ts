/** What-ifs on a canvas: scenarios, a live scenario table, a sensitivity grid, goal seeks and a tornado. */
export { tornadoChart, writeWhatIf } from './whatif';
export { GOAL_KEYS, SCENARIO_KPI_KEYS, SPLIT_KEYS, whatIfLayout } from './layout';
export type { GoalKey, ScenarioKpiKey, SplitKey, WhatIfLayout } from './layout';
export {
  DEFAULT_SCENARIO_SET,
  DEFAULT_SCENARIOS,
  DRIVER_KEYS,
  DRIVER_LABELS,
  SCENARIO_COLUMNS,
  SENSITIVITY_STEPS,
  TORNADO_SWING,
} from './scenarios';
export type { DriverKey, Scenario, ScenarioSet } from './scenarios';
export { DEFAULT_WHAT_IF_INPUTS, MIN_SENSITIVITY_STEP } from './inputs';
export type { WhatIfInputs } from './inputs';
