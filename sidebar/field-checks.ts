/**
 * The item form's checks on what is typed: each field by the rule the server holds it to, within
 * the limits it holds it to (both come with the sidebar guide). No DOM.
 */
import type { FieldLimits } from '../src/core/api';
import { fieldExpectation } from '../src/core/rules/check';
import type { Rule } from '../src/core/rules/rule';
import { ambiguityNote, parseNumber } from './format';

/**
 * What is wrong with what is typed into a field (`what` names it, e.g. "The price"), or null. A
 * number field is judged as the number it reads as (empty: "not given yet"), and as the text typed
 * when it reads as none, which the rule refuses.
 */
export function fieldProblem(typed: string, what: string, rule: Rule, limits: FieldLimits): string | null {
  const parsed = rule.type === 'number' ? parseNumber(typed) : typed;
  if (parsed === 'ambiguous') return `${what}: ${ambiguityNote(typed)}.`;
  const expected = fieldExpectation(rule, parsed === 'not a number' ? typed : parsed, limits);
  return expected === null ? null : `${what} must be ${expected}.`;
}

/** The amount typed, or null when the field is empty or not a number (its check says which). */
export function amountFrom(typed: string): number | null {
  const parsed = parseNumber(typed);
  return typeof parsed === 'number' ? parsed : null;
}
