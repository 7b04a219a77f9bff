/**
 * The Assumptions step's fields: each assumption shown and read in the sidebar's units (a ratio as
 * a percentage, typed as every share is: "5%", "5 %" or "0.05"), and checked by the server's rule
 * for it. No DOM.
 */
import type { AssumptionGuide, FieldLimits } from '../src/core/api';
import { fieldExpectation } from '../src/core/rules/check';
import type { Rule } from '../src/core/rules/rule';
import { readTyped } from './field-checks';
import { ambiguityNote, number, parseNumber, percent, withPercentSign } from './format';

/** What a field holds for the sheet's value: a ratio as a percent (0.05 as "5%"), money as it is. */
export function assumptionText(guide: AssumptionGuide, value: number | undefined): string {
  if (value === undefined) return '';
  return guide.kind === 'ratio' ? percent(value, 4) : number(value);
}

/** The field's label, with its unit: "Monthly churn, % per month". */
export function assumptionLabel(guide: AssumptionGuide): string {
  return guide.kind === 'ratio' ? `${guide.label}, % ${guide.unit}` : `${guide.label}, ${guide.unit}`;
}

/**
 * The sheet's value for what is typed into the field of `guide` (a percentage for a ratio), or
 * what is wrong with it by the server's `rule`, in the field's own units.
 */
export function assumptionFrom(
  guide: AssumptionGuide,
  typed: string,
  rule: Rule,
  limits: FieldLimits,
): { value: number } | { problem: string } {
  const parsed = guide.kind === 'ratio' ? readTyped(typed, rule) : parseNumber(typed);
  if (parsed === null) return { problem: `${guide.label} needs a number (0 for none).` };
  if (parsed === 'ambiguous') return { problem: `${guide.label}: ${ambiguityNote(typed)}.` };
  if (typeof parsed === 'object') return { problem: `${guide.label} is a percent: did you mean ${parsed.meant}?` };
  if (typeof parsed === 'string') {
    return {
      problem: `${guide.label} must be a number, such as ${guide.kind === 'ratio' ? withPercentSign('5') : '5'}.`,
    };
  }
  const value = parsed;
  if (fieldExpectation(rule, value, limits) === null) return { value };
  if (rule.type !== 'number') return { problem: `${guide.label} is not allowed here.` };
  const scale = guide.kind === 'ratio' ? 100 : 1;
  const unit = guide.kind === 'ratio' ? ' %' : '';
  const range =
    rule.max === null
      ? `${number(rule.min * scale)}${unit} or more`
      : `between ${number(rule.min * scale)}${unit} and ${number(rule.max * scale)}${unit}`;
  return { problem: `${guide.label} must be ${range}.` };
}
