/**
 * What the template gallery, "Add to this canvas" and the command line need from the registry,
 * as plain data: previews, the items a template would add to a canvas, one line per template.
 */
import { blockInfo } from '../../blocks';
import { BlockId, Canvas, Cost, Item, NOTE_BLOCK_IDS, NoteBlockId, RevenueStream } from '../../model';
import { canvasRefValue } from '../canvas-refs';
import { CHECK_KINDS } from '../check-kinds';
import { evaluateCheck } from '../evaluate-check';
import { getTemplate, listTemplates, PATTERNS } from '../registry';
import type { PatternTemplate } from '../template';
import { PatternCheck, PatternId } from '../types';
import { CanvasWithCheck, CHECK_PATTERN_NAMES } from './write-check';

/** Items shown per block in a gallery preview. */
export const PREVIEW_ITEMS = 3;

export interface KeyNumber {
  label: string;
  value: number;
  unit: 'money' | 'count' | 'ratio' | 'share' | 'months';
}

export interface GalleryEntry {
  id: string;
  title: string;
  pattern: PatternId;
  patternTitle: string;
  variant: string;
  summary: string;
  explanation: string;
  currency: string;
  /** The first few items of each block (streams and costs by name), for the preview. */
  preview: { block: BlockId; title: string; items: string[]; more: number }[];
  /** Monthly revenue, costs and profit, and what the pattern check says. */
  keyNumbers: KeyNumber[];
  check: { title: string; passes: boolean };
}

function monthly(canvas: Canvas): { revenue: number; costs: number } {
  const revenue = canvasRefValue(canvas, { ref: 'revenue', streams: canvas.revenueStreams.map((s) => s.name) }) ?? 0;
  const costs = canvasRefValue(canvas, { ref: 'monthly-cost', costs: canvas.costs.map((c) => c.name) }) ?? 0;
  return { revenue, costs };
}

function previewOf(canvas: Canvas): GalleryEntry['preview'] {
  const lists: [BlockId, string[]][] = [
    ...NOTE_BLOCK_IDS.map((b): [BlockId, string[]] => [b, canvas.blocks[b].map((i) => i.text)]),
    ['revenueStreams', canvas.revenueStreams.map((s) => s.name)],
    ['costStructure', canvas.costs.map((c) => c.name)],
  ];
  return lists.map(([block, texts]) => ({
    block,
    title: blockInfo(block).title,
    items: texts.slice(0, PREVIEW_ITEMS),
    more: Math.max(0, texts.length - PREVIEW_ITEMS),
  }));
}

function entryOf(t: PatternTemplate): GalleryEntry {
  const { revenue, costs } = monthly(t.canvas);
  const result = evaluateCheck(t.check);
  return {
    id: t.id,
    title: t.title,
    pattern: t.pattern,
    patternTitle: PATTERNS.find((p) => p.id === t.pattern)?.title ?? t.pattern,
    variant: t.variant,
    summary: t.summary,
    explanation: t.explanation,
    currency: t.canvas.currency,
    preview: previewOf(t.canvas),
    keyNumbers: [
      { label: 'Monthly revenue (illustrative)', value: revenue, unit: 'money' },
      { label: 'Monthly costs (illustrative)', value: costs, unit: 'money' },
      { label: 'Monthly profit (illustrative)', value: revenue - costs, unit: 'money' },
    ],
    check: { title: CHECK_KINDS[t.check.kind].title, passes: result.pass },
  };
}

/** Every template as the gallery shows it, in the registry's order (grouped by pattern). */
export function galleryEntries(): GalleryEntry[] {
  return listTemplates().map((s) => entryOf(getTemplate(s.id) as PatternTemplate));
}

/** The template's canvas with its pattern check, ready to lay out; undefined for an unknown id. */
export function templateCanvas(id: string): CanvasWithCheck | undefined {
  const t = getTemplate(id);
  return t === undefined ? undefined : { ...t.canvas, patternCheck: t.check };
}

/** "Unknown template …" with the ids that exist, for every caller that takes an id. */
export function unknownTemplateMessage(id: unknown): string {
  const shown = typeof id === 'string' ? `"${id}"` : `a ${id === null ? 'null' : typeof id}`;
  return `There is no template ${shown}. Known templates: ${listTemplates()
    .map((t) => t.id)
    .join(', ')}.`;
}

/** One line per template, its id first, then its title (for `bmc templates`). */
export function templateLines(): string[] {
  return listTemplates().map((t) => `${t.id}\t${t.title}`);
}

/** Items of a template that a canvas does not have yet, block by block, in the template's order. */
export interface Additions {
  notes: { block: NoteBlockId; item: Item }[];
  streams: RevenueStream[];
  costs: Cost[];
}

const key = (text: string) => text.trim().toLowerCase();

/** The entries of `wanted` whose name is not among `have` (nor earlier in `wanted`). */
function newOnes<T>(have: readonly string[], wanted: readonly T[], name: (x: T) => string): T[] {
  const seen = new Set(have.map(key));
  const out: T[] = [];
  for (const x of wanted) {
    if (seen.has(key(name(x)))) continue;
    seen.add(key(name(x)));
    out.push(x);
  }
  return out;
}

/**
 * What adding `template` to `canvas` would add: every note, stream and cost whose text or name
 * (ignoring case and surrounding spaces) the canvas does not already have. The canvas's own items
 * are never changed, and nothing is added twice.
 */
export function additionsFor(canvas: Canvas, template: Canvas): Additions {
  // A note or stream linked to a segment follows the segment the canvas already has, spelled as the canvas spells it.
  const segments = new Map(canvas.blocks.customerSegments.map((s) => [key(s.text), s.text]));
  const linked = <T extends { segment?: string }>(x: T): T =>
    x.segment === undefined ? x : { ...x, segment: segments.get(key(x.segment)) ?? x.segment };
  const notes = NOTE_BLOCK_IDS.flatMap((block) =>
    newOnes(
      canvas.blocks[block].map((i) => i.text),
      template.blocks[block],
      (i) => i.text,
    ).map((item) => ({ block, item: linked(item) })),
  );
  const streams = newOnes(
    canvas.revenueStreams.map((s) => s.name),
    template.revenueStreams,
    (s) => s.name,
  ).map(linked);
  // A per-unit cost follows the stream of that name the canvas already has, spelled as the canvas spells it.
  const spelled = new Map([...canvas.revenueStreams, ...streams].map((s) => [key(s.name), s.name]));
  const costs = newOnes(
    canvas.costs.map((c) => c.name),
    template.costs,
    (c) => c.name,
  ).map(
    (c): Cost =>
      c.behavior === 'variable' && c.per === 'unit' && c.stream !== undefined
        ? { ...c, stream: spelled.get(key(c.stream)) ?? c.stream }
        : c,
  );
  return { notes, streams, costs };
}

/** The additions in words by part, one line each, e.g. "Customer Segments: Casual photographers". */
function linesByPart(a: Additions): { notes: string[]; streams: string[]; costs: string[] } {
  return {
    notes: a.notes.map((n) => `${blockInfo(n.block).title}: ${n.item.text}`),
    streams: a.streams.map((s) => `${blockInfo('revenueStreams').title}: ${s.name}`),
    costs: a.costs.map((c) => `${blockInfo('costStructure').title}: ${c.name}`),
  };
}

/** The additions in words, one line each, e.g. "Customer Segments: Casual photographers". */
export function describeAdditions(a: Additions): string[] {
  const { notes, streams, costs } = linesByPart(a);
  return [...notes, ...streams, ...costs];
}

/** Which parts of a template "Add to this canvas" adds. */
export interface TemplateParts {
  /** The template's pattern check, beside the panel (only where the canvas has none). */
  patternCheck: boolean;
  /** The notes of the seven note blocks. */
  notes: boolean;
  streams: boolean;
  costs: boolean;
}

/** What a template would add to the canvas, part by part, one line per entry ("Channels: App stores"). */
export interface TemplateOffer {
  notes: string[];
  streams: string[];
  costs: string[];
  /** The pattern check's title, when the template has one and the canvas has none yet; else null. */
  patternCheck: string | null;
  /** Why there is no pattern check to add, or "" when there is one. */
  noPatternCheck: string;
}

/** The parts "Add to this canvas" adds unless told otherwise: the entries, not the pattern check. */
export const DEFAULT_PARTS: TemplateParts = Object.freeze({
  patternCheck: false,
  notes: true,
  streams: true,
  costs: true,
});

/**
 * Only the parts chosen of `a`, for `canvas`. A stream keeps its segment, and a cost its stream,
 * only where the canvas has it or it is added too: streams without the notes follow no new segment.
 */
export function chosenAdditions(a: Additions, parts: TemplateParts, canvas: Canvas): Additions {
  const notes = parts.notes ? a.notes : [];
  const segments = new Set(
    [...canvas.blocks.customerSegments, ...notes.filter((n) => n.block === 'customerSegments').map((n) => n.item)].map(
      (s) => key(s.text),
    ),
  );
  const streams = (parts.streams ? a.streams : []).map((s) => {
    if (s.segment === undefined || segments.has(key(s.segment))) return s;
    const { segment: _, ...unlinked } = s;
    return unlinked;
  });
  const named = new Set([...canvas.revenueStreams, ...streams].map((s) => key(s.name)));
  const costs = (parts.costs ? a.costs : []).map((c): Cost => {
    if (c.behavior !== 'variable' || c.per !== 'unit' || c.stream === undefined || named.has(key(c.stream))) return c;
    const { stream: _, ...unlinked } = c;
    return unlinked;
  });
  return { notes, streams, costs };
}

/** The pattern check's title as its area heads it, e.g. "Pattern check: FREE, freemium". */
export function patternCheckTitle(check: PatternCheck): string {
  return `Pattern check: ${CHECK_PATTERN_NAMES[check.kind]}`;
}

/**
 * What `template` offers a canvas part by part: the entries `a` it lacks, and the pattern check
 * unless the canvas has one (`hasCheck`) or the template none.
 */
export function templateOffer(a: Additions, template: CanvasWithCheck, hasCheck: boolean): TemplateOffer {
  const check = template.patternCheck;
  return {
    ...linesByPart(a),
    patternCheck: check === undefined || hasCheck ? null : patternCheckTitle(check),
    noPatternCheck:
      check === undefined
        ? 'This template has no pattern check.'
        : hasCheck
          ? 'This canvas already has a pattern check: one canvas holds one.'
          : '',
  };
}
