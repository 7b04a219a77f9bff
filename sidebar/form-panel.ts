/** The item form under a block's entries: drawn for adding or editing, kept while typing, sent on submit. */
import { byId, fill } from './dom';
import type { EntryPanel } from './entry-panel';
import { type Entry, entryName } from './entries';
import { itemForm } from './item-form';
import type { SidebarState } from './state';

export interface FormPanel {
  /** Draws the form again only when what it offers changed, keeping what was typed and where. */
  draw(keepDraft?: boolean): void;
}

export function formPanel(s: SidebarState, entries: EntryPanel): FormPanel {
  function draw(keepDraft = true): void {
    if (!s.guide || !s.canvas) return;
    const block = entries.currentBlock();
    const form = s.form;
    // Switching to another entry clears the form (form.current = null); following a moved entry keeps it.
    const target = `${block.id} ${s.editing ? 'edit' : 'add'}`;
    const key = JSON.stringify([
      s.canvas.canvas.blocks.customerSegments.map((seg) => seg.text),
      s.canvas.canvas.revenueStreams.map((stream) => stream.name),
    ]);
    if (form.current && target === form.target && key === form.key) return;
    // The field being typed in gets the cursor back, with the same selection, in the new form.
    const active = document.activeElement;
    const focused =
      form.current && active instanceof HTMLElement && form.current.element.contains(active) ? active : null;
    const focusedName = focused === null ? null : (focused.getAttribute('name') ?? '');
    const selection =
      focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement
        ? [focused.selectionStart, focused.selectionEnd]
        : null;
    const initial =
      form.carried ??
      (keepDraft && form.current && target === form.target ? form.current.draft() : (s.editing?.expected ?? null));
    form.carried = null;
    form.current = itemForm(block, s.guide, s.canvas, { editing: s.editing !== null, initial }, { submit, cancel });
    form.target = target;
    form.key = key;
    fill(byId('form-slot'), form.current.element);
    if (focusedName !== null) form.current.focusField(focusedName, selection);
  }

  function cancel(): void {
    entries.stopEditing();
  }

  async function submit(value: Entry): Promise<void> {
    const block = entries.currentBlock();
    const name = entryName(value);
    if (s.editing) {
      const { index, expected } = s.editing;
      if (await entries.sendEdit({ kind: 'update', index, expected, value }, `Saved "${name}".`)) {
        s.editing = null;
        s.form.current = null;
        entries.render();
        entries.focusEntryButton(index, 'item-edit');
      }
      return;
    }
    if (await entries.sendEdit({ kind: 'add', value }, `Added "${name}" to ${block.title}.`)) {
      s.form.current = null;
      draw(false);
      entries.focusForm();
    }
  }

  return { draw };
}
