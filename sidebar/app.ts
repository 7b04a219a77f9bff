/**
 * The sidebar: shows the canvas the sheet holds, walks through its nine blocks, and sends each
 * change as one server call that answers with the canvas read back from the sheet. The sheet is
 * the only record: nothing is kept here that the next answer does not replace.
 */
import type {
  CanvasEdit,
  CanvasState,
  FieldMessage,
  GalleryEntry,
  OpenRequest,
  OpenResult,
  PatternHint,
  Refusal,
  SidebarGuide,
} from '../src/core/api';
import { byId, el, fill } from './dom';
import type { Entry } from './entries';
import {
  ALL_PATTERNS,
  drawAdded,
  drawHints,
  drawPatternChoice,
  drawTemplateDetail,
  drawTemplateGroups,
} from './gallery';
import { itemForm, ItemForm } from './item-form';
import { callServer, CallFailed, RequestOf, ResultOf, ServerName } from './server';
import { drawEntries, drawKpis, drawSteps, drawStepText, entriesOf, entryName } from './views';
import {
  clearWhatIfKpis,
  drawWhatIfKpis,
  readMultipliers,
  readScenarioName,
  setFieldsDisabled,
  showServerErrors,
} from './whatif';

/** Focus refreshes closer together than this are skipped: focus comes and goes often. */
const REFRESH_GAP_MS = 1500;

interface Editing {
  index: number;
  expected: Entry;
}

let guide: SidebarGuide | null = null;
let state: CanvasState | null = null;
let step = 0;
let editing: Editing | null = null;
let form: ItemForm | null = null;
/** Typed values to put into the next form drawn, when the form changes under the user. */
let carried: Entry | null = null;
/** What the form was drawn for: the block and entry, and the lists it offers. */
let formTarget = '';
let formKey = '';
let busy = false;
let sent = 0;
let applied = 0;
let lastLoad = 0;
let view: 'loading' | 'choose' | 'canvas' = 'loading';
/** The gallery covers the view underneath while open; the templates are fetched once. */
let galleryOpen = false;
/** The what-if panel covers the canvas view while open; it works on the canvas shown. */
let whatIfOpen = false;
/** The canvas the what-if KPIs shown were worked out for. */
let whatIfSheet: string | null = null;
let templates: GalleryEntry[] | null = null;
let pattern = ALL_PATTERNS;
let chosenTemplate: string | null = null;
/** The canvas (as JSON) the hints shown were worked out for. */
let hintsKey: string | null = null;

function say(message: string, kind: 'info' | 'error' = 'info'): void {
  byId('status').textContent = kind === 'info' ? message : '';
  byId('alert').textContent = kind === 'error' ? message : '';
}

function sayProblems(messages: readonly FieldMessage[]): void {
  say(messages.map((m) => m.message).join(' '), 'error');
}

/** Disables every button, list and file field while a change is on its way, so no second one overtakes it. */
function hold(): () => void {
  const held = [
    ...document.querySelectorAll<HTMLButtonElement | HTMLSelectElement | HTMLInputElement>(
      'button, select, input[type=file]',
    ),
  ].filter((c) => !c.disabled);
  for (const c of held) c.disabled = true;
  document.body.setAttribute('aria-busy', 'true');
  return () => {
    for (const c of held) c.disabled = false;
    document.body.removeAttribute('aria-busy');
  };
}

/**
 * One server call. `quiet` calls (the refresh when the sidebar gets focus) hold nothing back, so
 * typing goes on; an answer older than one already shown is dropped.
 */
async function call<K extends ServerName>(name: K, request: RequestOf<K>, quiet = false): Promise<ResultOf<K> | null> {
  if (busy && !quiet) return null;
  const mine = ++sent;
  const release = quiet ? null : hold();
  if (!quiet) busy = true;
  try {
    const result = await callServer(name, request);
    if (mine < applied) return null;
    applied = mine;
    return result;
  } catch (err) {
    if (!quiet) {
      const reason = err instanceof CallFailed ? err.message : String(err);
      say(
        `The spreadsheet did not answer (${reason}). The change may not have been saved; press Refresh to see the sheet as it is.`,
        'error',
      );
    }
    return null;
  } finally {
    if (!quiet) busy = false;
    release?.();
  }
}

function show(next: 'loading' | 'choose' | 'canvas'): void {
  view = next;
  if (view !== 'canvas') whatIfOpen = false;
  const covered = galleryOpen || whatIfOpen;
  byId('loading').hidden = covered || view !== 'loading';
  byId('choose').hidden = covered || view !== 'choose';
  byId('canvas').hidden = covered || view !== 'canvas';
  byId('gallery').hidden = !galleryOpen;
  byId('whatif').hidden = !whatIfOpen;
  byId('open-gallery').setAttribute('aria-expanded', String(galleryOpen));
  byId('open-whatif').setAttribute('aria-expanded', String(whatIfOpen));
  (byId('open-whatif') as HTMLButtonElement).disabled = view !== 'canvas' || busy;
  (byId('export-json') as HTMLButtonElement).disabled = view !== 'canvas';
}

function sayRefusal(result: Refusal): void {
  if (result.reason === 'invalid') sayProblems(result.messages);
  else say(result.message, 'error');
}

function currentBlock() {
  return (guide as SidebarGuide).blocks[step];
}

/** An entry as comparable text, whatever the order of its fields. */
function canonical(entry: Entry): string {
  return JSON.stringify(Object.entries(entry).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Shows the canvas as the sheet now holds it. The entry being edited keeps the version the user
 * started from, so a change made on the sheet meanwhile is reported when they save; only after
 * the server has reported it (`reported`) does saving again replace the sheet's version.
 */
function setState(next: CanvasState, reported = false): void {
  if (state?.sheetName !== next.sheetName) {
    step = 0;
    editing = null;
    form = null;
  }
  state = next;
  if (editing && guide) {
    const block = currentBlock();
    const entries = entriesOf(next, block.id);
    const expected = canonical(editing.expected);
    const moved = entries.flatMap((e, i) => (canonical(e) === expected ? [i] : []));
    // An entry that only moved (a row was added above it on the sheet) is followed to its new place.
    if (moved.length === 1) editing = { ...editing, index: moved[0] };
    const now = entries[editing.index];
    const was = entryName(block.id, editing.expected);
    if (now === undefined) {
      // What was typed stays in the form, which now adds it as a new entry.
      carried = form?.draft() ?? null;
      editing = null;
      say(
        `"${was}" is no longer on the sheet. What you typed is still in the form, to add it as a new entry.`,
        'error',
      );
    } else if (canonical(now) !== canonical(editing.expected)) {
      if (reported) editing = { ...editing, expected: now };
      else
        say(
          `"${was}" was changed on the sheet while you were editing it; it now reads "${entryName(block.id, now)}".`,
          'error',
        );
    }
  }
  render();
}

function render(): void {
  if (!guide || !state) return;
  const block = currentBlock();
  byId('canvas-title').textContent = state.canvas.name;
  byId('sheet-name').textContent = `Sheet: ${state.sheetName}`;
  drawKpis(state);
  drawSteps(byId('steps'), guide, state, step, goTo);
  drawStepText(guide, block, step);
  drawEntries(byId('items'), block, guide, state, editing?.index ?? null, { edit: startEditing, move, remove });
  drawForm();
  refreshHints();
  drawDetail();
  show('canvas');
}

/** Draws the form again only when what it offers changed, keeping what was typed and where. */
function drawForm(keepDraft = true): void {
  if (!guide || !state) return;
  const block = currentBlock();
  // Switching to another entry clears the form (form = null); following a moved entry keeps it.
  const target = `${block.id} ${editing ? 'edit' : 'add'}`;
  const key = JSON.stringify([
    state.canvas.blocks.customerSegments.map((s) => s.text),
    state.canvas.revenueStreams.map((s) => s.name),
  ]);
  if (form && target === formTarget && key === formKey) return;
  // The field being typed in gets the cursor back, with the same selection, in the new form.
  const active = document.activeElement as HTMLInputElement | HTMLTextAreaElement | null;
  const focused = form && active && form.element.contains(active) ? active : null;
  const selection = focused && 'selectionStart' in focused ? [focused.selectionStart, focused.selectionEnd] : null;
  const initial = carried ?? (keepDraft && form && target === formTarget ? form.draft() : (editing?.expected ?? null));
  carried = null;
  form = itemForm(block, guide, state, { editing: editing !== null, initial }, { submit, cancel: stopEditing });
  formTarget = target;
  formKey = key;
  fill(byId('form-slot'), form.element);
  if (focused !== null) form.focusField(focused.name, selection);
}

function goTo(next: number): void {
  if (!guide) return;
  step = Math.max(0, Math.min(guide.blocks.length - 1, next));
  editing = null;
  form = null;
  render();
  byId('step-title').focus();
}

function startEditing(index: number): void {
  if (!state) return;
  const expected = entriesOf(state, currentBlock().id)[index];
  editing = { index, expected };
  form = null;
  render();
  focusForm();
}

function stopEditing(): void {
  const index = editing?.index ?? null;
  editing = null;
  form = null;
  render();
  if (index !== null) focusEntryButton(index, 'item-edit');
}

/** Puts the cursor in the form's first field (the form is drawn anew by then). */
function focusForm(): void {
  (form as ItemForm | null)?.focusField(null);
}

function focusEntryButton(index: number, testid: string): void {
  const items = byId('items').querySelectorAll<HTMLElement>('[data-testid="item"]');
  const item = items[Math.min(index, items.length - 1)];
  const button = item?.querySelector<HTMLButtonElement>(`[data-testid="${testid}"]`);
  if (button && !button.disabled) button.focus();
  else if (item) item.querySelector<HTMLButtonElement>('[data-testid="item-edit"]')?.focus();
  else form?.focusField(null);
}

/** Sends one change; true when the sheet took it. */
async function sendEdit(edit: CanvasEdit, done: string): Promise<boolean> {
  if (!state) return false;
  const result = await call('sidebarEdit', { sheetName: state.sheetName, edit });
  if (result === null) return false;
  if (result.ok) {
    setState(result.state);
    say(done);
    return true;
  }
  if (result.reason === 'conflict') {
    const wasEditing = editing !== null;
    setState(result.state, true);
    say(
      editing && wasEditing
        ? `${result.message} What you typed is still in the form: Save replaces the sheet's version, Cancel keeps it.`
        : result.message,
      'error',
    );
  } else if (result.reason === 'invalid') {
    const rest = form ? form.showErrors(result.messages) : result.messages;
    if (rest.length > 0) sayProblems(rest);
    else say('Please correct the marked field.', 'error');
  } else {
    say(result.message, 'error');
  }
  return false;
}

async function submit(value: Entry): Promise<void> {
  const block = currentBlock();
  const name = entryName(block.id, value);
  if (editing) {
    const { index, expected } = editing;
    const edit = { kind: 'update', block: block.id, index, expected, value } as CanvasEdit;
    if (await sendEdit(edit, `Saved "${name}".`)) {
      editing = null;
      form = null;
      render();
      focusEntryButton(index, 'item-edit');
    }
    return;
  }
  const edit = { kind: 'add', block: block.id, value } as CanvasEdit;
  if (await sendEdit(edit, `Added "${name}" to ${block.title}.`)) {
    form = null;
    drawForm(false);
    focusForm();
  }
}

async function move(index: number, to: number): Promise<void> {
  if (!state) return;
  const block = currentBlock();
  const expected = entriesOf(state, block.id)[index];
  const edit = { kind: 'move', block: block.id, index, expected, to } as CanvasEdit;
  if (await sendEdit(edit, `Moved "${entryName(block.id, expected)}" to place ${to + 1}.`)) {
    focusEntryButton(to, to < index ? 'item-up' : 'item-down');
  }
}

async function remove(index: number): Promise<void> {
  if (!state) return;
  const block = currentBlock();
  const expected = entriesOf(state, block.id)[index];
  const edit = { kind: 'delete', block: block.id, index, expected } as CanvasEdit;
  if (await sendEdit(edit, `Deleted "${entryName(block.id, expected)}".`)) {
    if (editing?.index === index) stopEditing();
    focusEntryButton(index, 'item-delete');
  }
}

function handleOpen(result: OpenResult | null): void {
  if (result === null) return;
  if (!result.ok) {
    if (result.reason === 'invalid') sayProblems(result.messages);
    else say(result.message, 'error');
    return;
  }
  guide = result.guide;
  byId<HTMLButtonElement>('open-gallery').disabled = false;
  if (result.view === 'canvas') {
    setState(result.state);
    return;
  }
  state = null;
  form = null;
  drawDetail();
  byId('canvas-title').textContent = 'Business Model Canvas';
  byId('sheet-name').textContent = '';
  byId('choose-message').textContent = result.message;
  fill(
    byId('canvas-list'),
    ...result.canvases.map((c) => {
      const button = el('button', { type: 'button', 'data-testid': 'open-canvas', text: c.sheetName });
      button.addEventListener('click', () => void open({ sheetName: c.sheetName, followActive: false }));
      return el('li', {}, button);
    }),
  );
  show('choose');
}

async function open(request: OpenRequest, quiet = false): Promise<void> {
  lastLoad = Date.now();
  const result = await call('sidebarOpen', request, quiet);
  if (!quiet) say('');
  handleOpen(result);
}

function refresh(quiet: boolean): Promise<void> {
  return open({ sheetName: state?.sheetName ?? null, followActive: true }, quiet);
}

async function createCanvas(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const input = byId<HTMLInputElement>('new-canvas-name');
  const error = byId('error-new-canvas-name');
  error.textContent = '';
  input.removeAttribute('aria-invalid');
  const result = await call('sidebarCreateCanvas', { name: input.value });
  if (result && !result.ok && result.reason === 'invalid') {
    error.textContent = result.messages.map((m) => m.message).join(' ');
    input.setAttribute('aria-invalid', 'true');
    input.focus();
    return;
  }
  if (result?.ok) {
    input.value = '';
    say('The new canvas is ready.');
  }
  handleOpen(result);
}

async function importFile(input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  const list = byId('import-errors');
  fill(list);
  if (!file) return;
  let jsonText: string;
  try {
    jsonText = await file.text();
  } catch {
    say(`The file "${file.name}" could not be read.`, 'error');
    return;
  } finally {
    input.value = '';
  }
  const result = await call('sidebarImportJson', { jsonText });
  if (result && !result.ok && result.reason === 'invalid') {
    say(`"${file.name}" is not a canvas this add-on can read:`, 'error');
    fill(
      list,
      ...result.messages.map((m) => el('li', { text: m.field === '' ? m.message : `${m.field}: ${m.message}` })),
    );
    return;
  }
  if (result?.ok) say(`Imported "${file.name}".`);
  handleOpen(result);
}

async function exportJson(button: HTMLButtonElement): Promise<void> {
  if (!state) return;
  const result = await call('sidebarExportJson', { sheetName: state.sheetName });
  if (result === null) return;
  if (!result.ok) {
    if (result.reason === 'invalid') sayProblems(result.messages);
    else say(result.message, 'error');
    return;
  }
  const url = URL.createObjectURL(new Blob([result.json], { type: 'application/json' }));
  const link = el('a', { href: url, download: result.fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  say(`Downloaded ${result.fileName}.`);
  button.focus();
}

function showHints(hints: readonly PatternHint[], canvasKey: string): void {
  hintsKey = canvasKey;
  drawHints(hints);
}

/**
 * Asks which patterns the canvas resembles when the hints are open and the canvas has changed
 * since they were worked out; a quiet read, so it holds nothing back.
 */
function refreshHints(): void {
  if (!state || !byId<HTMLDetailsElement>('hints').open) return;
  const key = JSON.stringify(state.canvas);
  if (key === hintsKey) return;
  hintsKey = key;
  byId('hints-message').textContent = 'Looking at the canvas…';
  void call('patternHintsFor', { sheetName: state.sheetName }, true).then((result) => {
    if (result === null || !state || JSON.stringify(state.canvas) !== key) return;
    if (result.ok) drawHints(result.hints);
    else {
      hintsKey = null;
      byId('hints-message').textContent =
        result.reason === 'invalid' ? result.messages.map((m) => m.message).join(' ') : result.message;
    }
  });
}

function chosen(): GalleryEntry | undefined {
  return templates?.find((t) => t.id === chosenTemplate);
}

/** The chosen template, with "Add" offered for the canvas shown now (redrawn as the canvas changes). */
function drawDetail(): void {
  const t = chosen();
  if (t) drawTemplateDetail(t, state?.canvas.name ?? null);
  else byId('template-detail').hidden = true;
}

function drawGallery(): void {
  if (!templates) return;
  drawPatternChoice(byId<HTMLSelectElement>('gallery-pattern'), templates, pattern);
  drawTemplateGroups(byId('template-groups'), templates, pattern, chosenTemplate, pickTemplate);
  drawDetail();
}

/** Shows a template; the focus stays on its button, so the list can be browsed on with the keyboard. */
function pickTemplate(id: string): void {
  if (chosenTemplate !== id) drawAdded([]);
  chosenTemplate = id;
  for (const b of byId('template-groups').querySelectorAll<HTMLButtonElement>('[data-testid="template-choice"]')) {
    b.setAttribute('aria-pressed', String(b.dataset.id === id));
  }
  drawDetail();
}

async function openGallery(): Promise<void> {
  galleryOpen = true;
  whatIfOpen = false;
  say('');
  show(view);
  byId('gallery-title').focus();
  if (templates) return;
  const result = await call('listTemplates', undefined);
  if (result === null) return;
  if (!result.ok) return sayRefusal(result);
  templates = result.templates;
  drawGallery();
}

function closeGallery(): void {
  galleryOpen = false;
  show(view);
  byId('open-gallery').focus();
}

async function newFromTemplate(): Promise<void> {
  const t = chosen();
  if (!t) return;
  const result = await call('newCanvasFromTemplate', { id: t.id });
  if (result === null) return;
  if (!result.ok) return sayRefusal(result);
  galleryOpen = false;
  drawAdded([]);
  showHints(result.hints, JSON.stringify(result.state.canvas));
  setState(result.state);
  say(
    `Made the canvas "${result.state.canvas.name}" from the template, on its own new sheet "${result.state.sheetName}".`,
  );
  byId('canvas-title').focus();
}

async function addTemplate(): Promise<void> {
  const t = chosen();
  if (!t || !state) return;
  const result = await call('addTemplateToCanvas', { sheetName: state.sheetName, id: t.id });
  if (result === null) return;
  if (!result.ok) return sayRefusal(result);
  showHints(result.hints, JSON.stringify(result.state.canvas));
  setState(result.state);
  drawAdded(result.added);
  const n = result.added.length;
  say(
    n === 0
      ? `"${result.state.canvas.name}" already has everything in "${t.title}"; nothing was added.`
      : `Added ${n} ${n === 1 ? 'entry' : 'entries'} from "${t.title}" to "${result.state.canvas.name}"; your own entries are as they were:`,
  );
}

function openWhatIf(): void {
  if (view !== 'canvas') return;
  whatIfOpen = true;
  galleryOpen = false;
  say('');
  if (whatIfSheet !== state?.sheetName) clearWhatIfKpis();
  show(view);
  byId('whatif-title').focus();
}

function closeWhatIf(): void {
  whatIfOpen = false;
  show(view);
  byId('open-whatif').focus();
}

/**
 * Applies the panel's changes (keep = false) or keeps them as the named scenario: one server
 * call, which writes the scenario column and the active scenario and answers with the KPIs.
 */
async function sendWhatIf(keep: boolean): Promise<void> {
  if (!state) return;
  const multipliers = readMultipliers();
  const name = keep ? readScenarioName() : 'What-if';
  if (multipliers === null || name === null) {
    say('Please correct the marked field.', 'error');
    return;
  }
  const sheetName = state.sheetName;
  setFieldsDisabled(true);
  const result = await call('sidebarWhatIf', { sheetName, scenario: { name, multipliers }, keep });
  setFieldsDisabled(false);
  if (result === null) return;
  if (!result.ok) {
    if (result.reason === 'invalid') {
      const rest = showServerErrors(result.messages);
      say(rest.length > 0 ? rest.map((m) => m.message).join(' ') : 'Please correct the marked field.', 'error');
    } else sayRefusal(result);
    return;
  }
  whatIfSheet = result.state.sheetName;
  drawWhatIfKpis(result.scenario, result.before, result.after, result.state.canvas.currency);
  setState(result.state);
  say(
    keep
      ? `Kept as the scenario "${result.scenario}", now the active one on the sheet.`
      : `Applied: the sheet now follows the "${result.scenario}" scenario.`,
  );
}

/** Wires the page up and loads the active canvas. */
export function start(): void {
  byId('refresh').addEventListener('click', () => void refresh(false));
  byId('open-gallery').addEventListener('click', () => void (galleryOpen ? closeGallery() : openGallery()));
  byId('close-gallery').addEventListener('click', closeGallery);
  byId('open-whatif').addEventListener('click', () => (whatIfOpen ? closeWhatIf() : openWhatIf()));
  byId('close-whatif').addEventListener('click', closeWhatIf);
  byId<HTMLFormElement>('whatif-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void sendWhatIf(false);
  });
  byId<HTMLFormElement>('whatif-keep-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void sendWhatIf(true);
  });
  const patternChoice = byId<HTMLSelectElement>('gallery-pattern');
  patternChoice.addEventListener('change', () => {
    pattern = patternChoice.value;
    drawGallery();
  });
  byId('template-new').addEventListener('click', () => void newFromTemplate());
  byId('template-add').addEventListener('click', () => void addTemplate());
  byId('hints').addEventListener('toggle', refreshHints);
  byId('prev-step').addEventListener('click', () => goTo(step - 1));
  byId('next-step').addEventListener('click', () => goTo(step + 1));
  byId<HTMLFormElement>('create-form').addEventListener('submit', (e) => void createCanvas(e));
  const file = byId<HTMLInputElement>('import-file');
  file.addEventListener('change', () => void importFile(file));
  const exportButton = byId<HTMLButtonElement>('export-json');
  exportButton.addEventListener('click', () => void exportJson(exportButton));
  // The sheet is the record: coming back to the sidebar shows what was typed there meanwhile.
  window.addEventListener('focus', () => {
    if (!busy && Date.now() - lastLoad > REFRESH_GAP_MS) void refresh(true);
  });
  show('loading');
  void open({ sheetName: null, followActive: true });
}
