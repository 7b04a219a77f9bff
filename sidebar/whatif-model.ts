/** The what-if panel's fields read as numbers (by the server's rules for them), and its KPIs as text. No DOM. */
import type { FieldLimits, Kpis, KpiValue, ScenarioNames } from '../src/core/api';
import { fieldExpectation } from '../src/core/rules/check';
import type { Rule } from '../src/core/rules/rule';
import { ambiguityNote, money, number, parseShare, percent, withPercentSign } from './format';

/**
 * A change typed in percent: "10", "10%" and "10 %" are all ten percent. A bare number between −1
 * and 1 could be a share ("0.12" for 12 %) as well as a percent: it is refused, not guessed.
 */
function parsePercentChange(typed: string): number | null | 'not a number' | 'ambiguous' | { asShare: string } {
  const share = parseShare(typed);
  if (typeof share === 'string' || share.value === null) return typeof share === 'string' ? share : null;
  if (share.percentTyped) return Number((share.value * 100).toPrecision(15));
  if (share.value !== 0 && Math.abs(share.value) < 1) return { asShare: number(share.value * 100) };
  return share.value;
}

/**
 * A percentage change typed into the field `label` as a multiplier (empty is no change, × 1), or
 * what is wrong with it. The field is in percent; `rule` is the server's for the multiplier it makes.
 */
export function multiplierFrom(
  label: string,
  typed: string,
  rule: Rule,
  limits: FieldLimits,
): { multiplier: number } | { problem: string } {
  const parsed = parsePercentChange(typed);
  if (parsed === 'not a number') return { problem: `${label} must be a number of percent, such as 10 or −5.` };
  if (parsed === 'ambiguous') return { problem: `${label}: ${ambiguityNote(typed)}.` };
  if (parsed !== null && typeof parsed === 'object') {
    return {
      problem: `${label}: "${typed.trim()}" could mean ${withPercentSign(typed.trim())} or ${withPercentSign(parsed.asShare)}; type it with its percent sign.`,
    };
  }
  const multiplier = 1 + (parsed ?? 0) / 100;
  if (fieldExpectation(rule, multiplier, limits) === null) return { multiplier };
  if (rule.type === 'number' && rule.max !== null && multiplier > rule.max) {
    return {
      problem: `${label} cannot be above +${number((rule.max - 1) * 100)} % (${number(rule.max)} times the canvas’s figure).`,
    };
  }
  return { problem: `${label} cannot be below −100 % (nothing left).` };
}

/** What is wrong with a scenario name to keep, by the server's `rule` for it, or "" when nothing is. */
export function scenarioNameProblem(typed: string, rule: Rule, limits: FieldLimits): string {
  const expected = fieldExpectation(rule, typed, limits);
  return expected === null ? '' : `A scenario name must be ${expected}.`;
}

export interface WhatIfRow {
  key: string;
  label: string;
  before: string;
  after: string;
}

/** The KPIs before and after, one row each. */
export function whatIfRows(before: Kpis, after: Kpis, currency: string): WhatIfRow[] {
  const rows: { key: string; label: string; show: (v: KpiValue) => string; pick: (k: Kpis) => KpiValue }[] = [
    { key: 'revenue', label: 'Revenue', show: (v) => money(v, currency), pick: (k) => k.revenue },
    { key: 'profit', label: 'Profit', show: (v) => money(v, currency), pick: (k) => k.profit },
    {
      key: 'break-even',
      label: 'Break-even revenue',
      show: (v) => money(v, currency),
      pick: (k) => k.breakEvenRevenue,
    },
    { key: 'margin', label: 'Profit margin', show: percent, pick: (k) => k.profitMargin },
  ];
  return rows.map((r) => ({
    key: r.key,
    label: r.label,
    before: r.show(r.pick(before)),
    after: r.show(r.pick(after)),
  }));
}

/** The choice "Keep as" offers: a new scenario, or one of those on the sheet to replace. */
export const NEW_SCENARIO = '';

export interface KeepChoices {
  options: { value: string; label: string }[];
  /** How much room is left, or how to make some. */
  room: string;
}

/** What "Keep as" offers for the scenarios on the sheet: a new one while there is room, or any kept one replaced. */
export function keepChoices(scenarios: ScenarioNames | null): KeepChoices {
  const kept = (scenarios?.names ?? []).filter((n) => n !== '' && n !== scenarios?.unkept);
  const room = scenarios?.room ?? 0;
  return {
    options: [
      { value: NEW_SCENARIO, label: room === 0 ? 'A new scenario (no room left)' : 'A new scenario' },
      ...kept.map((n) => ({ value: n, label: `Replace "${n}"` })),
    ],
    room:
      room === 0
        ? 'No room for a new scenario: replace one, or clear one in the What-ifs on the sheet.'
        : `Room for ${room} new ${room === 1 ? 'scenario' : 'scenarios'}.`,
  };
}

/** What the user is told once the sheet follows the scenario, and which way it was kept. */
export function whatIfDoneMessage(scenario: string, kept: 'added' | 'replaced' | null, room: number | null): string {
  if (kept === 'replaced')
    return `Replaced the scenario "${scenario}" with these changes; it is now the active one on the sheet.`;
  if (kept === 'added') {
    const left = room === null ? '' : room === 0 ? ' No room is left for another.' : ` Room for ${room} more.`;
    return `Added the scenario "${scenario}", now the active one on the sheet.${left}`;
  }
  return `Applied: the sheet now follows the "${scenario}" scenario.`;
}
