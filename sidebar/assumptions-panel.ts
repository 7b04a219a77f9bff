/**
 * The Assumptions step: growth, churn, acquisition cost, investment and the discount rate of the
 * canvas shown, edited in one form and saved in one server call that answers with the canvas read
 * back. Each field is checked as it is left, by the server's rule for it.
 */
import type { AssumptionGuide, AssumptionKey } from '../src/core/api';
import type { RecordRule } from '../src/core/rules/rule';
import { assumptionFrom, assumptionLabel, assumptionText } from './assumptions-model';
import { call } from './connection';
import { byId, el, fill } from './dom';
import { canvasRef } from './elsewhere';
import type { EntryPanel } from './entry-panel';
import { show } from './panels';
import { problemsText } from './refusals';
import type { SidebarState } from './state';
import { say, sayRefusal } from './status';

export interface AssumptionsPanel {
  open(): void;
  close(): void;
  save(): Promise<void>;
}

const fieldId = (key: AssumptionKey) => `assumption-${key}`;

function markField(key: AssumptionKey, message: string): void {
  const input = byId<HTMLInputElement>(fieldId(key));
  byId(`error-${fieldId(key)}`).textContent = message;
  if (message === '') input.removeAttribute('aria-invalid');
  else input.setAttribute('aria-invalid', 'true');
}

export function assumptionsPanel(s: SidebarState, entries: Pick<EntryPanel, 'setState'>): AssumptionsPanel {
  const guides = (): AssumptionGuide[] => s.guide?.assumptions ?? [];

  function check(g: AssumptionGuide): { value: number } | { problem: string } | null {
    if (!s.guide) return null;
    const rule = (s.guide.rules.assumptions as RecordRule).fields[g.key];
    return assumptionFrom(g, byId<HTMLInputElement>(fieldId(g.key)).value, rule, s.guide.limits);
  }

  /** The fields, filled from the canvas as the sheet holds it now. */
  function draw(): void {
    const held = s.canvas?.canvas.assumptions ?? {};
    fill(
      byId('assumption-fields'),
      ...guides().map((g) => {
        const id = fieldId(g.key);
        const input = el('input', {
          id,
          type: 'text',
          inputmode: 'decimal',
          autocomplete: 'off',
          value: assumptionText(g, held[g.key]),
          'data-testid': id,
          'aria-describedby': `help-${id} error-${id}`,
        });
        input.addEventListener('blur', () => {
          const read = check(g);
          markField(g.key, read !== null && 'problem' in read ? read.problem : '');
        });
        return el(
          'div',
          { class: 'field' },
          el('label', { for: id, text: assumptionLabel(g) }),
          input,
          el('p', { id: `help-${id}`, class: 'muted small', text: g.helpText }),
          el('p', { id: `error-${id}`, class: 'field-error', 'aria-live': 'polite' }),
        );
      }),
    );
  }

  function open(): void {
    if (s.view !== 'canvas') return;
    s.assumptions.open = true;
    s.whatIf.open = false;
    s.gallery.open = false;
    say('');
    draw();
    show(s, s.view);
    byId('assumptions-title').focus();
  }

  function close(): void {
    s.assumptions.open = false;
    show(s, s.view);
    byId('open-assumptions').focus();
  }

  async function save(): Promise<void> {
    if (!s.canvas) return;
    const values: Partial<Record<AssumptionKey, number>> = {};
    let firstBad: AssumptionKey | null = null;
    for (const g of guides()) {
      const read = check(g);
      if (read === null) return;
      markField(g.key, 'problem' in read ? read.problem : '');
      if ('value' in read) values[g.key] = read.value;
      else firstBad ??= g.key;
    }
    if (firstBad !== null) {
      byId(fieldId(firstBad)).focus();
      return say('Please correct the marked field.', 'error');
    }
    const result = await call(s, 'sidebarSetAssumptions', { canvas: canvasRef(s.canvas), values });
    if (result === null) return;
    if (result.ok) {
      entries.setState(result.state);
      draw();
      return say('Saved: the sheet’s figures now follow these assumptions.');
    }
    if (result.reason !== 'invalid') return sayRefusal(result);
    const rest = result.messages.filter((m) => {
      const g = guides().find((x) => m.field === `values.${x.key}`);
      if (g) markField(g.key, `${g.label}: ${m.message}`);
      return g === undefined;
    });
    say(rest.length > 0 ? problemsText(rest) : 'Please correct the marked field.', 'error');
  }

  return { open, close, save };
}
