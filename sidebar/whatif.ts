/** The what-if panel's fields and KPIs on the page: read as driver multipliers, marked, drawn. */
import type { DriverKey, KeepAs, Kpis, ScenarioNames, SidebarGuide, WhatIfRequest } from '../src/core/api';
import type { RecordRule } from '../src/core/rules/rule';
import { byId, el, fill } from './dom';
import { keepChoices, multiplierFrom, NEW_SCENARIO, scenarioNameProblem, whatIfRows } from './whatif-model';

/** The drivers the panel offers, with their field ids; the others stay as on the canvas (× 1). */
const FIELDS: { key: DriverKey; id: string; label: string }[] = [
  { key: 'price', id: 'whatif-price', label: 'Price change' },
  { key: 'volume', id: 'whatif-volume', label: 'Volume change' },
  { key: 'variableCost', id: 'whatif-variable-cost', label: 'Variable cost change' },
  { key: 'fixedCost', id: 'whatif-fixed-cost', label: 'Fixed cost change' },
];

function showError(input: HTMLInputElement, errorId: string, message: string): void {
  byId(errorId).textContent = message;
  if (message === '') input.removeAttribute('aria-invalid');
  else input.setAttribute('aria-invalid', 'true');
}

/**
 * The multipliers the fields ask for (an empty field is no change), or null after marking each
 * field that does not hold a percentage of −100 or more.
 */
export function readMultipliers({ rules, limits }: SidebarGuide): WhatIfRequest['scenario']['multipliers'] | null {
  const multiplierRules = (rules.scenario.fields.multipliers as RecordRule).fields;
  const multipliers = { price: 1, volume: 1, variableCost: 1, fixedCost: 1, growth: 1, churn: 1 };
  let firstBad: HTMLInputElement | null = null;
  for (const f of FIELDS) {
    const input = byId<HTMLInputElement>(f.id);
    const read = multiplierFrom(f.label, input.value, multiplierRules[f.key], limits);
    const message = 'problem' in read ? read.problem : '';
    if ('multiplier' in read) multipliers[f.key] = read.multiplier;
    showError(input, `error-${f.id}`, message);
    if (message !== '' && firstBad === null) firstBad = input;
  }
  if (firstBad === null) return multipliers;
  firstBad.focus();
  return null;
}

/** Offers "Keep as" a new scenario while there is room, or any kept scenario of the sheet to replace. */
export function drawKeepChoices(scenarios: ScenarioNames | null): void {
  const select = byId<HTMLSelectElement>('whatif-keep-as');
  const was = select.value;
  const { options, room } = keepChoices(scenarios);
  fill(select, ...options.map((o) => el('option', { value: o.value, text: o.label })));
  select.value = options.some((o) => o.value === was) ? was : NEW_SCENARIO;
  byId('whatif-room').textContent = room;
  showNameField();
}

/** The name field is for a new scenario; one replaced keeps its name. */
export function showNameField(): void {
  byId('whatif-name-field').hidden = byId<HTMLSelectElement>('whatif-keep-as').value !== NEW_SCENARIO;
}

/** How the scenario is to be kept, and under which name (trimmed), or null after marking the name field. */
export function readKeep(guide: SidebarGuide): { name: string; keepAs: KeepAs } | null {
  const replacing = byId<HTMLSelectElement>('whatif-keep-as').value;
  if (replacing !== NEW_SCENARIO) return { name: replacing, keepAs: 'replace' };
  const name = readScenarioName(guide);
  return name === null ? null : { name, keepAs: 'new' };
}

/** The scenario name typed, trimmed, or null after marking the field. */
function readScenarioName({ rules, limits }: SidebarGuide): string | null {
  const input = byId<HTMLInputElement>('whatif-name');
  const name = input.value.trim();
  const message = scenarioNameProblem(input.value, rules.scenario.fields.name, limits);
  showError(input, 'error-whatif-name', message);
  if (message === '') return name;
  input.focus();
  return null;
}

/** Gives the name field the length the server allows (the guide carries it). */
export function limitScenarioName({ limits }: SidebarGuide): void {
  byId<HTMLInputElement>('whatif-name').maxLength = limits.scenarioNameLength;
}

/** Marks the fields the server named in its refusal; the messages it could not place are returned. */
export function showServerErrors(
  messages: readonly { field: string; message: string }[],
): { field: string; message: string }[] {
  const rest: { field: string; message: string }[] = [];
  for (const m of messages) {
    const f = FIELDS.find((x) => m.field === `scenario.multipliers.${x.key}`);
    if (f) showError(byId<HTMLInputElement>(f.id), `error-${f.id}`, m.message);
    else if (m.field === 'scenario.name')
      showError(byId<HTMLInputElement>('whatif-name'), 'error-whatif-name', m.message);
    else rest.push(m);
  }
  return rest;
}

/** Holds the fields as they are while they are sent; read-only, not disabled, so the focus stays in them. */
export function setFieldsReadOnly(readOnly: boolean): void {
  for (const id of [...FIELDS.map((f) => f.id), 'whatif-name']) byId<HTMLInputElement>(id).readOnly = readOnly;
}

/** The KPIs before and after, one row each: "before → after". */
export function drawWhatIfKpis(scenario: string, before: Kpis, after: Kpis, currency: string): void {
  byId('whatif-scenario').textContent = `The sheet now follows the scenario "${scenario}".`;
  fill(
    byId('whatif-kpis'),
    ...whatIfRows(before, after, currency).map((r) =>
      el(
        'div',
        { 'data-testid': `whatif-${r.key}` },
        el('dt', { text: r.label }),
        el(
          'dd',
          {},
          el('span', { 'data-testid': 'before', text: r.before }),
          ' → ',
          el('span', { 'data-testid': 'after', text: r.after }),
        ),
      ),
    ),
  );
}

/** Clears the KPIs shown, when they no longer describe the canvas on screen. */
export function clearWhatIfKpis(): void {
  byId('whatif-scenario').textContent = '';
  fill(byId('whatif-kpis'));
}
