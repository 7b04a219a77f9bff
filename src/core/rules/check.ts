/**
 * Judges a value by a rule of the table: every problem with the path of its field, in one shape
 * ("expected …, got …"), and the value as the add-on keeps it (names trimmed, defaults filled).
 */
import { boundText } from './bounds';
import type { FieldMessage } from '../api';
import { FieldLimits, LIMITS } from './limits';
import { NumberRule, RecordRule, Reference, Rule, TextRule, UniqueRule, VariantsRule } from './rule';

/** A problem with one field: its path in the value checked ("" for the value itself) and what is wrong. */
export type Problem = FieldMessage;

type Json = Record<string, unknown>;

export function isRecord(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** How a value reads in a message: strings quoted (and cut when long), objects and lists by kind. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  return String(v);
}

export function quotedList(values: readonly string[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

export const fieldPath = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);
const itemPath = (path: string, i: number) => `${path}[${i}]`;

/** The words for "expected …" of a number rule: "a number ≥ 0", "a number between 0 and 1". */
export function numberExpected(rule: NumberRule): string {
  if (rule.expected !== undefined) return rule.expected;
  const noun = rule.percent === true ? 'a share' : 'a number';
  return rule.max === null
    ? `${noun} ≥ ${boundText(rule.min)}`
    : `${noun} between ${boundText(rule.min)} and ${boundText(rule.max)}`;
}

/**
 * A share given as a number of percent (12 for 0.12): what was probably meant, as a percent
 * ("12 %"), or null when `v` is no such slip.
 */
export function percentSlip(rule: NumberRule, v: unknown): string | null {
  if (rule.percent !== true || typeof v !== 'number' || rule.max === null || v <= rule.max) return null;
  const share = v / 100;
  return share >= rule.min && share <= rule.max ? `${boundText(v)} %` : null;
}

const REFERENCES: Record<Reference, { noun: string; plural: string }> = {
  segment: { noun: 'a customer segment', plural: 'customer segments' },
  stream: { noun: 'a revenue stream', plural: 'streams' },
  scenario: { noun: 'a scenario', plural: 'scenarios' },
};

/** Two names are the same when they are after trimming and ignoring capitals (as the sheet's look-ups match them). */
export const nameKey = (name: string) => name.trim().toLowerCase();

export type KnownNames = Partial<Record<Reference, readonly string[]>>;

/** Collects the problems of one value, field by field, against the limits given. */
export class Checker {
  readonly problems: Problem[] = [];
  /** Per problem, what the field should have held ("a number ≥ 0"), when the problem says so. */
  readonly expectations: (string | null)[] = [];

  constructor(readonly limits: FieldLimits = LIMITS) {}

  add(path: string, message: string, expected: string | null = null): undefined {
    this.problems.push({ field: path, message });
    this.expectations.push(expected);
    return undefined;
  }

  expected(path: string, expected: string, got: unknown): undefined {
    return this.add(path, `expected ${expected}, got ${describeValue(got)}`, expected);
  }

  missing(path: string, expected: string): undefined {
    return this.add(path, `missing (expected ${expected})`, expected);
  }

  /**
   * The value as kept, or undefined for a field left out (or after a problem: compare the number
   * of problems before and after to know).
   */
  check(rule: Rule, v: unknown, path: string): unknown {
    if (v === undefined) return this.absent(rule, path);
    switch (rule.type) {
      case 'text':
        return this.text(rule, v, path);
      case 'number':
        if (v === null && rule.nullable) return null;
        if (
          typeof v !== 'number' ||
          !Number.isFinite(v) ||
          v < rule.min ||
          (rule.max !== null && v > rule.max) ||
          (rule.integer === true && !Number.isInteger(v))
        ) {
          const slip = percentSlip(rule, v);
          if (slip !== null) {
            const expected = `${numberExpected(rule)}; did you mean ${slip}?`;
            return this.add(
              path,
              `expected ${numberExpected(rule)}, got ${describeValue(v)} (did you mean ${slip}, that is ${boundText((v as number) / 100)}?)`,
              expected,
            );
          }
          return this.expected(path, numberExpected(rule), v);
        }
        return v;
      case 'choice':
        if (typeof v !== 'string' || !rule.values.includes(v))
          return this.expected(path, choiceExpected(rule.values, rule.expected), v);
        return v;
      case 'boolean':
        return typeof v === 'boolean' ? v : this.expected(path, 'true or false', v);
      case 'pattern':
        return typeof v === 'string' && new RegExp(rule.pattern).test(v) ? v : this.expected(path, rule.expected, v);
      case 'list':
        return this.list(rule, v, path);
      case 'record':
        return this.record(rule, v, path);
      case 'variants':
        return this.variants(rule, v, path);
    }
  }

  private absent(rule: Rule, path: string): unknown {
    switch (rule.type) {
      case 'number':
        if (rule.default !== undefined) return rule.default;
        if (rule.nullable) return null;
        return rule.required ? this.missing(path, numberExpected(rule)) : undefined;
      case 'pattern':
        return rule.default;
      case 'list':
        if (rule.required) return this.missing(path, listExpected(rule));
        return rule.default === undefined ? [] : [...rule.default];
      case 'text':
      case 'choice':
      case 'record':
      case 'variants':
        return 'required' in rule && rule.required ? this.missing(path, expectedOf(rule)) : undefined;
      case 'boolean':
        return rule.required === false ? undefined : this.missing(path, 'true or false');
    }
  }

  private text(rule: TextRule, v: unknown, path: string): string | null | undefined {
    if (v === null && rule.nullable === true) return null;
    if (typeof v !== 'string' || (rule.required && rule.blank !== true && v.trim() === ''))
      return this.expected(path, expectedOf(rule), v);
    const kept = rule.trim ? v.trim() : v;
    const length = [...kept].length;
    const max = rule.maxLength === undefined ? Infinity : this.limits[rule.maxLength];
    if (length > max)
      return this.add(
        path,
        `expected text of at most ${max} characters, got ${length} characters`,
        `text of at most ${max} characters`,
      );
    return kept === '' && rule.blank !== true ? undefined : kept;
  }

  private list(rule: Extract<Rule, { type: 'list' }>, v: unknown, path: string): unknown[] | undefined {
    if (!Array.isArray(v)) return this.expected(path, listExpected(rule), v);
    if (
      (rule.minItems !== undefined && v.length < rule.minItems) ||
      (rule.maxItems !== undefined && v.length > rule.maxItems)
    ) {
      return this.add(path, `expected ${listExpected(rule)}, got ${v.length}`);
    }
    const before = this.problems.length;
    const kept: unknown[] = [];
    v.forEach((item, i) => {
      const at = this.problems.length;
      const value = this.check(rule.of, item, itemPath(path, i));
      if (this.problems.length === at) kept.push(value);
    });
    if (rule.unique !== undefined && this.problems.length === before) this.unique(rule.unique, kept, path);
    return this.problems.length > before ? undefined : kept;
  }

  private unique(unique: UniqueRule, items: unknown[], path: string): void {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const name = isRecord(item) ? item[unique.field] : undefined;
      if (typeof name !== 'string') return;
      const first = seen.get(nameKey(name));
      if (first === undefined) seen.set(nameKey(name), i);
      else this.nameTaken(fieldPath(itemPath(path, i), unique.field), unique, itemPath(path, first), name);
    });
  }

  /** `name`, at `path`, is the name of the entry at `other` already. */
  nameTaken(path: string, unique: UniqueRule, other: string, name: string): undefined {
    return this.expected(path, `a name no other ${unique.noun} has (${other} is named the same)`, name);
  }

  private record(rule: RecordRule, v: unknown, path: string): Json | undefined {
    if (rule.shorthand !== undefined && typeof v === 'string') {
      const value = this.check(rule.fields[rule.shorthand], v, path);
      return value === undefined ? undefined : { [rule.shorthand]: value };
    }
    if (!isRecord(v)) return this.expected(path, expectedOf(rule), v);
    const before = this.problems.length;
    const allowed = Object.keys(rule.fields);
    for (const key of Object.keys(v)) {
      if (!allowed.includes(key)) this.add(fieldPath(path, key), `unknown field (allowed here: ${allowed.join(', ')})`);
    }
    const kept: Json = {};
    for (const [key, field] of Object.entries(rule.fields)) {
      const value = this.check(field, v[key], fieldPath(path, key));
      if (value !== undefined) kept[key] = value;
    }
    for (const [key, only] of Object.entries(rule.onlyIf ?? {})) {
      if (kept[key] === undefined) continue;
      const fits = only.when.some((w) => Object.entries(w).every(([k, want]) => (kept[k] ?? null) === want));
      if (!fits) this.add(fieldPath(path, key), only.message);
    }
    return this.problems.length > before ? undefined : kept;
  }

  private variants(rule: VariantsRule, v: unknown, path: string): Json | undefined {
    if (!isRecord(v)) return this.expected(path, expectedOf(rule), v);
    const option = this.option(rule, v, path);
    if (option === undefined) {
      this.commonFields(rule, v, path);
      return undefined;
    }
    return this.record(option, v, path);
  }

  /**
   * With no variant to judge `v` by, the fields every variant has, judged by the first one's rule:
   * a stream of an unknown type still hears about its name, price and volume at once.
   */
  private commonFields(rule: VariantsRule, v: Json, path: string): void {
    const [first, ...others] = rule.options;
    for (const [key, field] of Object.entries(first.fields)) {
      if (rule.keys.includes(key) || !others.every((o) => key in o.fields)) continue;
      this.check(field, v[key], fieldPath(path, key));
    }
  }

  /** The variant whose keys `v` holds, after naming the first key that fits none. */
  private option(rule: VariantsRule, v: Json, path: string): RecordRule | undefined {
    let options = rule.options;
    for (const key of rule.keys) {
      const values = [...new Set(options.flatMap((o) => valuesOf(o, key)))];
      if (values.length === 0) break;
      const chosen = this.check({ type: 'choice', values, required: true }, v[key], fieldPath(path, key));
      if (chosen === undefined) return undefined;
      options = options.filter((o) => valuesOf(o, key).length === 0 || valuesOf(o, key).includes(chosen as string));
    }
    return options[0];
  }

  /** Names the texts that refer to a segment, stream or scenario that is not among `known`. */
  references(rule: Rule, v: unknown, path: string, known: KnownNames): void {
    if (v === undefined || v === null) return;
    if (rule.type === 'text' && rule.refersTo !== undefined && typeof v === 'string') {
      const names = known[rule.refersTo];
      if (names !== undefined && !names.some((n) => n.trim() === v.trim()))
        this.expected(path, referenceExpected(rule.refersTo, names), v);
    } else if (rule.type === 'list' && Array.isArray(v)) {
      v.forEach((item, i) => this.references(rule.of, item, itemPath(path, i), known));
    } else if (rule.type === 'record' && isRecord(v)) {
      for (const [key, field] of Object.entries(rule.fields))
        this.references(field, v[key], fieldPath(path, key), known);
    } else if (rule.type === 'variants' && isRecord(v)) {
      const option = variantOf(rule, v);
      if (option !== undefined) this.references(option, v, path, known);
    }
  }
}

/** The variant whose keys hold the values `v` has for them (a cost with behavior "variable" and per "unit"…). */
export function variantOf(rule: VariantsRule, v: Json): RecordRule | undefined {
  return rule.options.find((o) =>
    rule.keys.every((k) => valuesOf(o, k).length === 0 || valuesOf(o, k).includes(v[k] as string)),
  );
}

function valuesOf(rule: RecordRule, key: string): readonly string[] {
  const field = rule.fields[key];
  return field?.type === 'choice' ? field.values : [];
}

function choiceExpected(values: readonly string[], expected: string | undefined): string {
  return expected ?? `one of ${quotedList(values)}`;
}

function listExpected(rule: Extract<Rule, { type: 'list' }>): string {
  const { minItems: min, maxItems: max, noun } = rule;
  if (min !== undefined && min === max) return `a list of ${min} ${noun ?? 'entries'}`;
  if (min !== undefined && max !== undefined) return `a list of ${min} to ${max} ${noun ?? 'entries'}`;
  return noun === undefined ? 'a list' : `a list of ${noun}`;
}

function referenceExpected(to: Reference, names: readonly string[]): string {
  const { noun, plural } = REFERENCES[to];
  return `the name of ${noun} (${names.length === 0 ? `there are no ${plural}` : `the ${plural} are ${quotedList(names)}`})`;
}

/** What a field of this rule holds, in words ("non-empty text", "a number ≥ 0", "one of …"). */
export function expectedOf(rule: Rule): string {
  switch (rule.type) {
    case 'text':
      return rule.required && rule.blank !== true ? 'non-empty text' : 'text';
    case 'number':
      return numberExpected(rule);
    case 'choice':
      return choiceExpected(rule.values, rule.expected);
    case 'boolean':
      return 'true or false';
    case 'pattern':
      return rule.expected;
    case 'list':
      return listExpected(rule);
    case 'record':
      return (
        rule.expected ?? (rule.shorthand === undefined ? 'an object' : `text or an object with "${rule.shorthand}"`)
      );
    case 'variants':
      return `an object with "${rule.keys[0]}"`;
  }
}

/** Checks `v` by `rule`: the value as kept, or every problem. */
export function checked<T>(
  rule: Rule,
  v: unknown,
  limits: FieldLimits = LIMITS,
): { ok: true; value: T } | { ok: false; problems: Problem[] } {
  const c = new Checker(limits);
  const value = c.check(rule, v, '');
  return c.problems.length === 0 ? { ok: true, value: value as T } : { ok: false, problems: c.problems };
}

/**
 * What one field typed into the sidebar should hold, when what it holds breaks the rule, as the
 * end of a sentence ("The price must be " + "a number ≥ 0"); null when it is fine. The limits are
 * the ones the server sent with the sidebar guide.
 */
export function fieldExpectation(rule: Rule, v: unknown, limits: FieldLimits): string | null {
  const c = new Checker(limits);
  c.check(rule, v, '');
  return c.problems.length === 0 ? null : (c.expectations[0] ?? c.problems[0].message);
}
