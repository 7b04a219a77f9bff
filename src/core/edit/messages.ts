/** What an edit tells the user when it cannot be made. One place for the words. */
import { blockInfo } from '../blocks';
import { BlockId } from '../model';

const quoted = (text: string) => `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;

/** "the item", "the stream" or "the cost", for sentences about one entry of a block. */
export function entryNoun(block: BlockId): string {
  return block === 'revenueStreams' ? 'stream' : block === 'costStructure' ? 'cost' : 'item';
}

export const MESSAGES = {
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
