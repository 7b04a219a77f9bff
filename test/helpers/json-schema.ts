/**
 * A small JSON Schema (draft 2020-12) checker for the keywords docs/canvas.schema.json uses:
 * type, properties, required, additionalProperties (false), items, minItems, maxItems, enum, const,
 * minimum, maximum, pattern, maxLength, oneOf and local $ref. Any other keyword that constrains makes it throw,
 * so the schema cannot grow a rule this checker silently ignores.
 */
type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$defs', 'default']);
const KNOWN = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'enum',
  'const',
  'minimum',
  'maximum',
  'pattern',
  'maxLength',
  'oneOf',
  '$ref',
]);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function typeMatches(v: unknown, wanted: string): boolean {
  const t = typeOf(v);
  return t === wanted || (wanted === 'number' && t === 'integer');
}

/** Paths (like "/revenueStreams/2/price") where `value` breaks `schema`; empty when valid. */
export function schemaErrors(root: Schema, value: unknown): string[] {
  return errorsAgainst(root, root, value, '');
}

function errorsAgainst(root: Schema, top: Schema, value: unknown, at: string): string[] {
  const errors: string[] = [];

  const check = (schema: Schema, v: unknown, path: string): void => {
    for (const key of Object.keys(schema)) {
      if (!ANNOTATIONS.has(key) && !KNOWN.has(key))
        throw new Error(`The checker does not know the keyword ${key} (at ${path})`);
    }
    if (typeof schema.$ref === 'string') {
      const m = /^#\/\$defs\/(.+)$/.exec(schema.$ref);
      if (!m) throw new Error(`Only local $refs are supported: ${schema.$ref}`);
      const target = (root.$defs as Record<string, Schema>)[m[1]];
      if (!target) throw new Error(`No $defs/${m[1]}`);
      check(target, v, path);
    }
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
      if (!types.some((t) => typeMatches(v, t))) {
        errors.push(`${path}: type`);
        return;
      }
    }
    if (schema.enum !== undefined && !(schema.enum as unknown[]).some((e) => e === v)) errors.push(`${path}: enum`);
    if (schema.const !== undefined && schema.const !== v) errors.push(`${path}: const`);
    if (typeof v === 'number') {
      if (typeof schema.minimum === 'number' && v < schema.minimum) errors.push(`${path}: minimum`);
      if (typeof schema.maximum === 'number' && v > schema.maximum) errors.push(`${path}: maximum`);
    }
    if (typeof v === 'string' && typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(v)) {
      errors.push(`${path}: pattern`);
    }
    // JSON Schema counts a string's length in characters (code points), not UTF-16 units.
    if (typeof v === 'string' && typeof schema.maxLength === 'number' && [...v].length > schema.maxLength)
      errors.push(`${path}: maxLength`);
    if (Array.isArray(v)) {
      if (typeof schema.minItems === 'number' && v.length < schema.minItems) errors.push(`${path}: minItems`);
      if (typeof schema.maxItems === 'number' && v.length > schema.maxItems) errors.push(`${path}: maxItems`);
    }
    if (Array.isArray(v) && schema.items !== undefined) {
      v.forEach((item, i) => check(schema.items as Schema, item, `${path}/${i}`));
    }
    if (typeOf(v) === 'object') {
      const obj = v as Record<string, unknown>;
      const props = (schema.properties ?? {}) as Record<string, Schema>;
      for (const name of (schema.required ?? []) as string[]) {
        if (!(name in obj)) errors.push(`${path}/${name}: required`);
      }
      for (const [name, value] of Object.entries(obj)) {
        if (props[name]) check(props[name], value, `${path}/${name}`);
        else if (schema.additionalProperties === false) errors.push(`${path}/${name}: additionalProperties`);
      }
    }
    if (Array.isArray(schema.oneOf)) {
      const passing = (schema.oneOf as Schema[]).filter((s) => errorsAgainst(root, s, v, path).length === 0);
      if (passing.length !== 1) errors.push(`${path}: oneOf matched ${passing.length}`);
    }
  };

  check(top, value, at);
  return errors;
}
