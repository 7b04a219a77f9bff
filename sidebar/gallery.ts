/** Drawing the template gallery and the pattern hints from what the server sent. */
import type { GalleryEntry, PatternHint, TemplateParts } from '../src/core/api';
import { byId, el, fill } from './dom';
import {
  ALL_PATTERNS,
  hintTitle,
  keyNumber,
  type OfferedPart,
  patternsOf,
  previewItems,
  variantWords,
} from './gallery-model';

export function drawPatternChoice(select: HTMLSelectElement, templates: readonly GalleryEntry[], chosen: string): void {
  fill(
    select,
    el('option', { value: ALL_PATTERNS, text: `All patterns (${templates.length} templates)` }),
    ...patternsOf(templates).map((p) => el('option', { value: p.id, text: `${p.title} (${p.count})` })),
  );
  select.value = chosen;
}

/** The templates of the chosen pattern (or all), under a heading per pattern; each a button that selects it. */
export function drawTemplateGroups(
  container: HTMLElement,
  templates: readonly GalleryEntry[],
  pattern: string,
  selected: string | null,
  pick: (id: string) => void,
): void {
  const groups = patternsOf(templates).filter((p) => pattern === ALL_PATTERNS || p.id === pattern);
  fill(
    container,
    ...groups.map((p) =>
      el(
        'section',
        { class: 'template-group', 'data-testid': 'template-group', 'data-pattern': p.id, 'aria-label': p.title },
        el('h3', { text: p.title }),
        el(
          'ul',
          { class: 'plain' },
          ...templates
            .filter((t) => t.pattern === p.id)
            .map((t) => {
              const button = el(
                'button',
                {
                  type: 'button',
                  class: 'template-choice',
                  'data-testid': 'template-choice',
                  'data-id': t.id,
                  'aria-pressed': t.id === selected ? 'true' : 'false',
                },
                el('span', { class: 'choice-title', text: t.title }),
                el('span', { class: 'choice-meta', text: variantWords(t.variant) }),
              );
              button.addEventListener('click', () => pick(t.id));
              return el('li', {}, button);
            }),
        ),
      ),
    ),
  );
}

/**
 * The chosen template: its words, its key numbers (illustrative), the verdict of its pattern
 * check, and the first items of each block. `canvasName` is the canvas "Add" would add to, if any.
 */
export function drawTemplateDetail(t: GalleryEntry, canvasName: string | null): void {
  byId('template-detail').hidden = false;
  byId('template-title').textContent = t.title;
  byId('template-pattern').textContent = `${t.patternTitle} · ${variantWords(t.variant)}`;
  byId('template-summary').textContent = t.summary;
  byId('template-explanation').textContent = t.explanation;
  fill(
    byId('template-numbers'),
    ...t.keyNumbers.map((k) =>
      el(
        'div',
        { 'data-testid': 'template-number' },
        el('dt', { text: k.label }),
        el('dd', { text: keyNumber(k.value, k.unit, t.currency) }),
      ),
    ),
  );
  byId('template-check').textContent =
    `${t.check.title}: ${t.check.passes ? 'passes' : 'fails'} with these numbers. The new sheet carries it as live formulas.`;
  fill(
    byId('template-preview'),
    ...t.preview.map((p) =>
      el(
        'div',
        { 'data-testid': 'preview-block', 'data-block': p.block },
        el('dt', { text: p.title }),
        el('dd', { text: previewItems(p.items, p.more) }),
      ),
    ),
  );
  const add = byId<HTMLButtonElement>('template-add');
  add.hidden = canvasName === null;
  byId('template-add-note').textContent =
    canvasName === null
      ? 'Open a canvas to add this template to it.'
      : `"Add to this canvas" shows what it would add to "${canvasName}" (only what it does not have yet) and lets you choose; your own entries stay as they are, and Undo takes it all back.`;
}

/** The parts a template offers, each a tick box (ticked) with what it adds under it. */
export function drawOffer(parts: readonly OfferedPart[]): void {
  fill(
    byId('template-part-list'),
    ...parts.map((p) => {
      const id = `template-part-${p.key}`;
      return el(
        'div',
        { class: 'template-part', 'data-testid': 'template-part', 'data-part': p.key },
        el(
          'label',
          { for: id },
          el('input', { id, type: 'checkbox', checked: true, value: p.key, 'aria-describedby': `${id}-lines` }),
          p.label,
        ),
        el('ul', { id: `${id}-lines` }, ...p.lines.map((line) => el('li', { text: line }))),
      );
    }),
  );
}

/** The parts ticked. */
export function tickedParts(): TemplateParts {
  const ticked = (key: keyof TemplateParts) =>
    document.querySelector<HTMLInputElement>(`#template-part-${key}`)?.checked === true;
  return {
    patternCheck: ticked('patternCheck'),
    notes: ticked('notes'),
    streams: ticked('streams'),
    costs: ticked('costs'),
  };
}

/** Shows or hides the choice of parts, and says so on the button that opens it. */
export function showOffer(shown: boolean): void {
  byId('template-parts').hidden = !shown;
  byId('template-add').setAttribute('aria-expanded', String(shown));
}

/** The report of an addition: one line per item added. */
export function drawAdded(lines: readonly string[]): void {
  fill(byId('template-added'), ...lines.map((line) => el('li', { 'data-testid': 'added-line', text: line })));
}

export function drawHints(hints: readonly PatternHint[]): void {
  byId('hints-message').textContent =
    hints.length === 0
      ? "This canvas does not resemble any of the book's patterns yet."
      : 'From what the canvas holds now:';
  fill(
    byId('hint-list'),
    ...hints.map((h) =>
      el(
        'li',
        { class: 'hint', 'data-testid': 'hint', 'data-pattern': h.pattern },
        el('strong', {
          'data-testid': 'hint-pattern',
          text: hintTitle(h),
        }),
        el('p', { 'data-testid': 'hint-reason', text: h.reason }),
        el('p', { class: 'muted', 'data-testid': 'hint-suggestion', text: h.suggestion }),
      ),
    ),
  );
}
