/** Drawing the canvas view's parts from the state: the KPIs, the step list and a block's entries. */
import type { BlockGuide, CanvasState, SidebarGuide } from '../src/core/api';
import { el, fill } from './dom';
import type { BlockId, Cost, Entry, Item, RevenueStream } from './entries';
import { money, number, percent } from './format';

export function entriesOf(state: CanvasState, block: BlockId): Entry[] {
  if (block === 'revenueStreams') return state.canvas.revenueStreams;
  if (block === 'costStructure') return state.canvas.costs;
  return state.canvas.blocks[block];
}

export function entryName(block: BlockId, entry: Entry): string {
  return block === 'revenueStreams' || block === 'costStructure'
    ? (entry as RevenueStream | Cost).name
    : (entry as Item).text;
}

export function drawKpis(state: CanvasState): void {
  const { kpis, canvas } = state;
  const set = (id: string, text: string) => {
    const node = document.getElementById(id);
    if (node) node.textContent = text;
  };
  set('kpi-revenue', money(kpis.revenue, canvas.currency));
  set('kpi-profit', money(kpis.profit, canvas.currency));
  set('kpi-break-even', money(kpis.breakEvenRevenue, canvas.currency));
  set('kpi-margin', percent(kpis.profitMargin));
  set('kpi-check', kpis.check === null ? '' : kpis.check === 'OK' ? 'Checks: all pass' : `Check: ${kpis.check}`);
  const profit = document.getElementById('kpi-profit');
  if (profit) profit.classList.toggle('negative', typeof kpis.profit === 'number' && kpis.profit < 0);
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
      const label = `${b.title}: ${count === 0 ? 'empty' : `${count} ${count === 1 ? 'entry' : 'entries'}`}`;
      const button = el(
        'button',
        {
          type: 'button',
          class: `step${count > 0 ? ' filled' : ''}`,
          'data-testid': `step-${b.code}`,
          'aria-label': label,
          title: label,
          'aria-current': i === current ? 'step' : undefined,
        },
        el('span', { class: 'step-code', text: b.code }),
        el('span', { class: 'step-count', 'data-testid': `step-count-${b.code}`, text: String(count) }),
      );
      button.addEventListener('click', () => go(i));
      return el('li', {}, button);
    }),
  );
}

export function drawStepText(guide: SidebarGuide, block: BlockGuide, current: number): void {
  const byId = (id: string) => document.getElementById(id) as HTMLElement;
  byId('step-title').textContent = `${current + 1} of ${guide.blocks.length} · ${block.title}`;
  byId('step-description').textContent = block.description;
  fill(byId('step-questions'), ...block.questions.map((q) => el('li', { text: q })));
  const choices =
    block.id === 'revenueStreams'
      ? guide.streamTypes.map((t) => t.title)
      : block.id === 'costStructure'
        ? [...guide.costBehaviors.map((c) => c.label), ...block.categories]
        : block.categories;
  fill(
    byId('step-categories'),
    el('span', { class: 'muted', text: block.id === 'revenueStreams' ? 'Types: ' : 'Categories: ' }),
    ...choices.map((c) => el('span', { class: 'chip', text: c })),
  );
  (byId('prev-step') as HTMLButtonElement).disabled = current === 0;
  (byId('next-step') as HTMLButtonElement).disabled = current === guide.blocks.length - 1;
  const next = guide.blocks[current + 1];
  byId('next-step').textContent = next ? `Next: ${next.title}` : 'Next';
}

export interface EntryActions {
  edit(index: number): void;
  move(index: number, to: number, control: HTMLButtonElement): void;
  remove(index: number, control: HTMLButtonElement): void;
}

function segmentColor(state: CanvasState, segment: string | undefined): string | null {
  if (segment === undefined) return null;
  const i = state.canvas.blocks.customerSegments.findIndex((s) => s.text === segment);
  return i >= 0 ? state.segmentColors[i] : null;
}

function details(
  block: BlockId,
  entry: Entry,
  guide: SidebarGuide,
  state: CanvasState,
): { meta: string[]; color: string | null } {
  if (block === 'revenueStreams') {
    const s = entry as RevenueStream;
    const type = guide.streamTypes.find((t) => t.id === s.type);
    const meta = [type?.title ?? s.type, `${number(s.price)} × ${number(s.volume)} a month`];
    if (s.segment) meta.push(`from ${s.segment}`);
    return { meta, color: segmentColor(state, s.segment) };
  }
  if (block === 'costStructure') {
    const c = entry as Cost;
    const id = c.behavior === 'fixed' ? 'fixed' : c.per;
    const behavior = guide.costBehaviors.find((b) => b.id === id);
    const meta = [behavior?.label ?? id, id === 'revenue' ? percent(c.amount) : money(c.amount, state.canvas.currency)];
    if (c.behavior === 'variable' && c.per === 'unit') meta.push(c.stream ? `of ${c.stream}` : 'of every stream');
    return { meta, color: null };
  }
  const item = entry as Item;
  const meta = [item.category, item.segment ? `for ${item.segment}` : undefined].filter(
    (x): x is string => x !== undefined && x !== '',
  );
  if (block === 'customerSegments') {
    const i = state.canvas.blocks.customerSegments.indexOf(item);
    return { meta, color: state.segmentColors[i] ?? null };
  }
  return { meta, color: segmentColor(state, item.segment) };
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
      const name = entryName(block.id, entry);
      const shown = name === '' ? '(no text)' : name;
      const { meta, color } = details(block.id, entry, guide, state);
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
