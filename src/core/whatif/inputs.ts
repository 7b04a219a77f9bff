/**
 * The what-if block's own inputs, beside the scenarios: the profit the goal seek aims at, the
 * price and volume changes along the sensitivity grid's axes, and how far the tornado moves each
 * driver. They are part of the canvas, so a copy of the canvas keeps them.
 */
import { SENSITIVITY_STEPS, TORNADO_SWING } from './scenarios';

export interface WhatIfInputs {
  /** Monthly operating profit the goal seek aims at, 0 or more. */
  targetProfit: number;
  /** Changes along both axes of the sensitivity grid, as many as SENSITIVITY_STEPS, each −1 or more. */
  sensitivitySteps: number[];
  /** How far the tornado moves each driver, up and down, 0..1. */
  tornadoSwing: number;
}

/** What a canvas without what-if inputs of its own gets. */
export const DEFAULT_WHAT_IF_INPUTS: Readonly<WhatIfInputs> = Object.freeze({
  targetProfit: 0,
  sensitivitySteps: [...SENSITIVITY_STEPS],
  tornadoSwing: TORNADO_SWING,
});

/** The least a step may be: −1 takes price or volume to zero. */
export const MIN_SENSITIVITY_STEP = -1;

/** True when two sets of what-if inputs hold the same numbers. */
export function sameWhatIfInputs(a: WhatIfInputs, b: WhatIfInputs): boolean {
  return (
    a.targetProfit === b.targetProfit &&
    a.tornadoSwing === b.tornadoSwing &&
    a.sensitivitySteps.length === b.sensitivitySteps.length &&
    a.sensitivitySteps.every((s, i) => s === b.sensitivitySteps[i])
  );
}
