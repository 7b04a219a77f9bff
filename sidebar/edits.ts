/**
 * Building the change requests the sidebar sends (`CanvasEdit`), typed without casts: the block
 * decides which kind of entry the change must carry, and an entry of another kind is refused.
 * No DOM.
 */
import type { CanvasEdit, ListChange } from '../src/core/api';
import { type BlockId, type Entry, isCost, isItem, isStream } from './entries';

export type Change = ListChange<Entry>;

/** The change with every entry it carries narrowed by `is`, or null when one is not of that kind. */
function narrowed<T extends Entry>(change: Change, is: (e: Entry) => e is T): ListChange<T> | null {
  switch (change.kind) {
    case 'add':
      if (!is(change.value)) return null;
      return change.at === undefined
        ? { kind: 'add', value: change.value }
        : { kind: 'add', value: change.value, at: change.at };
    case 'update': {
      const { index, expected, value } = change;
      return is(expected) && is(value) ? { kind: 'update', index, expected, value } : null;
    }
    case 'delete': {
      const { index, expected } = change;
      return is(expected) ? { kind: 'delete', index, expected } : null;
    }
    case 'move': {
      const { index, expected, to } = change;
      return is(expected) ? { kind: 'move', index, expected, to } : null;
    }
  }
}

/** The request for `change` to the list of `block`; null when its entries do not belong to that block. */
export function canvasEdit(block: BlockId, change: Change): CanvasEdit | null {
  if (block === 'revenueStreams') {
    const c = narrowed(change, isStream);
    return c && { ...c, block };
  }
  if (block === 'costStructure') {
    const c = narrowed(change, isCost);
    return c && { ...c, block };
  }
  const c = narrowed(change, isItem);
  return c && { ...c, block };
}
