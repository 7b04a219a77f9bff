/**
 * Following the entry being edited when a new reading of the sheet comes in: it may have moved,
 * changed or gone while the user typed. No DOM.
 */
import { canonical, type Entry, entryName } from './entries';

/** The entry the form edits: where it was and what it held when the user started. */
export interface Editing {
  index: number;
  expected: Entry;
}

export interface Followed {
  /** Still editing (perhaps at a new place), or null when the entry is gone. */
  editing: Editing | null;
  /** What to tell the user, or null when nothing changed under them. */
  notice: string | null;
}

/**
 * The entry being edited in the new list `entries`. An entry that only moved (a row was added
 * above it on the sheet) is followed to its new place. One changed on the sheet keeps the version
 * the user started from, so saving reports the conflict; once the server has reported it
 * (`reported`), saving again replaces the sheet's version.
 */
export function followEditing(editing: Editing, entries: readonly Entry[], reported: boolean): Followed {
  const expected = canonical(editing.expected);
  const same = entries.flatMap((e, i) => (canonical(e) === expected ? [i] : []));
  const followed = same.length === 1 ? { ...editing, index: same[0] } : editing;
  const now = entries[followed.index];
  const was = entryName(editing.expected);
  if (now === undefined) {
    return {
      editing: null,
      notice: `"${was}" is no longer on the sheet. What you typed is still in the form, to add it as a new entry.`,
    };
  }
  if (canonical(now) === expected) return { editing: followed, notice: null };
  if (reported) return { editing: { ...followed, expected: now }, notice: null };
  return {
    editing: followed,
    notice: `"${was}" was changed on the sheet while you were editing it; it now reads "${entryName(now)}".`,
  };
}
