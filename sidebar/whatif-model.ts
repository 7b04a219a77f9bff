/** The what-if panel's fields read as numbers, and its KPIs as text. No DOM. */
import type { Kpis, KpiValue } from '../src/core/api';
import { money, parseNumber, percent } from './format';

/** The longest scenario name the server accepts, in characters. */
export const SCENARIO_NAME_LENGTH = 40;

/** A percentage change typed into the field `label` as a multiplier (empty is no change, × 1), or what is wrong with it. */
export function multiplierFrom(label: string, typed: string): { multiplier: number } | { problem: string } {
  const parsed = parseNumber(typed);
  if (parsed === 'not a number') return { problem: `${label} must be a number of percent, such as 10 or −5.` };
  if (parsed !== null && parsed < -100) return { problem: `${label} cannot be below −100 % (nothing left).` };
  return { multiplier: 1 + (parsed ?? 0) / 100 };
}

/** What is wrong with a scenario name (already trimmed) to keep, or "" when nothing is. */
export function scenarioNameProblem(name: string): string {
  if (name === '') return 'Give the scenario a name to keep it.';
  if ([...name].length > SCENARIO_NAME_LENGTH)
    return `A scenario name can have at most ${SCENARIO_NAME_LENGTH} characters.`;
  return '';
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

/** What the user is told once the sheet follows the scenario. */
export function whatIfDoneMessage(scenario: string, kept: boolean): string {
  return kept
    ? `Kept as the scenario "${scenario}", now the active one on the sheet.`
    : `Applied: the sheet now follows the "${scenario}" scenario.`;
}
