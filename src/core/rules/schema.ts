/**
 * docs/canvas.schema.json, written from the table: each rule becomes the JSON Schema (draft
 * 2020-12) that accepts what the checker accepts, as far as a schema can say it. `npm run schema`
 * writes the file; a test fails when the file and the table disagree.
 */
import { LIMITS } from './limits';
import { NumberRule, Rule } from './rule';
import { CANVAS } from './table';

type Schema = Record<string, unknown>;

export const SCHEMA_ID = 'https://github.com/bmc-sheets/bmc-sheets/docs/canvas.schema.json';

const BEYOND =
  'Some rules go beyond this schema and are checked on import: names are compared after trimming spaces, ' +
  'so two revenue streams (or two scenarios) may not share a name even in different capitals or spacing; ' +
  'a segment named by a note or a stream is one of the customer segments, a cost’s "stream" one of the revenue streams, ' +
  'and the active scenario one of the scenarios.';

function described(schema: Schema, rule: Rule): Schema {
  return rule.description === undefined ? schema : { ...schema, description: rule.description };
}

function numberSchema(rule: NumberRule): Schema {
  const type = rule.integer === true ? 'integer' : 'number';
  const s: Schema = { type: rule.nullable ? [type, 'null'] : type, minimum: rule.min };
  if (rule.max !== null) s.maximum = rule.max;
  if (rule.default !== undefined) s.default = rule.default;
  return s;
}

/** Writes named records into `defs` once and refers to them by $ref. */
function schemaOf(rule: Rule, defs: Record<string, Schema>): Schema {
  if ((rule.type === 'record' || rule.type === 'variants') && rule.name !== undefined) {
    if (defs[rule.name] === undefined) {
      defs[rule.name] = {}; // taken before its parts are written, should a part refer back
      defs[rule.name] = inline(rule, defs);
    }
    return { $ref: `#/$defs/${rule.name}` };
  }
  return inline(rule, defs);
}

function inline(rule: Rule, defs: Record<string, Schema>): Schema {
  switch (rule.type) {
    case 'text': {
      const s: Schema = { type: 'string' };
      if (rule.maxLength !== undefined) s.maxLength = LIMITS[rule.maxLength];
      if (rule.required && rule.blank !== true) s.pattern = '\\S';
      return described(s, rule);
    }
    case 'number':
      return described(numberSchema(rule), rule);
    case 'choice':
      return described(rule.values.length === 1 ? { const: rule.values[0] } : { enum: [...rule.values] }, rule);
    case 'boolean':
      return described({ type: 'boolean' }, rule);
    case 'pattern':
      return described({ type: 'string', pattern: rule.pattern, default: rule.default }, rule);
    case 'list': {
      const s: Schema = { type: 'array', items: schemaOf(rule.of, defs) };
      if (rule.minItems !== undefined) s.minItems = rule.minItems;
      if (rule.maxItems !== undefined) s.maxItems = rule.maxItems;
      if (rule.default !== undefined) s.default = [...rule.default];
      return described(s, rule);
    }
    case 'record': {
      const properties = Object.fromEntries(Object.entries(rule.fields).map(([k, f]) => [k, schemaOf(f, defs)]));
      const required = Object.entries(rule.fields).flatMap(([k, f]) =>
        'required' in f && f.required && !('default' in f && f.default !== undefined) ? [k] : [],
      );
      const object: Schema = {
        type: 'object',
        properties,
        ...(required.length > 0 ? { required } : {}),
        additionalProperties: false,
      };
      if (rule.shorthand === undefined) return described(object, rule);
      return described({ oneOf: [schemaOf(rule.fields[rule.shorthand], defs), object] }, rule);
    }
    case 'variants':
      return described({ oneOf: rule.options.map((o) => inline(o, defs)) }, rule);
  }
}

/** The JSON Schema of a canvas document. */
export function canvasSchema(): Schema {
  const defs: Record<string, Schema> = {};
  const body = inline(CANVAS, defs);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'Business Model Canvas',
    description: `A Business Model Canvas with its financial drivers, as read and written by bmc-sheets. ${BEYOND}`,
    ...body,
    $defs: defs,
  };
}

/** The schema as the file holds it: two-space indented, with a final newline. */
export function canvasSchemaText(): string {
  return `${JSON.stringify(canvasSchema(), null, 2)}\n`;
}
