/**
 * The form that adds or edits one entry of the current block: a note's text, category and segment;
 * a stream's name, type, segment, price and volume; a cost's name, behaviour, amount and stream.
 * Fields are checked as they are typed, by the rules and within the limits the server holds them to.
 */
import type { BlockGuide, CanvasState, CostBehaviorId, FieldLimits, FieldMessage, SidebarGuide } from '../src/core/api';
import { variantOf } from '../src/core/rules/check';
import type { RecordRule, Rule } from '../src/core/rules/rule';
import { type Cost, type Entry, isCost, isItem, isStream } from './entries';
import { el } from './dom';
import { amountFrom, amountText, fieldProblem } from './field-checks';

export interface FormHandlers {
  submit(value: Entry, button: HTMLButtonElement): void;
  cancel(): void;
}

export interface ItemForm {
  element: HTMLFormElement;
  /** What the fields hold now, checked or not (to keep it when the form is drawn again). */
  draft(): Entry;
  /** Puts the cursor into the field named `name` (the first field when null), with `selection` if given. */
  focusField(name: string | null, selection?: (number | null)[] | null): void;
  /** Shows the server's messages beside their fields; returns those that belong to no field. */
  showErrors(messages: readonly FieldMessage[]): FieldMessage[];
}

interface Field {
  name: string;
  wrap: HTMLElement;
  label: HTMLLabelElement;
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  error: HTMLElement;
  /** The field's problem with what is typed now, or null. */
  check(): string | null;
}

function makeField(
  name: string,
  labelText: string,
  control: Field['control'],
  check: () => string | null = () => null,
): Field {
  const id = `field-${name}`;
  control.id = id;
  control.name = name;
  control.setAttribute('data-testid', id);
  control.setAttribute('aria-describedby', `error-${name}`);
  const label = el('label', { for: id, text: labelText });
  const error = el('p', {
    id: `error-${name}`,
    class: 'field-error',
    'data-testid': `error-${name}`,
    'aria-live': 'polite',
  });
  const wrap = el('div', { class: 'field' }, label, control, error);
  return { name, wrap, label, control, error, check };
}

function setError(field: Field, message: string | null): void {
  field.error.textContent = message ?? '';
  if (message) field.control.setAttribute('aria-invalid', 'true');
  else field.control.removeAttribute('aria-invalid');
}

function select(options: readonly { value: string; label: string }[], chosen: string): HTMLSelectElement {
  const s = el('select');
  for (const o of options) s.append(el('option', { value: o.value, text: o.label, selected: o.value === chosen }));
  return s;
}

function textInput(value: string, maxLength: number): HTMLInputElement {
  return el('input', { type: 'text', value, maxlength: maxLength, autocomplete: 'off' });
}

/** A field for a number, showing `value` as the spreadsheet's locale writes it (a share as a percent). */
function numberInput(value: number | null, rule: Rule): HTMLInputElement {
  return el('input', { type: 'text', inputmode: 'decimal', value: amountText(value, rule), autocomplete: 'off' });
}

/** The choices of a list that must also offer what the entry holds now, even when it is not one of them. */
function withCurrent(
  options: { value: string; label: string }[],
  current: string,
  what: string,
): { value: string; label: string }[] {
  if (current === '' || options.some((o) => o.value === current)) return options;
  return [...options, { value: current, label: `${current} (${what})` }];
}

/** The field's check by `rule` (one of the guide's rules), as it is typed. */
function byRule(field: () => Field, what: string, rule: () => Rule, limits: FieldLimits): () => string | null {
  return () => fieldProblem(field().control.value, what, rule(), limits);
}

/** The stream choice a new per-unit cost starts at when there are several streams: none yet (names are trimmed, so never " "). */
const PICK_A_STREAM = ' ';

const isPercent = (rule: Rule) => rule.type === 'number' && rule.percent === true;

const amountOf = (f: Field, rule: Rule): number | null => amountFrom(f.control.value, rule);

export function itemForm(
  block: BlockGuide,
  guide: SidebarGuide,
  state: CanvasState,
  mode: { editing: boolean; initial: Entry | null },
  handlers: FormHandlers,
): ItemForm {
  const initial = mode.initial;
  const { limits, rules } = guide;
  const costRule = (id: CostBehaviorId) =>
    variantOf(rules.cost, id === 'fixed' ? { behavior: 'fixed' } : { behavior: 'variable', per: id }) as RecordRule;
  const segments = state.canvas.blocks.customerSegments
    .filter((s) => s.text !== '')
    .map((s) => ({ value: s.text, label: s.text }));
  const fields: Field[] = [];
  const add = (f: Field) => {
    fields.push(f);
    return f;
  };
  const streamTypeOf = (id: string) => guide.streamTypes.find((t) => t.id === id) ?? guide.streamTypes[0];
  // A brokerage stream's price is a take rate, a share: its rule says so.
  const streamRule = (id: string) => variantOf(rules.stream, { type: streamTypeOf(id).id }) as RecordRule;
  let read: () => Entry;

  if (block.id === 'revenueStreams') {
    const s = initial !== null && isStream(initial) ? initial : null;
    const name: Field = add(
      makeField(
        'name',
        'Stream name',
        textInput(s?.name ?? '', limits.textLength),
        byRule(
          () => name,
          'The name',
          () => streamRule(type.control.value).fields.name,
          limits,
        ),
      ),
    );
    const typeOptions = guide.streamTypes.map((t) => ({ value: t.id, label: t.title }));
    const type: Field = add(makeField('type', 'Type', select(typeOptions, s?.type ?? guide.streamTypes[0].id)));
    const initialRule = streamRule(type.control.value);
    const segment = add(
      makeField(
        'segment',
        'Customer segment',
        select(
          withCurrent([{ value: '', label: 'No segment' }, ...segments], s?.segment ?? '', 'not a segment'),
          s?.segment ?? '',
        ),
      ),
    );
    const price: Field = add(
      makeField(
        'price',
        'Price',
        numberInput(s?.price ?? null, initialRule.fields.price),
        byRule(
          () => price,
          'The price',
          () => streamRule(type.control.value).fields.price,
          limits,
        ),
      ),
    );
    const volume: Field = add(
      makeField(
        'volume',
        'Volume per month',
        numberInput(s?.volume ?? null, initialRule.fields.volume),
        byRule(
          () => volume,
          'The volume',
          () => streamRule(type.control.value).fields.volume,
          limits,
        ),
      ),
    );
    const relabel = () => {
      const t = streamTypeOf(type.control.value);
      // "Price: monthly fee", but plain "Price" where the type's price is just that.
      const inPercent = isPercent(streamRule(t.id).fields.price) ? ' (%)' : '';
      price.label.textContent =
        t.priceLabel.toLowerCase() === 'price' ? `Price${inPercent}` : `Price: ${t.priceLabel}${inPercent}`;
      volume.label.textContent = `Volume per month: ${t.volumeLabel} (${t.volumeUnit})`;
      setError(price, price.control.value === '' ? null : price.check());
    };
    type.control.addEventListener('change', relabel);
    relabel();
    read = () => {
      const rule = streamRule(type.control.value);
      const value: Entry = {
        name: name.control.value,
        type: streamTypeOf(type.control.value).id,
        price: amountOf(price, rule.fields.price),
        volume: amountOf(volume, rule.fields.volume),
      };
      if (segment.control.value !== '') value.segment = segment.control.value;
      return value;
    };
  } else if (block.id === 'costStructure') {
    const c = initial !== null && isCost(initial) ? initial : null;
    const current: CostBehaviorId = c === null ? 'fixed' : c.behavior === 'fixed' ? 'fixed' : c.per;
    const behaviorOf = (id: string) => guide.costBehaviors.find((b) => b.id === id) ?? guide.costBehaviors[0];
    const name: Field = add(
      makeField(
        'name',
        'Cost name',
        textInput(c?.name ?? '', limits.textLength),
        byRule(
          () => name,
          'The name',
          () => costRule(behavior.control.value as CostBehaviorId).fields.name,
          limits,
        ),
      ),
    );
    const behavior = add(
      makeField(
        'behavior',
        'Behaviour',
        select(
          guide.costBehaviors.map((b) => ({ value: b.id, label: b.label })),
          current,
        ),
      ),
    );
    const amount: Field = add(
      makeField(
        'amount',
        'Amount',
        numberInput(c?.amount ?? null, costRule(current).fields.amount),
        byRule(
          () => amount,
          'The amount',
          () => costRule(behavior.control.value as CostBehaviorId).fields.amount,
          limits,
        ),
      ),
    );
    const isUnit = c !== null && c.behavior === 'variable' && c.per === 'unit';
    const streams = state.canvas.revenueStreams.map((s) => ({ value: s.name, label: s.name }));
    // With more than one stream, a new per-unit cost names its stream: "Every stream" adds their
    // volumes together, which is right only when they count the same thing.
    const mustPick = !isUnit && streams.length > 1;
    const currentStream = isUnit ? (c.stream ?? '') : mustPick ? PICK_A_STREAM : '';
    const pick = mustPick ? [{ value: PICK_A_STREAM, label: 'Pick a stream' }] : [];
    const stream = add(
      makeField(
        'stream',
        'Follows the volume of',
        select(
          withCurrent([...pick, { value: '', label: 'Every stream' }, ...streams], currentStream, 'not a stream'),
          currentStream,
        ),
        () =>
          stream.control.value === PICK_A_STREAM
            ? 'Pick the stream whose volume this cost follows (Every stream only when they count the same thing)'
            : null,
      ),
    );
    const relabel = () => {
      const b = behaviorOf(behavior.control.value);
      amount.label.textContent = `Amount: ${b.amountLabel}${isPercent(costRule(b.id).fields.amount) ? ' (%)' : ''}`;
      stream.wrap.hidden = b.id !== 'unit';
      setError(amount, amount.control.value === '' ? null : amount.check());
    };
    behavior.control.addEventListener('change', relabel);
    relabel();
    read = (): Cost => {
      const b = behaviorOf(behavior.control.value).id;
      const value = amountOf(amount, costRule(b).fields.amount);
      if (b === 'fixed') return { name: name.control.value, behavior: 'fixed', amount: value };
      if (b === 'revenue') return { name: name.control.value, behavior: 'variable', per: 'revenue', amount: value };
      const cost: Cost = { name: name.control.value, behavior: 'variable', per: 'unit', amount: value };
      if (stream.control.value !== '') cost.stream = stream.control.value;
      return cost;
    };
  } else {
    const item = initial !== null && isItem(initial) ? initial : null;
    const text: Field = add(
      makeField(
        'text',
        'Note',
        el('textarea', { rows: 2, maxlength: limits.textLength, text: item?.text ?? '' }),
        byRule(
          () => text,
          'The note',
          () => (block.id === 'customerSegments' ? rules.segment : rules.note).fields.text,
          limits,
        ),
      ),
    );
    const categories = withCurrent(
      [{ value: '', label: 'No category' }, ...block.categories.map((c) => ({ value: c, label: c }))],
      item?.category ?? '',
      'typed on the sheet',
    );
    const category = add(makeField('category', 'Category', select(categories, item?.category ?? '')));
    const segment =
      block.linksToSegment || (item?.segment ?? '') !== ''
        ? add(
            makeField(
              'segment',
              'Customer segment',
              select(
                withCurrent([{ value: '', label: 'No segment' }, ...segments], item?.segment ?? '', 'not a segment'),
                item?.segment ?? '',
              ),
            ),
          )
        : null;
    read = () => {
      const value: Entry = { text: text.control.value };
      if (category.control.value !== '') value.category = category.control.value;
      if (segment && segment.control.value !== '') value.segment = segment.control.value;
      return value;
    };
  }

  for (const f of fields) {
    const recheck = () => setError(f, f.check());
    f.control.addEventListener(f.control instanceof HTMLSelectElement ? 'change' : 'input', () => {
      // While typing, only clear a message; a new one waits for the field to be left.
      if (f.check() === null) setError(f, null);
    });
    f.control.addEventListener('blur', () => {
      if (f.control.value !== '' || f.error.textContent !== '') recheck();
    });
  }

  const noun = block.id === 'revenueStreams' ? 'stream' : block.id === 'costStructure' ? 'cost' : 'note';
  const submit = el('button', {
    type: 'submit',
    class: 'action',
    'data-testid': 'submit-item',
    text: mode.editing ? 'Save' : `Add ${noun}`,
  });
  const cancel = mode.editing ? el('button', { type: 'button', 'data-testid': 'cancel-edit', text: 'Cancel' }) : null;
  const title = el('h3', {
    class: 'form-title',
    text: mode.editing ? `Edit the ${noun}` : `Add a ${noun} to ${block.title}`,
  });
  const form = el(
    'form',
    { class: 'item-form', 'data-testid': 'item-form', 'aria-label': title.textContent ?? '', novalidate: true },
    title,
  );
  for (const f of fields) form.append(f.wrap);
  form.append(el('div', { class: 'buttons' }, submit, cancel));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const bad = fields.filter((f) => !f.wrap.hidden && f.check() !== null);
    for (const f of fields) setError(f, f.wrap.hidden ? null : f.check());
    if (bad.length > 0) {
      bad[0].control.focus();
      return;
    }
    handlers.submit(read(), submit);
  });
  cancel?.addEventListener('click', () => handlers.cancel());
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && mode.editing) handlers.cancel();
    // A note is mostly one line: Enter adds it, Shift+Enter starts a new line.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.target instanceof HTMLTextAreaElement) {
      event.preventDefault();
      form.requestSubmit(submit);
    }
  });

  return {
    element: form,
    draft: () => read(),
    focusField(name, selection) {
      const f = fields.find((x) => x.name === name) ?? fields[0];
      if (f.wrap.hidden) return;
      f.control.focus();
      const [start, end] = selection ?? [];
      if (!(f.control instanceof HTMLSelectElement) && typeof start === 'number' && typeof end === 'number') {
        // Text fields only (a number field's selection cannot be set, and ours are all text).
        f.control.setSelectionRange(start, end);
      }
    },
    showErrors(messages) {
      const rest: FieldMessage[] = [];
      let first: Field | null = null;
      for (const m of messages) {
        const f = fields.find((x) => m.field === `edit.value.${x.name}`);
        if (f) {
          setError(f, m.message);
          if (!first) first = f;
        } else rest.push(m);
      }
      first?.control.focus();
      return rest;
    },
  };
}
