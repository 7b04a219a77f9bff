/**
 * Churn and volume growth as the active scenario scales them, held where they still mean
 * something: a scenario's churn multiplier never takes churn above 100 % (no one can leave twice),
 * and the month-on-month volume factor never goes below 0 (a negative factor would make volume
 * alternate in sign month after month).
 */
import { add, Expr, MAX, MIN, mul, Operand, sub } from '../formula';
import { Refs } from './refs';

/** Monthly churn times the scenario's churn multiplier, at most 1. */
export function scaledChurn(r: Refs, multiplier: Operand): Expr {
  return MIN(1, mul(r.input('churn'), multiplier));
}

/** 1 + growth − churn, each times its scenario multiplier, at least 0. */
export function volumeFactor(r: Refs, growthMultiplier: Operand, churnMultiplier: Operand): Expr {
  return MAX(0, sub(add(1, mul(r.input('growth'), growthMultiplier)), scaledChurn(r, churnMultiplier)));
}
