/**
 * The item form's checks on what is typed: each field by the rule the server holds it to, within
 * the limits it holds it to (both come with the sidebar guide). No DOM.
 */
import type { FieldLimits } from '../src/core/api';
import { fieldExpectation, numberExpected } from '../src/core/rules/check';
import type { Rule } from '../src/core/rules/rule';
import { ambiguityNote, number, parseNumber, parseShare, percent, withPercentSign } from './format';

/**
 * What is wrong with what is typed into a field (`what` names it, e.g. "The price"), or null. A
 * number field is judged as the number it reads as (empty: "not given yet"), and as the text typed
 * when it reads as none, which the rule refuses. A share's field reads percents ("12 %") and
 * shares ("0.12"); a bare number above 1 there is refused with the percent it likely meant.
 */
export function fieldProblem(typed: string, what: string, rule: Rule, limits: FieldLimits): string | null {
  const parsed = readTyped(typed, rule);
  if (parsed === 'ambiguous') return `${what}: ${ambiguityNote(typed)}.`;
  if (parsed !== null && typeof parsed === 'object') return `${what} is a percent: did you mean ${parsed.meant}?`;
  const expected = fieldExpectation(rule, parsed === 'not a number' ? typed : parsed, limits);
  if (expected === null) return null;
  // A share read from the field is a share already: no "did you mean" about percents.
  return `${what} must be ${rule.type === 'number' && rule.percent === true ? numberExpected(rule) : expected}.`;
}

/**
 * What is typed, read by the field's rule: a number (a share for a share's rule), null for an
 * empty field, or why it is none; `meant` is the percent a bare number above 1 likely was.
 */
export function readTyped(
  typed: string,
  rule: Rule,
): number | null | string | 'not a number' | 'ambiguous' | { meant: string } {
  if (rule.type !== 'number') return typed;
  if (rule.percent !== true) return parseNumber(typed);
  const share = parseShare(typed);
  if (typeof share === 'string') return share;
  if (!share.percentTyped && share.value !== null && share.value > 1) {
    return { meant: withPercentSign(typed.trim()) };
  }
  return share.value;
}

/** The amount typed, by the field's rule (a share may be typed as a percent), or null when the field is empty or its check fails to read it. */
export function amountFrom(typed: string, rule?: Rule): number | null {
  const parsed = rule === undefined ? parseNumber(typed) : readTyped(typed, rule);
  return typeof parsed === 'number' ? parsed : null;
}

/** A number for a field to show, as the spreadsheet's locale writes it: a share as a percent. */
export function amountText(value: number | null, rule: Rule): string {
  if (value === null) return '';
  return rule.type === 'number' && rule.percent === true ? percent(value, 4) : number(value);
}
