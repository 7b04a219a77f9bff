/** What an edit tells the user when it cannot be made. One place for the words. */
import { blockInfo } from '../blocks';
import { BlockId } from '../model';
import { isNoteBlock } from './lists';
import { LostReason } from './references';

const quoted = (text: string) => `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;

/** "the item", "the stream" or "the cost", for sentences about one entry of a block. */
export function entryNoun(block: BlockId): string {
  return block === 'revenueStreams' ? 'stream' : block === 'costStructure' ? 'cost' : 'item';
}

/** What each entry column of a list is called in a sentence, left to right. */
const ENTRY_COLUMN_NAMES: Record<'revenueStreams' | 'costStructure' | 'notes', readonly string[]> = {
  revenueStreams: ['name', 'type', 'segment', 'price', 'volume'],
  costStructure: ['name', 'behaviour', 'stream', 'amount'],
  notes: ['text', 'category', 'third column'],
};

/** A cell that holds a formula, as a sentence names it: "the price of "Coffee" (K23)", or "the formula in B40". */
export function formulaHolder(cell: string, entry: { block: BlockId; column: number; name: string } | null): string {
  if (entry === null) return `the formula in ${cell}`;
  const names = ENTRY_COLUMN_NAMES[isNoteBlock(entry.block) ? 'notes' : (entry.block as 'revenueStreams')];
  return `the ${names[entry.column]} of ${quoted(entry.name)} (${cell})`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const MESSAGES = {
  formulaCannotFollow: (holder: string, reference: string, why: LostReason) =>
    why === 'deleted'
      ? `${capitalised(holder)} refers to ${reference}, in the row this change deletes, so nothing was changed. Change that formula first, then try again.`
      : `${capitalised(holder)} refers to ${reference}, whose rows this change would pull apart (some move, others do not), so nothing was changed. Change that formula first, then try again.`,
  changedMeanwhile: (block: BlockId, name: string) =>
    `The ${entryNoun(block)} ${quoted(name)} in ${blockInfo(block).title} was changed or removed on the sheet since the sidebar showed it, so nothing was changed. The sidebar now shows the sheet as it is; make the change again if you still want it.`,
  listChanged: (block: BlockId, name: string) =>
    `${blockInfo(block).title} was changed on the sheet since the sidebar showed it, so the ${entryNoun(block)} ${quoted(name)} was left as it is: it may have moved, or another entry may now be in its place. The sidebar now shows the sheet as it is; make the change again if you still want it.`,
  notPutBack: (block: BlockId, name: string) =>
    `${blockInfo(block).title} was changed on the sheet since the deletion, so the ${entryNoun(block)} ${quoted(name)} was not put back. The sidebar now shows the sheet as it is; add it again if you still want it.`,
  positionOutside: (to: number, count: number) =>
    `Position ${to + 1} is outside the list, which has ${count} ${count === 1 ? 'entry' : 'entries'}.`,
  noRoomRows: (block: BlockId) =>
    `${blockInfo(block).title} has no rows for entries left on the sheet (rows were deleted inside it). Undo that change (Edit → Undo) and try again.`,
} as const;
