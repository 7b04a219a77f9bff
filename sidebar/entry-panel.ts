/**
 * The canvas view's steps and entries: shows the canvas as the sheet holds it, one block at a
 * time, and sends each move, edit or deletion of an entry as one server call.
 */
import type { BlockGuide, CanvasState } from '../src/core/api';
import { call } from './connection';
import { byId } from './dom';
import { followEditing } from './editing';
import { canvasEdit, type Change } from './edits';
import { canvasRef } from './elsewhere';
import { type Entry, entriesOf, entryName } from './entries';
import { seenBefore } from './seen-steps';
import { show } from './panels';
import type { SidebarState } from './state';
import { clearUndo, say, sayProblems, sayWithUndo } from './status';
import { drawEntries, drawHeader, drawKpis, drawSteps, drawStepText, keepFocusClearOfKpis } from './views';

/** What the entry panel needs from the others. */
export interface EntryPanelNeeds {
  /** Draws the item form again if what it offers changed; a fresh form when `keepDraft` is false. */
  drawForm(keepDraft?: boolean): void;
  /** Redraws what depends on the canvas elsewhere (the gallery's hints and chosen template). */
  canvasChanged(): void;
}

export interface EntryPanel {
  currentBlock(): BlockGuide;
  /** Shows the canvas as the sheet now holds it; `reported` when the server has just reported a conflict. */
  setState(next: CanvasState, reported?: boolean): void;
  render(): void;
  goTo(step: number): void;
  stopEditing(): void;
  focusForm(): void;
  focusEntryButton(index: number, testid: string): void;
  /** Sends one change to the block shown; true when the sheet took it. */
  sendEdit(change: Change, done: string): Promise<boolean>;
}

export function entryPanel(s: SidebarState, needs: EntryPanelNeeds): EntryPanel {
  const currentBlock = (): BlockGuide => {
    if (s.guide === null) throw new Error('The sidebar has no guide yet');
    return s.guide.blocks[s.step];
  };

  function setState(next: CanvasState, reported = false): void {
    if (s.canvas?.sheetId !== next.sheetId) {
      s.step = 0;
      s.editing = null;
      s.form.current = null;
    }
    s.canvas = next;
    if (s.editing && s.guide) {
      const followed = followEditing(s.editing, entriesOf(next, currentBlock().id), reported);
      // What was typed for an entry that is gone stays in the form, which now adds it as a new entry.
      if (followed.editing === null) s.form.carried = s.form.current?.draft() ?? null;
      s.editing = followed.editing;
      if (followed.notice !== null) say(followed.notice, 'error');
    }
    render();
  }

  function render(): void {
    if (!s.guide || !s.canvas) return;
    const block = currentBlock();
    drawHeader(s.canvas.canvas.name, s.canvas.sheetName);
    drawKpis(s.canvas);
    drawSteps(byId('steps'), s.guide, s.canvas, s.step, goTo);
    drawStepText(s.guide, block, s.step);
    foldAbout(block);
    drawEntries(byId('items'), block, s.guide, s.canvas, s.editing?.index ?? null, {
      edit: startEditing,
      move,
      remove,
    });
    needs.drawForm();
    needs.canvasChanged();
    show(s, 'canvas');
    keepFocusClearOfKpis();
  }

  /** The step whose description was last opened or folded, so a redraw leaves the user's choice alone. */
  let aboutFor: string | null = null;

  /** Opens a step's description on its first visit, and folds it on later ones: the form stays in reach. */
  function foldAbout(block: BlockGuide): void {
    const key = `${s.canvas?.sheetId}:${block.id}`;
    if (key === aboutFor) return;
    aboutFor = key;
    byId<HTMLDetailsElement>('step-about').open = !seenBefore(block.id);
  }

  function goTo(next: number): void {
    if (!s.guide) return;
    clearUndo();
    s.step = Math.max(0, Math.min(s.guide.blocks.length - 1, next));
    s.editing = null;
    s.form.current = null;
    render();
    byId('step-title').focus();
  }

  function startEditing(index: number): void {
    if (!s.canvas) return;
    s.editing = { index, expected: entriesOf(s.canvas, currentBlock().id)[index] };
    s.form.current = null;
    render();
    focusForm();
  }

  /** Puts the cursor in the form's first field (the form is drawn anew by then). */
  function focusForm(): void {
    s.form.current?.focusField(null);
  }

  function stopEditing(): void {
    const index = s.editing?.index ?? null;
    s.editing = null;
    s.form.current = null;
    render();
    if (index !== null) focusEntryButton(index, 'item-edit');
  }

  function focusEntryButton(index: number, testid: string): void {
    const items = byId('items').querySelectorAll<HTMLElement>('[data-testid="item"]');
    const item = items[Math.min(index, items.length - 1)];
    const button = item?.querySelector<HTMLButtonElement>(`[data-testid="${testid}"]`);
    if (button && !button.disabled) button.focus();
    else if (item) item.querySelector<HTMLButtonElement>('[data-testid="item-edit"]')?.focus();
    else s.form.current?.focusField(null);
  }

  async function sendEdit(change: Change, done: string): Promise<boolean> {
    const block = currentBlock().id;
    const edit = canvasEdit(block, change);
    if (!s.canvas || edit === null) return false;
    const request = { canvas: canvasRef(s.canvas), version: s.canvas.versions[block], edit };
    const result = await call(s, 'sidebarEdit', request);
    if (result === null) return false;
    if (result.ok) {
      setState(result.state);
      say(done);
      return true;
    }
    if (result.reason === 'conflict') {
      const wasEditing = s.editing !== null;
      setState(result.state, true);
      say(
        s.editing && wasEditing
          ? `${result.message} What you typed is still in the form: Save replaces the sheet's version, Cancel keeps it.`
          : result.message,
        'error',
      );
    } else if (result.reason === 'invalid') {
      const rest = s.form.current ? s.form.current.showErrors(result.messages) : result.messages;
      if (rest.length > 0) sayProblems(rest);
      else say('Please correct the marked field.', 'error');
    } else {
      say(result.message, 'error');
    }
    return false;
  }

  async function move(index: number, to: number): Promise<void> {
    if (!s.canvas) return;
    const expected = entriesOf(s.canvas, currentBlock().id)[index];
    const done = `Moved "${entryName(expected)}" to place ${to + 1}.`;
    if (await sendEdit({ kind: 'move', index, expected, to }, done)) {
      focusEntryButton(to, to < index ? 'item-up' : 'item-down');
    }
  }

  async function remove(index: number): Promise<void> {
    if (!s.canvas) return;
    const expected = entriesOf(s.canvas, currentBlock().id)[index];
    const name = entryName(expected);
    const done = `Deleted "${name}".`;
    if (await sendEdit({ kind: 'delete', index, expected }, done)) {
      if (s.editing?.index === index) stopEditing();
      focusEntryButton(index, 'item-delete');
      sayWithUndo(done, `put "${name}" back`, () => void putBack(expected, index));
    }
  }

  /** Undoes a deletion: the entry goes back to its place, with everything it held. */
  async function putBack(entry: Entry, index: number): Promise<void> {
    await sendEdit({ kind: 'add', value: entry, at: index }, `Put "${entryName(entry)}" back.`);
    focusEntryButton(index, 'item-edit');
  }

  return { currentBlock, setState, render, goTo, stopEditing, focusForm, focusEntryButton, sendEdit };
}
