/**
 * A fingerprint of each list of a canvas, so an edit made from a stale sidebar is refused instead
 * of landing on the wrong entry. Position and text alone cannot tell two entries with the same
 * text apart: if one of them is deleted on the sheet, the other takes its place or its text.
 * The fingerprint covers every entry of the list, in order, so any change to the list shows.
 */
import { CanvasEdit, ListVersions } from '../api';
import { BlockId, Canvas, NOTE_BLOCK_IDS } from '../model';
import { entriesOf, EditRefusal } from './edit-step';
import { entryKey, entryName } from './lists';
import { MESSAGES } from './messages';

const BLOCKS: readonly BlockId[] = [...NOTE_BLOCK_IDS, 'revenueStreams', 'costStructure'];

/** 32-bit FNV-1a of the text, as 8 hex digits: short, and the same in every JavaScript engine. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The version of the list of `block`: its length and a fingerprint of its entries in order. */
export function listVersion(canvas: Canvas, block: BlockId): string {
  const entries = entriesOf(canvas, block);
  return `${entries.length}-${fnv1a(entries.map((e) => entryKey(block, e)).join('\n'))}`;
}

export function listVersions(canvas: Canvas): ListVersions {
  return Object.fromEntries(BLOCKS.map((b) => [b, listVersion(canvas, b)])) as ListVersions;
}

/**
 * A conflict when `edit` changes, moves or deletes an entry of a list that is no longer the one
 * the sidebar showed (`version`); null when the edit may go ahead. Adding needs no version: it
 * never touches an entry already there.
 */
export function staleEdit(canvas: Canvas, edit: CanvasEdit, version: string): EditRefusal | null {
  const placed = edit.kind === 'add' && edit.at !== undefined;
  if ((edit.kind === 'add' && !placed) || listVersion(canvas, edit.block) === version) return null;
  const message =
    edit.kind === 'add'
      ? MESSAGES.notPutBack(edit.block, entryName(edit.block, edit.value))
      : MESSAGES.listChanged(edit.block, entryName(edit.block, edit.expected));
  return { ok: false, reason: 'conflict', message };
}
