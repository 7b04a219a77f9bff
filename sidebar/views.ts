/** Drawing the canvas view's parts from the state: the KPIs, the step list and a block's entries. */
import type { BlockGuide, CanvasState, SidebarGuide } from '../src/core/api';
import { byId, el, fill } from './dom';
import { entryDetails, kpiTexts, shownName, stepChoices, stepLabel } from './canvas-view-model';
import { entriesOf } from './entries';

/**
 * The header's canvas and sheet names. Each carries its whole text as a tooltip, since a long one
 * ends with an ellipsis rather than breaking a word.
 */
export function drawHeader(canvasName: string, sheetName: string | null): void {
  const title = byId('canvas-title');
  title.textContent = canvasName;
  title.title = canvasName;
  const sheet = byId('sheet-name');
  sheet.textContent = sheetName === null ? '' : `Sheet: ${sheetName}`;
  sheet.title = sheet.textContent;
}

export function drawKpis(state: CanvasState): void {
  const texts = kpiTexts(state);
  const set = (id: string, text: string) => {
    const node = document.getElementById(id);
    if (node) node.textContent = text;
  };
  set('kpi-revenue', texts.revenue);
  set('kpi-profit', texts.profit);
  set('kpi-break-even', texts.breakEven);
  set('kpi-margin', texts.margin);
  set('kpi-check', texts.check);
  set('kpi-scenario', texts.scenario);
  document.getElementById('kpi-scenario')?.classList.toggle('tried', texts.tried);
  document.getElementById('kpi-profit')?.classList.toggle('negative', texts.loss);
}

/**
 * Scrolling to a focused element stops below the sticky KPI card, which would otherwise cover it
 * (WCAG 2.4.11): the card's height, measured as drawn, is the page's scroll padding.
 */
export function keepFocusClearOfKpis(): void {
  const card = document.querySelector<HTMLElement>('.kpis');
  if (!card || card.offsetHeight === 0) return;
  document.documentElement.style.scrollPaddingTop = `${card.offsetHeight + 16}px`;
}

/** The nine steps as buttons, each with how many entries its block holds. */
export function drawSteps(
  list: HTMLElement,
  guide: SidebarGuide,
  state: CanvasState,
  current: number,
  go: (step: number) => void,
): void {
  fill(
    list,
    ...guide.blocks.map((b, i) => {
      const count = entriesOf(state, b.id).length;
      const label = stepLabel(b.title, count);
      const button = el(
        'button',
        {
          type: 'button',
          class: `step${count > 0 ? ' filled' : ''}`,
          'data-testid': `step-${b.code}`,
          title: label,
          'aria-current': i === current ? 'step' : undefined,
          // One stop on the strip for Tab; the arrow keys move along it.
          tabindex: i === current ? 0 : -1,
        },
        el('span', { class: 'step-code', text: b.code }),
        ' ',
        el('span', { class: 'step-count', 'data-testid': `step-count-${b.code}`, text: String(count) }),
        el('span', { class: 'visually-hidden', text: `(${label})` }),
      );
      button.addEventListener('click', () => go(i));
      return el('li', {}, button);
    }),
  );
}

/** The keys that move the focus along the step strip, to the step they name from the one focused. */
const STRIP_KEYS: Record<string, (at: number, last: number) => number> = {
  ArrowRight: (at, last) => (at === last ? 0 : at + 1),
  ArrowDown: (at, last) => (at === last ? 0 : at + 1),
  ArrowLeft: (at, last) => (at === 0 ? last : at - 1),
  ArrowUp: (at, last) => (at === 0 ? last : at - 1),
  Home: () => 0,
  End: (_, last) => last,
};

/** Moves the focus along the step strip with the arrow keys, Home and End (the strip is one Tab stop). */
export function moveAlongSteps(event: KeyboardEvent): void {
  const to = STRIP_KEYS[event.key];
  const strip = event.currentTarget;
  if (!to || !(strip instanceof HTMLElement)) return;
  const buttons = [...strip.querySelectorAll<HTMLButtonElement>('button')];
  const at = buttons.indexOf(event.target as HTMLButtonElement);
  if (at < 0) return;
  event.preventDefault();
  const next = buttons[to(at, buttons.length - 1)];
  for (const b of buttons) b.tabIndex = b === next ? 0 : -1;
  next.focus();
}

export function drawStepText(guide: SidebarGuide, block: BlockGuide, current: number): void {
  byId('step-title').textContent = `${current + 1} of ${guide.blocks.length} · ${block.title}`;
  byId('step-about-summary').textContent = `About ${block.title}`;
  byId('step-description').textContent = block.description;
  fill(byId('step-questions'), ...block.questions.map((q) => el('li', { text: q })));
  const { heading, choices } = stepChoices(guide, block);
  fill(
    byId('step-categories'),
    el('span', { class: 'muted', text: heading }),
    ...choices.map((c) => el('span', { class: 'chip', text: c })),
  );
  byId<HTMLButtonElement>('prev-step').disabled = current === 0;
  const next = guide.blocks[current + 1];
  byId('next-step').textContent = `Next: ${next ? next.title : 'Assumptions'}`;
}

export interface EntryActions {
  edit(index: number): void;
  move(index: number, to: number, control: HTMLButtonElement): void;
  remove(index: number, control: HTMLButtonElement): void;
}

function iconButton(testid: string, symbol: string, label: string, disabled = false): HTMLButtonElement {
  return el('button', {
    type: 'button',
    class: 'icon',
    'data-testid': testid,
    'aria-label': label,
    title: label,
    text: symbol,
    disabled,
  });
}

/** The block's entries, each with its colour, what it says, and buttons to move, edit and delete it. */
export function drawEntries(
  list: HTMLElement,
  block: BlockGuide,
  guide: SidebarGuide,
  state: CanvasState,
  editingIndex: number | null,
  actions: EntryActions,
): void {
  const entries = entriesOf(state, block.id);
  if (entries.length === 0) {
    fill(list, el('li', { class: 'empty', 'data-testid': 'no-items', text: `Nothing in ${block.title} yet.` }));
    return;
  }
  fill(
    list,
    ...entries.map((entry, i) => {
      const shown = shownName(entry);
      const { meta, color } = entryDetails(block.id, entry, guide, state);
      const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
      if (color) swatch.style.background = color;
      else swatch.classList.add('none');
      const up = iconButton('item-up', '↑', `Move "${shown}" up`, i === 0);
      const down = iconButton('item-down', '↓', `Move "${shown}" down`, i === entries.length - 1);
      const edit = iconButton('item-edit', '✎', `Edit "${shown}"`);
      const remove = iconButton('item-delete', '✕', `Delete "${shown}"`);
      up.addEventListener('click', () => actions.move(i, i - 1, up));
      down.addEventListener('click', () => actions.move(i, i + 1, down));
      edit.addEventListener('click', () => actions.edit(i));
      remove.addEventListener('click', () => actions.remove(i, remove));
      return el(
        'li',
        { class: `entry${editingIndex === i ? ' editing' : ''}`, 'data-testid': 'item', 'data-index': i },
        swatch,
        el(
          'div',
          { class: 'entry-body' },
          el('span', { class: 'entry-text', 'data-testid': 'item-text', text: shown }),
          meta.length > 0
            ? el('span', { class: 'entry-meta', 'data-testid': 'item-meta', text: meta.join(' · ') })
            : null,
        ),
        el('span', { class: 'entry-buttons' }, up, down, edit, remove),
      );
    }),
  );
}
