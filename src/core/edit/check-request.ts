/**
 * Assertion functions for what the sidebar sends. A server function runs these on its untrusted
 * argument before it touches the sheet; a failure is a RequestError listing every bad field, which
 * the server returns as an "invalid" result (never a stack trace). The fields are judged by the
 * rules table (../rules/table.ts), so a request is held to the same rules as a JSON import.
 */
import {
  AssumptionsRequest,
  AddTemplateRequest,
  CanvasEdit,
  CreateRequest,
  EditRequest,
  ExportRequest,
  FieldMessage,
  HintsRequest,
  ImportRequest,
  NewFromTemplateRequest,
  OpenRequest,
  UndoTemplateRequest,
  WhatIfRequest,
} from '../api';
import { BlockId, NOTE_BLOCK_IDS } from '../model';
import { Checker, fieldPath, isRecord } from '../rules/check';
import { RecordRule, Rule } from '../rules/rule';
import {
  CANVAS_SHEET,
  COST,
  NOTE,
  SEGMENT,
  STREAM,
  TEMPLATE_REQUESTS,
  WHAT_IF_REQUEST,
  ASSUMPTIONS_REQUEST,
  wholeNumber,
} from '../rules/table';

export class RequestError extends Error {
  constructor(readonly messages: FieldMessage[]) {
    super(messages.map((m) => (m.field === '' ? m.message : `${m.field}: ${m.message}`)).join('\n'));
    this.name = 'RequestError';
  }
}

const BLOCK_IDS: readonly BlockId[] = [...NOTE_BLOCK_IDS, 'revenueStreams', 'costStructure'];
const EDIT_KINDS = ['add', 'update', 'delete', 'move'] as const;
type EditKind = (typeof EDIT_KINDS)[number];
const POSITION = wholeNumber('a position (0, 1, 2…)');
const EDIT_FIELDS: Record<EditKind, string[]> = {
  add: ['kind', 'block', 'value', 'at'],
  update: ['kind', 'block', 'index', 'expected', 'value'],
  delete: ['kind', 'block', 'index', 'expected'],
  move: ['kind', 'block', 'index', 'expected', 'to'],
};

/** The rule for one entry of a block: a customer segment, another block's note, a stream or a cost. */
export function entryRule(block: BlockId): Rule {
  if (block === 'revenueStreams') return STREAM;
  if (block === 'costStructure') return COST;
  return block === 'customerSegments' ? SEGMENT : NOTE;
}

/** Runs `check` on a fresh checker and throws what it found, if anything. */
function judged(x: unknown, check: (c: Checker, x: unknown) => void): void {
  const c = new Checker();
  check(c, x);
  if (c.problems.length > 0) throw new RequestError(c.problems);
}

/** Checks `x` as an object with `fields`, each by its rule (no other field allowed). */
function byRules(fields: Readonly<Record<string, Rule>>): (c: Checker, x: unknown) => void {
  const rule: RecordRule = { type: 'record', required: true, fields };
  return (c, x) => c.check(rule, x, '');
}

function checkEdit(c: Checker, x: unknown, field: string): void {
  if (!isRecord(x)) return void c.expected(field, 'an object', x);
  const kind = c.check({ type: 'choice', values: EDIT_KINDS, required: true }, x.kind, fieldPath(field, 'kind')) as
    | EditKind
    | undefined;
  const block = c.check({ type: 'choice', values: BLOCK_IDS, required: true }, x.block, fieldPath(field, 'block')) as
    | BlockId
    | undefined;
  if (kind === undefined || block === undefined) return;
  const allowed = EDIT_FIELDS[kind];
  for (const key of Object.keys(x))
    if (!allowed.includes(key)) c.add(fieldPath(field, key), `unknown field (allowed here: ${allowed.join(', ')})`);
  if (kind !== 'add') {
    c.check(POSITION, x.index, fieldPath(field, 'index'));
    // The expected entry was read from the sheet, so only its shape is checked, not its limits.
    const named = block === 'revenueStreams' || block === 'costStructure' ? 'name' : 'text';
    const expected = x.expected;
    if (!isRecord(expected)) c.expected(fieldPath(field, 'expected'), 'the entry as last seen', expected);
    else if (typeof expected[named] !== 'string')
      c.expected(fieldPath(field, `expected.${named}`), 'text', expected[named]);
  }
  if (kind === 'add' || kind === 'update') c.check(entryRule(block), x.value, fieldPath(field, 'value'));
  if (kind === 'move') c.check(POSITION, x.to, fieldPath(field, 'to'));
  if (kind === 'add' && x.at !== undefined) c.check(POSITION, x.at, fieldPath(field, 'at'));
}

export function assertOpenRequest(x: unknown): asserts x is OpenRequest {
  judged(x, (c, r) => {
    if (!isRecord(r)) return void c.expected('', 'an object', r);
    for (const key of Object.keys(r))
      if (key !== 'canvas' && key !== 'activate') c.add(key, 'unknown field (allowed here: canvas, activate)');
    // null asks for the active sheet (a sidebar that shows no canvas yet).
    if (r.canvas !== null) c.check(CANVAS_SHEET, r.canvas, 'canvas');
    c.check({ type: 'boolean' }, r.activate, 'activate');
  });
}

export function assertCreateRequest(x: unknown): asserts x is CreateRequest {
  // Blank asks for the default name; canvasNameFromInput judges the rest, as for the menu's prompt.
  judged(x, byRules({ name: { type: 'text', required: true, trim: false, blank: true } }));
}

/**
 * An edit request. Field paths of the new entry start with "edit.value" (e.g. "edit.value.price"),
 * so the sidebar can show each message beside its field.
 */
export function assertEditRequest(x: unknown): asserts x is EditRequest & { edit: CanvasEdit } {
  judged(x, (c, r) => {
    if (!isRecord(r)) return void c.expected('', 'an object', r);
    for (const key of Object.keys(r))
      if (key !== 'canvas' && key !== 'version' && key !== 'edit')
        c.add(key, 'unknown field (allowed here: canvas, version, edit)');
    c.check(CANVAS_SHEET, r.canvas, 'canvas');
    c.check({ type: 'text', required: true, trim: false }, r.version, 'version');
    checkEdit(c, r.edit, 'edit');
  });
}

export function assertImportRequest(x: unknown): asserts x is ImportRequest {
  // Its content is the importer's to judge, field by field.
  judged(x, byRules({ jsonText: { type: 'text', required: true, trim: false, blank: true } }));
}

export function assertExportRequest(x: unknown): asserts x is ExportRequest {
  judged(x, byRules({ canvas: CANVAS_SHEET }));
}

export function assertAssumptionsRequest(x: unknown): asserts x is AssumptionsRequest {
  judged(x, (c, r) => c.check(ASSUMPTIONS_REQUEST, r, ''));
}

export function assertWhatIfRequest(x: unknown): asserts x is WhatIfRequest {
  judged(x, (c, r) => c.check(WHAT_IF_REQUEST, r, ''));
}

export function assertNewFromTemplateRequest(x: unknown): asserts x is NewFromTemplateRequest {
  judged(x, (c, r) => c.check(TEMPLATE_REQUESTS.newCanvas, r, ''));
}

export function assertAddTemplateRequest(x: unknown): asserts x is AddTemplateRequest {
  judged(x, (c, r) => c.check(TEMPLATE_REQUESTS.addToCanvas, r, ''));
}

export function assertUndoTemplateRequest(x: unknown): asserts x is UndoTemplateRequest {
  judged(x, (c, r) => c.check(TEMPLATE_REQUESTS.undo, r, ''));
}

export function assertHintsRequest(x: unknown): asserts x is HintsRequest {
  judged(x, (c, r) => c.check(TEMPLATE_REQUESTS.hints, r, ''));
}
