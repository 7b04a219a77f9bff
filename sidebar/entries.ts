/** The entries of the canvas's lists, as the model types them, and what the sidebar asks of them. No DOM. */
import type { CanvasState } from '../src/core/api';
import type { BlockId, Cost, Item, RevenueStream } from '../src/core/model';

export type { BlockId, Cost, Item, RevenueStream };
export type Entry = Item | RevenueStream | Cost;

export const isStream = (entry: Entry): entry is RevenueStream => 'type' in entry;
export const isCost = (entry: Entry): entry is Cost => 'behavior' in entry;
export const isItem = (entry: Entry): entry is Item => 'text' in entry;

export function entriesOf(state: CanvasState, block: BlockId): Entry[] {
  if (block === 'revenueStreams') return state.canvas.revenueStreams;
  if (block === 'costStructure') return state.canvas.costs;
  return state.canvas.blocks[block];
}

/** What the entry is called: a note's text, a stream's or a cost's name. */
export function entryName(entry: Entry): string {
  return isItem(entry) ? entry.text : entry.name;
}

/** An entry as comparable text, whatever the order of its fields. */
export function canonical(entry: Entry): string {
  return JSON.stringify(Object.entries(entry).sort(([a], [b]) => a.localeCompare(b)));
}
