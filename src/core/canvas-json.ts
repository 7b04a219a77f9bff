/**
 * The canvas as a JSON document (docs/canvas.schema.json): parse and validate it into the model,
 * with one message per bad field, and write the model back as JSON.
 *
 * @example
 *   const result = parseCanvasJson('{"name": "Cafe", "revenueStreams": [{"name": "Coffee", "type": "asset-sale", "price": "ten"}]}');
 *   // { ok: false, problems: ['revenueStreams[0].price: expected a number ≥ 0, got "ten"'] }
 */
import { Canvas, emptyBlocks, Item, NOTE_BLOCK_IDS } from './model';
import { CHECK_KINDS } from './patterns/check-kinds';
import { PatternCheck } from './patterns/types';
import { Checker, KnownNames } from './rules/check';
import { CANVAS } from './rules/table';

export type CanvasDocument = Canvas;

export type CanvasParseResult = { ok: true; canvas: CanvasDocument } | { ok: false; problems: string[] };

type Json = Record<string, unknown>;

/** The names a document's texts may refer to: its segments, its streams, its scenarios. */
function namesIn(canvas: CanvasDocument): KnownNames {
  const scenarios = canvas.assumptions?.scenarios;
  return {
    segment: canvas.blocks.customerSegments.map((s) => s.text),
    stream: canvas.revenueStreams.map((s) => s.name),
    ...(scenarios === undefined ? {} : { scenario: scenarios.list.map((s) => s.name) }),
  };
}

/** A check without a description takes its kind's own wording; one without sources has none. */
function withCheckDefaults(check: Json): PatternCheck {
  const kind = check.kind as PatternCheck['kind'];
  const description = check.description ?? CHECK_KINDS[kind].description;
  // The table checked every field the kind has, so the object has the kind's shape.
  return (kind === 'unbundling'
    ? { ...check, description }
    : { ...check, description, sources: check.sources ?? {} }) as unknown as PatternCheck;
}

/** Validates a parsed JSON value as a canvas document (see the CANVAS rules in rules/table.ts). */
export function canvasFromDocument(doc: unknown): CanvasParseResult {
  const c = new Checker();
  const kept = c.check(CANVAS, doc, '') as Json | undefined;
  if (kept !== undefined) {
    const blocks = { ...emptyBlocks(), ...(kept.blocks as Partial<CanvasDocument['blocks']> | undefined) };
    const canvas: CanvasDocument = {
      name: kept.name as string,
      currency: kept.currency as string,
      blocks,
      revenueStreams: kept.revenueStreams as CanvasDocument['revenueStreams'],
      costs: kept.costs as CanvasDocument['costs'],
    };
    if (kept.assumptions !== undefined) canvas.assumptions = kept.assumptions as CanvasDocument['assumptions'];
    if (kept.patternCheck !== undefined) canvas.patternCheck = withCheckDefaults(kept.patternCheck as Json);
    c.references(CANVAS, canvas, '', namesIn(canvas));
    if (c.problems.length === 0) return { ok: true, canvas };
  }
  return { ok: false, problems: c.problems.map((p) => `${p.field === '' ? '(document)' : p.field}: ${p.message}`) };
}

/** Parses JSON text as a canvas document. */
export function parseCanvasJson(text: string): CanvasParseResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [`The text is not valid JSON (${(e as Error).message}).`] };
  }
  return canvasFromDocument(doc);
}

function itemOut(item: Item): string | Item {
  return item.category === undefined && item.segment === undefined ? item.text : { ...item };
}

/** The canvas as a plain JSON document: items without category or segment become plain strings. */
export function canvasToDocument(canvas: CanvasDocument): Json {
  const blocks: Json = {};
  for (const id of NOTE_BLOCK_IDS) blocks[id] = canvas.blocks[id].map(itemOut);
  const doc: Json = {
    name: canvas.name,
    currency: canvas.currency,
    blocks,
    revenueStreams: canvas.revenueStreams.map((s) => {
      const out: Json = { name: s.name, type: s.type };
      if (s.segment !== undefined) out.segment = s.segment;
      out.price = s.price;
      out.volume = s.volume;
      if (s.recurring !== undefined) out.recurring = s.recurring;
      if (s.growth !== undefined) out.growth = s.growth;
      if (s.churn !== undefined) out.churn = s.churn;
      return out;
    }),
    costs: canvas.costs.map((c) => ({ ...c })),
  };
  if (canvas.assumptions !== undefined) {
    const { whatIf, ...rest } = canvas.assumptions;
    doc.assumptions =
      whatIf === undefined ? rest : { ...rest, whatIf: { ...whatIf, sensitivitySteps: [...whatIf.sensitivitySteps] } };
  }
  // The check is plain JSON data already; a JSON round trip copies it whole.
  if (canvas.patternCheck !== undefined) doc.patternCheck = JSON.parse(JSON.stringify(canvas.patternCheck));
  return doc;
}

/** The canvas as JSON text, two-space indented. */
export function canvasToJson(canvas: CanvasDocument): string {
  return `${JSON.stringify(canvasToDocument(canvas), null, 2)}\n`;
}
