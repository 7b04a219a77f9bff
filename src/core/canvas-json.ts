/**
 * The canvas as a JSON document (docs/canvas.schema.json): parse and validate it into the model,
 * with one message per bad field, and write the model back as JSON.
 *
 * @example
 *   const result = parseCanvasJson('{"name": "Cafe", "revenueStreams": [{"name": "Coffee", "type": "asset-sale", "price": "ten"}]}');
 *   // { ok: false, problems: ['revenueStreams[0].price: expected a number ≥ 0, got "ten"'] }
 */
import { ASSUMPTION_BOUNDS, ASSUMPTION_KEYS, Assumptions } from './finance/assumptions';
import { DEFAULT_WHAT_IF_INPUTS, MIN_SENSITIVITY_STEP, WhatIfInputs } from './whatif/inputs';
import { DRIVER_KEYS, Scenario, SCENARIO_COLUMNS, ScenarioSet } from './whatif/scenarios';
import { STREAM_TYPE_IDS } from './finance/catalogue';
import { Canvas, Cost, emptyBlocks, Item, NOTE_BLOCK_IDS, NoteBlockId, RevenueStream, StreamType } from './model';
import { CHECK_KINDS } from './patterns/check-kinds';
import { MAX_UNITS } from './patterns/sheet/check-layout';
import { BusinessRole, BusinessUnit, CanvasRef, CheckKind, NumericCheckKind, PatternCheck } from './patterns/types';

export type CanvasDocument = Canvas;

export type CanvasParseResult = { ok: true; canvas: CanvasDocument } | { ok: false; problems: string[] };

const DEFAULT_CURRENCY = 'USD';

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** How a value reads in a message: strings quoted (and cut when long), objects and lists by kind. */
export function describeValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  return String(v);
}

function list(values: readonly string[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

/** Collects problems while walking a document; every reader returns undefined after a problem. */
class Walker {
  readonly problems: string[] = [];

  fail(path: string, expected: string, got: unknown): undefined {
    this.problems.push(`${path}: expected ${expected}, got ${describeValue(got)}`);
    return undefined;
  }

  missing(path: string, expected: string): undefined {
    this.problems.push(`${path}: missing (expected ${expected})`);
    return undefined;
  }

  /** Flags every field of `obj` not in `allowed`. */
  onlyFields(path: string, obj: Json, allowed: readonly string[]): void {
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) {
        this.problems.push(
          `${path === '' ? '' : `${path}.`}${key}: unknown field (allowed here: ${allowed.join(', ')})`,
        );
      }
    }
  }

  text(path: string, v: unknown, required: boolean): string | undefined {
    if (v === undefined) return required ? this.missing(path, 'non-empty text') : undefined;
    if (typeof v !== 'string' || v.trim() === '') return this.fail(path, 'non-empty text', v);
    return v;
  }

  /** A number in [min, max], or null; absent reads as null. */
  amount(path: string, v: unknown, max: number | null): number | null | undefined {
    if (v === undefined || v === null) return null;
    const expected = max === null ? 'a number ≥ 0' : `a share between 0 and ${max}`;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || (max !== null && v > max))
      return this.fail(path, expected, v);
    return v;
  }

  /** A number ≥ 0 that must be there. */
  count(path: string, v: unknown): number | undefined {
    if (v === undefined) return this.missing(path, 'a number ≥ 0');
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return this.fail(path, 'a number ≥ 0', v);
    return v;
  }

  /** A list of non-empty texts (names of streams or costs). */
  names(path: string, v: unknown): string[] | undefined {
    if (v === undefined) return this.missing(path, 'a list of names');
    if (!Array.isArray(v)) return this.fail(path, 'a list of names', v);
    const before = this.problems.length;
    const out = v.map((name, i) => this.text(`${path}[${i}]`, name, true) ?? '');
    return this.problems.length > before ? undefined : out;
  }

  oneOf<T extends string>(path: string, v: unknown, values: readonly T[]): T | undefined {
    if (v === undefined) return this.missing(path, `one of ${list(values)}`);
    if (typeof v !== 'string' || !values.includes(v as T)) return this.fail(path, `one of ${list(values)}`, v);
    return v as T;
  }

  array(path: string, v: unknown): unknown[] | undefined {
    if (v === undefined) return [];
    if (!Array.isArray(v)) return this.fail(path, 'a list', v);
    return v;
  }
}

function readItem(w: Walker, path: string, v: unknown): Item | undefined {
  if (typeof v === 'string') return w.text(path, v, true) === undefined ? undefined : { text: v };
  if (!isObject(v)) return w.fail(path, 'text or an object with "text"', v);
  w.onlyFields(path, v, ['text', 'category', 'segment']);
  const text = w.text(`${path}.text`, v.text, true);
  const item: Item = { text: text ?? '' };
  for (const key of ['category', 'segment'] as const) {
    if (v[key] === undefined) continue;
    if (typeof v[key] !== 'string') w.fail(`${path}.${key}`, 'text', v[key]);
    else item[key] = v[key] as string;
  }
  return text === undefined ? undefined : item;
}

function readBlocks(w: Walker, v: unknown): CanvasDocument['blocks'] {
  const blocks = emptyBlocks();
  if (v === undefined) return blocks;
  if (!isObject(v)) {
    w.fail('blocks', 'an object with the seven note blocks', v);
    return blocks;
  }
  w.onlyFields('blocks', v, NOTE_BLOCK_IDS);
  for (const id of NOTE_BLOCK_IDS) {
    const items = w.array(`blocks.${id}`, v[id]) ?? [];
    blocks[id as NoteBlockId] = items.flatMap((item, i) => readItem(w, `blocks.${id}[${i}]`, item) ?? []);
  }
  return blocks;
}

const STREAM_FIELDS = ['name', 'type', 'segment', 'price', 'volume'];

function readStream(w: Walker, path: string, v: unknown): RevenueStream | undefined {
  if (!isObject(v)) return w.fail(path, 'an object', v);
  const before = w.problems.length;
  w.onlyFields(path, v, STREAM_FIELDS);
  const name = w.text(`${path}.name`, v.name, true);
  const type = w.oneOf<StreamType>(`${path}.type`, v.type, STREAM_TYPE_IDS);
  const price = w.amount(`${path}.price`, v.price, null);
  const volume = w.amount(`${path}.volume`, v.volume, null);
  const segment = w.text(`${path}.segment`, v.segment, false);
  if (w.problems.length > before) return undefined;
  const stream: RevenueStream = {
    name: name as string,
    type: type as StreamType,
    price: price ?? null,
    volume: volume ?? null,
  };
  if (segment !== undefined) stream.segment = segment;
  return stream;
}

function readCost(w: Walker, path: string, v: unknown): Cost | undefined {
  if (!isObject(v)) return w.fail(path, 'an object', v);
  const before = w.problems.length;
  const name = w.text(`${path}.name`, v.name, true);
  const behavior = w.oneOf(`${path}.behavior`, v.behavior, ['fixed', 'variable'] as const);
  if (behavior === 'fixed') {
    w.onlyFields(path, v, ['name', 'behavior', 'amount']);
    const amount = w.amount(`${path}.amount`, v.amount, null);
    return w.problems.length > before ? undefined : { name: name as string, behavior, amount: amount ?? null };
  }
  if (behavior === undefined) return undefined;
  const per = w.oneOf(`${path}.per`, v.per, ['unit', 'revenue'] as const);
  if (per === 'revenue') {
    w.onlyFields(path, v, ['name', 'behavior', 'per', 'amount']);
    const amount = w.amount(`${path}.amount`, v.amount, 1);
    return w.problems.length > before ? undefined : { name: name as string, behavior, per, amount: amount ?? null };
  }
  w.onlyFields(path, v, ['name', 'behavior', 'per', 'amount', 'stream']);
  const amount = w.amount(`${path}.amount`, v.amount, null);
  const stream = w.text(`${path}.stream`, v.stream, false);
  if (w.problems.length > before || per === undefined) return undefined;
  const cost: Cost = { name: name as string, behavior, per, amount: amount ?? null };
  if (stream !== undefined) cost.stream = stream;
  return cost;
}

function readAssumptions(w: Walker, v: unknown): Partial<Assumptions> | undefined {
  if (v === undefined) return undefined;
  if (!isObject(v)) return w.fail('assumptions', 'an object', v);
  w.onlyFields('assumptions', v, [...ASSUMPTION_KEYS, 'scenarios', 'whatIf']);
  const result: Partial<Assumptions> = {};
  const scenarios = readScenarios(w, v.scenarios);
  if (scenarios !== undefined) result.scenarios = scenarios;
  const whatIf = readWhatIfInputs(w, v.whatIf);
  if (whatIf !== undefined) result.whatIf = whatIf;
  for (const key of ASSUMPTION_KEYS) {
    const given = v[key];
    if (given === undefined) continue;
    const { min, max } = ASSUMPTION_BOUNDS[key];
    const expected = max === null ? `a number ≥ ${min}` : `a number between ${min} and ${max}`;
    if (typeof given !== 'number' || !Number.isFinite(given) || given < min || (max !== null && given > max)) {
      w.fail(`assumptions.${key}`, expected, given);
    } else {
      result[key] = given;
    }
  }
  return result;
}

/** What-if scenarios: named multipliers of the six drivers, and the one the figures follow. */
function readScenarios(w: Walker, v: unknown): ScenarioSet | undefined {
  const path = 'assumptions.scenarios';
  if (v === undefined) return undefined;
  if (!isObject(v)) return w.fail(path, 'an object', v);
  w.onlyFields(path, v, ['active', 'list']);
  if (!Array.isArray(v.list) || v.list.length === 0 || v.list.length > SCENARIO_COLUMNS) {
    return w.fail(`${path}.list`, `a list of 1 to ${SCENARIO_COLUMNS} scenarios`, v.list);
  }
  const list: Scenario[] = [];
  v.list.forEach((item: unknown, i: number) => {
    const at = `${path}.list[${i}]`;
    if (!isObject(item)) return w.fail(at, 'an object', item);
    w.onlyFields(at, item, ['name', 'multipliers']);
    const name = w.text(`${at}.name`, item.name, true);
    const m = item.multipliers;
    if (!isObject(m)) return w.fail(`${at}.multipliers`, 'an object', m);
    w.onlyFields(`${at}.multipliers`, m, DRIVER_KEYS);
    const multipliers = {} as Scenario['multipliers'];
    for (const key of DRIVER_KEYS) {
      const given = m[key] === undefined ? 1 : m[key];
      if (typeof given !== 'number' || !Number.isFinite(given) || given < 0)
        w.fail(`${at}.multipliers.${key}`, 'a number ≥ 0', given);
      else multipliers[key] = given;
    }
    if (name !== undefined) list.push({ name, multipliers });
  });
  const active = w.text(`${path}.active`, v.active, true);
  if (active !== undefined && !v.list.some((s: unknown) => isObject(s) && s.name === active)) {
    w.fail(`${path}.active`, 'the name of one of the scenarios in the list', active);
  }
  return active === undefined ? undefined : { active, list };
}

/** The what-if block's own inputs; a field left out takes its default. */
function readWhatIfInputs(w: Walker, v: unknown): WhatIfInputs | undefined {
  const path = 'assumptions.whatIf';
  if (v === undefined) return undefined;
  if (!isObject(v)) return w.fail(path, 'an object', v);
  const before = w.problems.length;
  w.onlyFields(path, v, ['targetProfit', 'sensitivitySteps', 'tornadoSwing']);
  const d = DEFAULT_WHAT_IF_INPUTS;
  const number = (field: string, given: unknown, min: number, max: number | null): number => {
    const ok = typeof given === 'number' && Number.isFinite(given) && given >= min && (max === null || given <= max);
    if (!ok) w.fail(field, max === null ? `a number ≥ ${min}` : `a number between ${min} and ${max}`, given);
    return given as number;
  };
  const targetProfit =
    v.targetProfit === undefined ? d.targetProfit : number(`${path}.targetProfit`, v.targetProfit, 0, null);
  const tornadoSwing =
    v.tornadoSwing === undefined ? d.tornadoSwing : number(`${path}.tornadoSwing`, v.tornadoSwing, 0, 1);
  let sensitivitySteps = [...d.sensitivitySteps];
  const steps = v.sensitivitySteps;
  const count = d.sensitivitySteps.length;
  if (steps !== undefined) {
    // The grid on the sheet has a fixed size, so the list must fill it exactly.
    if (!Array.isArray(steps) || steps.length !== count) {
      w.fail(`${path}.sensitivitySteps`, `a list of ${count} numbers`, Array.isArray(steps) ? steps.length : steps);
    } else {
      sensitivitySteps = steps.map((step: unknown, i: number) =>
        number(`${path}.sensitivitySteps[${i}]`, step, MIN_SENSITIVITY_STEP, null),
      );
    }
  }
  return w.problems.length > before ? undefined : { targetProfit, sensitivitySteps, tornadoSwing };
}

const CHECK_KIND_IDS = Object.keys(CHECK_KINDS) as CheckKind[];
const BUSINESS_ROLES: readonly BusinessRole[] = ['customer-relationship', 'product-innovation', 'infrastructure'];
const STREAM_REFS = ['stream-price', 'stream-volume'] as const;
const LIST_REFS = { revenue: 'streams', 'unit-cost': 'costs', 'monthly-cost': 'costs' } as const;
const REF_KINDS = [...STREAM_REFS, ...(Object.keys(LIST_REFS) as (keyof typeof LIST_REFS)[])];

function readCanvasRef(w: Walker, path: string, v: unknown): CanvasRef | undefined {
  if (!isObject(v)) return w.fail(path, 'an object with "ref"', v);
  const ref = w.oneOf(`${path}.ref`, v.ref, REF_KINDS);
  if (ref === undefined) return undefined;
  if (ref === 'stream-price' || ref === 'stream-volume') {
    w.onlyFields(path, v, ['ref', 'stream']);
    const stream = w.text(`${path}.stream`, v.stream, true);
    return stream === undefined ? undefined : { ref, stream };
  }
  const field = LIST_REFS[ref];
  w.onlyFields(path, v, ['ref', field]);
  const names = w.names(`${path}.${field}`, v[field]);
  if (names === undefined) return undefined;
  return (field === 'streams' ? { ref, streams: names } : { ref, costs: names }) as CanvasRef;
}

function readUnit(w: Walker, path: string, v: unknown): BusinessUnit | undefined {
  if (!isObject(v)) return w.fail(path, 'an object', v);
  const before = w.problems.length;
  w.onlyFields(path, v, ['name', 'role', 'streams', 'costs', 'revenue', 'cost']);
  const name = w.text(`${path}.name`, v.name, true);
  const role = w.oneOf(`${path}.role`, v.role, BUSINESS_ROLES);
  const streams = w.names(`${path}.streams`, v.streams);
  const costs = w.names(`${path}.costs`, v.costs);
  const revenue = w.count(`${path}.revenue`, v.revenue);
  const cost = w.count(`${path}.cost`, v.cost);
  if (w.problems.length > before) return undefined;
  return {
    name: name as string,
    role: role as BusinessRole,
    streams: streams as string[],
    costs: costs as string[],
    revenue: revenue as number,
    cost: cost as number,
  };
}

/** The pattern's viability check: its kind decides which inputs (or business units) it holds. */
function readPatternCheck(w: Walker, v: unknown): PatternCheck | undefined {
  const path = 'patternCheck';
  if (v === undefined) return undefined;
  if (!isObject(v)) return w.fail(path, 'an object with "kind"', v);
  const before = w.problems.length;
  const kind = w.oneOf(`${path}.kind`, v.kind, CHECK_KIND_IDS);
  if (kind === undefined) return undefined;
  const description =
    v.description === undefined ? CHECK_KINDS[kind].description : w.text(`${path}.description`, v.description, true);
  if (kind === 'unbundling') {
    w.onlyFields(path, v, ['kind', 'description', 'units']);
    const expected = `a list of 1 to ${MAX_UNITS} business units`;
    if (v.units === undefined) w.missing(`${path}.units`, expected);
    const raw = w.array(`${path}.units`, v.units) ?? [];
    // The units sit beside the panel, which has room for MAX_UNITS of them.
    if (Array.isArray(v.units) && (raw.length < 1 || raw.length > MAX_UNITS))
      w.problems.push(`${path}.units: expected ${expected}, got ${raw.length}`);
    const units = raw.flatMap((u, i) => readUnit(w, `${path}.units[${i}]`, u) ?? []);
    return w.problems.length > before ? undefined : { kind, description: description as string, units };
  }
  w.onlyFields(path, v, ['kind', 'description', 'inputs', 'sources']);
  const keys = CHECK_KINDS[kind as NumericCheckKind].inputs.map((i) => i.key as string);
  const inputs: Record<string, number> = {};
  if (!isObject(v.inputs)) {
    if (v.inputs === undefined) w.missing(`${path}.inputs`, `an object with ${keys.join(', ')}`);
    else w.fail(`${path}.inputs`, `an object with ${keys.join(', ')}`, v.inputs);
  } else {
    w.onlyFields(`${path}.inputs`, v.inputs, keys);
    for (const key of keys) inputs[key] = w.count(`${path}.inputs.${key}`, v.inputs[key]) ?? NaN;
  }
  const sources: Record<string, CanvasRef> = {};
  if (v.sources !== undefined && !isObject(v.sources)) w.fail(`${path}.sources`, 'an object', v.sources);
  else if (isObject(v.sources)) {
    w.onlyFields(`${path}.sources`, v.sources, keys);
    for (const key of keys) {
      if (v.sources[key] === undefined) continue;
      const ref = readCanvasRef(w, `${path}.sources.${key}`, v.sources[key]);
      if (ref !== undefined) sources[key] = ref;
    }
  }
  if (w.problems.length > before) return undefined;
  // Every input of the kind was read above, so `inputs` has the kind's shape.
  return { kind, description, inputs, sources } as unknown as PatternCheck;
}

/** Rules across fields that the schema cannot say: unique stream names, costs naming real streams. */
function checkReferences(w: Walker, streams: RevenueStream[], costs: unknown[]): void {
  const seen = new Map<string, number>();
  streams.forEach((s, i) => {
    // The sheet compares names without regard to case, so two names that differ only in case clash.
    const key = s.name.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined)
      w.fail(
        `revenueStreams[${i}].name`,
        `a name no other stream has (revenueStreams[${first}] is named the same)`,
        s.name,
      );
    else seen.set(key, i);
  });
  costs.forEach((c, i) => {
    if (!isObject(c) || typeof c.stream !== 'string' || c.stream.trim() === '') return;
    if (!streams.some((s) => s.name === c.stream)) {
      const names =
        streams.length === 0 ? 'the canvas has no streams' : `the streams are ${list(streams.map((s) => s.name))}`;
      w.fail(`costs[${i}].stream`, `the name of a revenue stream (${names})`, c.stream);
    }
  });
}

/** Validates a parsed JSON value as a canvas document. */
export function canvasFromDocument(doc: unknown): CanvasParseResult {
  const w = new Walker();
  if (!isObject(doc)) {
    w.fail('(document)', 'an object', doc);
    return { ok: false, problems: w.problems };
  }
  w.onlyFields('', doc, [
    '$schema',
    'name',
    'currency',
    'blocks',
    'revenueStreams',
    'costs',
    'assumptions',
    'patternCheck',
  ]);
  const name = w.text('name', doc.name, true);
  let currency = DEFAULT_CURRENCY;
  if (doc.currency !== undefined) {
    if (typeof doc.currency === 'string' && /^[A-Z]{3}$/.test(doc.currency)) currency = doc.currency;
    else w.fail('currency', 'a three-letter currency code such as "USD"', doc.currency);
  }
  const blocks = readBlocks(w, doc.blocks);
  const rawStreams = w.array('revenueStreams', doc.revenueStreams) ?? [];
  const revenueStreams = rawStreams.flatMap((s, i) => readStream(w, `revenueStreams[${i}]`, s) ?? []);
  const rawCosts = w.array('costs', doc.costs) ?? [];
  const costs = rawCosts.flatMap((c, i) => readCost(w, `costs[${i}]`, c) ?? []);
  if (revenueStreams.length === rawStreams.length) checkReferences(w, revenueStreams, rawCosts);
  const assumptions = readAssumptions(w, doc.assumptions);
  const patternCheck = readPatternCheck(w, doc.patternCheck);
  if (w.problems.length > 0) return { ok: false, problems: w.problems };
  const canvas: CanvasDocument = { name: name as string, currency, blocks, revenueStreams, costs };
  if (assumptions !== undefined) canvas.assumptions = assumptions;
  if (patternCheck !== undefined) canvas.patternCheck = patternCheck;
  return { ok: true, canvas };
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
