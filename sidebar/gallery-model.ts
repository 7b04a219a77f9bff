/** What the template gallery and the pattern hints show, as text worked out from what the server sent. No DOM. */
import type { GalleryEntry, PatternHint, TemplateOffer, TemplateParts } from '../src/core/api';
import { money, number, percent } from './format';

/** The value of the pattern choice that shows every pattern. */
export const ALL_PATTERNS = '';

/** "bait-and-hook" as a reader would write it. */
export function variantWords(variant: string): string {
  return variant.replace(/-/g, ' ');
}

export interface PatternGroup {
  id: string;
  title: string;
  count: number;
}

/** The patterns in the order the templates come (the book's), each once, with how many templates it has. */
export function patternsOf(templates: readonly GalleryEntry[]): PatternGroup[] {
  const out: PatternGroup[] = [];
  for (const t of templates) {
    const found = out.find((p) => p.id === t.pattern);
    if (found) found.count += 1;
    else out.push({ id: t.pattern, title: t.patternTitle, count: 1 });
  }
  return out;
}

/** A template's key number in its unit: money in the template's currency, a share, months or a count. */
export function keyNumber(value: number, unit: GalleryEntry['keyNumbers'][number]['unit'], currency: string): string {
  if (unit === 'money') return money(value, currency);
  if (unit === 'share') return percent(value);
  if (unit === 'months') return `${number(value)} months`;
  return number(value);
}

/** The first items of a block in the preview: "A; B and 3 more", or "(nothing)". */
export function previewItems(items: readonly string[], more: number): string {
  return items.length === 0 ? '(nothing)' : `${items.join('; ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/** A hint's heading: the pattern, and its variant when the hint names one. */
export function hintTitle(hint: PatternHint): string {
  return hint.variant === undefined ? hint.patternTitle : `${hint.patternTitle} · ${variantWords(hint.variant)}`;
}

export interface OfferedPart {
  key: keyof TemplateParts;
  /** e.g. "Revenue streams (2)". */
  label: string;
  /** One line per entry it adds. */
  lines: string[];
}

/** The parts a template offers the canvas, in order, leaving out those with nothing new. */
export function offeredParts(offer: TemplateOffer): OfferedPart[] {
  const parts: OfferedPart[] = [];
  if (offer.patternCheck !== null)
    parts.push({
      key: 'patternCheck',
      label: offer.patternCheck,
      lines: ['Its inputs, results and PASS or FAIL, live beside the panel'],
    });
  const counted = (key: OfferedPart['key'], what: string, lines: string[]) => {
    if (lines.length > 0) parts.push({ key, label: `${what} (${lines.length})`, lines });
  };
  counted('notes', 'The blocks’ notes', offer.notes);
  counted('streams', 'Revenue streams', offer.streams);
  counted('costs', 'Costs', offer.costs);
  return parts;
}

/** What the user is told after adding template `title` to canvas `canvasName`. */
export function addedMessage(added: number, title: string, canvasName: string): string {
  return added === 0
    ? `"${canvasName}" already has everything in "${title}"; nothing was added.`
    : `Added ${added} ${added === 1 ? 'entry' : 'entries'} from "${title}" to "${canvasName}"; your own entries are as they were:`;
}
