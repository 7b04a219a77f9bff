/** What-ifs on a canvas: scenarios, a live scenario table, a sensitivity grid and goal seeks. */
export { addWhatIf, SCENARIO_KPI_KEYS } from './whatif';
export type { GoalKey, ScenarioKpiKey, WhatIfLayout } from './whatif';
export { DEFAULT_SCENARIOS, DRIVER_KEYS, DRIVER_LABELS, SCENARIO_COLUMNS, SENSITIVITY_STEPS } from './scenarios';
export type { DriverKey, Scenario } from './scenarios';
