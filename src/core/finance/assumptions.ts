/**
 * Inputs of the viability panel that belong to the business as a whole rather than to one row:
 * growth, churn, acquisition cost, the projection's investment and discount rate, and the bar
 * LTV:CAC is held against.
 */
import { DRIVER_MAX } from '../rules/bounds';
import type { WhatIfInputs } from '../whatif/inputs';
import type { ScenarioSet } from '../whatif/scenarios';

export interface Assumptions {
  /** Monthly growth of every stream's volume (0.05 = 5 % a month). */
  growth: number;
  /** Share of volume (customers) lost each month, 0..1. */
  churn: number;
  /** Acquisition cost per new customer (CAC), in the canvas currency. */
  acquisitionCost: number;
  /** Cash spent before month 1, in the canvas currency. */
  initialInvestment: number;
  /** Cash at hand before month 1 (before the investment is spent), in the canvas currency. */
  startingCash: number;
  /** Annual discount rate for NPV, 0..1. */
  discountRate: number;
  /** The LTV:CAC ratio a healthy model reaches (3 is the usual bar). */
  ltvCacBar: number;
  /** The what-if scenarios and the active one; the three defaults, Base active, when not given. */
  scenarios?: ScenarioSet;
  /** Target profit, sensitivity steps and tornado swing; DEFAULT_WHAT_IF_INPUTS when not given. */
  whatIf?: WhatIfInputs;
}

/** The assumptions that are one number each, in the panel's Assumptions block. */
export type AssumptionKey = Exclude<keyof Assumptions, 'scenarios' | 'whatIf'>;

export const ASSUMPTION_KEYS: readonly AssumptionKey[] = [
  'growth',
  'churn',
  'acquisitionCost',
  'initialInvestment',
  'startingCash',
  'discountRate',
  'ltvCacBar',
];

/**
 * The assumptions the sidebar's Assumptions step edits, in the panel's order: all but the LTV:CAC
 * bar, which is a judgement kept on the sheet.
 */
export const SIDEBAR_ASSUMPTION_KEYS: readonly AssumptionKey[] = ASSUMPTION_KEYS.filter((k) => k !== 'ltvCacBar');

export const DEFAULT_ASSUMPTIONS: Readonly<Assumptions> = Object.freeze({
  growth: 0,
  churn: 0,
  acquisitionCost: 0,
  initialInvestment: 0,
  startingCash: 0,
  discountRate: 0.1,
  ltvCacBar: 3,
});

/** Allowed range of each assumption. */
export const ASSUMPTION_BOUNDS: Readonly<Record<AssumptionKey, { min: number; max: number }>> = Object.freeze({
  growth: { min: 0, max: DRIVER_MAX.growth },
  churn: { min: 0, max: 1 },
  acquisitionCost: { min: 0, max: DRIVER_MAX.acquisitionCost },
  initialInvestment: { min: 0, max: DRIVER_MAX.initialInvestment },
  startingCash: { min: 0, max: DRIVER_MAX.startingCash },
  discountRate: { min: 0, max: 1 },
  ltvCacBar: { min: 0, max: DRIVER_MAX.ltvCacBar },
});

/** The canvas's assumptions, with defaults for any it does not give. */
export function assumptionsOf(canvas: { assumptions?: Partial<Assumptions> }): Assumptions {
  const result: Assumptions = { ...DEFAULT_ASSUMPTIONS };
  for (const key of ASSUMPTION_KEYS) {
    const given = canvas.assumptions?.[key];
    if (typeof given === 'number' && Number.isFinite(given)) result[key] = given;
  }
  if (canvas.assumptions?.scenarios !== undefined) result.scenarios = canvas.assumptions.scenarios;
  if (canvas.assumptions?.whatIf !== undefined) result.whatIf = canvas.assumptions.whatIf;
  return result;
}
