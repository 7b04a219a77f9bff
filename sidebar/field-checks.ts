/** The item form's checks on what is typed, with the limits the server holds requests to. No DOM. */
import { parseNumber } from './format';

/** What is wrong with a required text (`what` names it, e.g. "The name"), or null. */
export function textProblem(typed: string, what: string, max: number): string | null {
  if (typed.trim() === '') return `${what} cannot be empty.`;
  if ([...typed].length > max) return `${what} can have at most ${max} characters.`;
  return null;
}

/** What is wrong with an amount (empty is allowed: "not given yet"), or null. `max` null: no upper limit. */
export function amountProblem(typed: string, what: string, max: number | null): string | null {
  const parsed = parseNumber(typed);
  const range = max === null ? 'a number of 0 or more' : `a number between 0 and ${max}`;
  if (parsed === 'not a number' || (parsed !== null && (parsed < 0 || (max !== null && parsed > max)))) {
    return `${what} must be ${range}.`;
  }
  return null;
}

/** The amount typed, or null when the field is empty or not a number (its check says which). */
export function amountFrom(typed: string): number | null {
  const parsed = parseNumber(typed);
  return typeof parsed === 'number' ? parsed : null;
}
