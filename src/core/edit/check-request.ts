/**
 * Assertion functions for what the sidebar sends. A server function runs these on its untrusted
 * argument before it touches the sheet; a failure is a RequestError listing every bad field, which
 * the server returns as an "invalid" result (never a stack trace).
 */
import {
  CanvasEdit,
  CreateRequest,
  EditRequest,
  ExportRequest,
  FieldMessage,
  ImportRequest,
  OpenRequest,
} from '../api';
import { STREAM_TYPE_IDS } from '../finance/catalogue';
import { BlockId, NOTE_BLOCK_IDS, StreamType } from '../model';
import { LIMITS } from './limits';

export class RequestError extends Error {
  constructor(readonly messages: FieldMessage[]) {
    super(messages.map((m) => (m.field === '' ? m.message : `${m.field}: ${m.message}`)).join('\n'));
    this.name = 'RequestError';
  }
}

const BLOCK_IDS: readonly BlockId[] = [...NOTE_BLOCK_IDS, 'revenueStreams', 'costStructure'];
const EDIT_KINDS = ['add', 'update', 'delete', 'move'] as const;
const MAX_SHEET_NAME = 100;

type Rec = Record<string, unknown>;

export function isRecord(x: unknown): x is Rec {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** How an unexpected value reads in a message. */
export function shown(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v.length > 30 ? `${v.slice(0, 30)}…` : v);
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  return String(v);
}

/** Collects the problems of one request, field by field. */
class Checker {
  readonly messages: FieldMessage[] = [];

  fail(field: string, message: string): void {
    this.messages.push({ field, message });
  }

  record(x: unknown, field: string): Rec | null {
    if (isRecord(x)) return x;
    this.fail(field, `expected an object, got ${shown(x)}`);
    return null;
  }

  text(x: unknown, field: string, what: string, max: number, required: boolean): void {
    if (typeof x !== 'string') {
      this.fail(field, `${what} must be text, got ${shown(x)}`);
      return;
    }
    if (required && x.trim() === '') this.fail(field, `${what} cannot be empty`);
    else if ([...x].length > max)
      this.fail(field, `${what} can have at most ${max} characters; this one has ${[...x].length}`);
  }

  optionalText(x: unknown, field: string, what: string, max: number): void {
    if (x !== undefined) this.text(x, field, what, max, false);
  }

  /** A number ≥ 0 (at most `max`), or null for "not given yet". */
  amount(x: unknown, field: string, what: string, max: number | null): void {
    if (x === null) return;
    const range = max === null ? 'a number of 0 or more' : `a number between 0 and ${max}`;
    if (typeof x !== 'number' || !Number.isFinite(x) || x < 0 || (max !== null && x > max)) {
      this.fail(field, `${what} must be ${range}, got ${shown(x)}`);
    }
  }

  index(x: unknown, field: string): void {
    if (typeof x !== 'number' || !Number.isInteger(x) || x < 0)
      this.fail(field, `expected a position (0, 1, 2…), got ${shown(x)}`);
  }

  oneOf<T extends string>(x: unknown, allowed: readonly T[], field: string, what: string): x is T {
    if (typeof x === 'string' && (allowed as readonly string[]).includes(x)) return true;
    this.fail(field, `${what} must be one of ${allowed.join(', ')}, got ${shown(x)}`);
    return false;
  }

  onlyKeys(r: Rec, allowed: readonly string[], field: string): void {
    for (const key of Object.keys(r)) {
      if (!allowed.includes(key)) this.fail(field === '' ? key : `${field}.${key}`, 'is not a field of this request');
    }
  }

  /** Throws the collected problems, if any. */
  done(): void {
    if (this.messages.length > 0) throw new RequestError(this.messages);
  }
}

function checkItem(c: Checker, x: unknown, field: string, block: BlockId): void {
  const r = c.record(x, field);
  if (!r) return;
  c.onlyKeys(r, ['text', 'category', 'segment'], field);
  c.text(r.text, `${field}.text`, 'The text', LIMITS.textLength, true);
  c.optionalText(r.category, `${field}.category`, 'The category', LIMITS.categoryLength);
  if (block === 'customerSegments' && r.segment !== undefined) {
    c.fail(`${field}.segment`, 'a customer segment cannot be linked to a segment');
  } else {
    c.optionalText(r.segment, `${field}.segment`, 'The segment', LIMITS.textLength);
  }
}

function checkStream(c: Checker, x: unknown, field: string): void {
  const r = c.record(x, field);
  if (!r) return;
  c.onlyKeys(r, ['name', 'type', 'price', 'volume', 'segment'], field);
  c.text(r.name, `${field}.name`, 'The name', LIMITS.textLength, true);
  c.oneOf<StreamType>(r.type, STREAM_TYPE_IDS, `${field}.type`, 'The type');
  c.amount(r.price, `${field}.price`, 'The price', null);
  c.amount(r.volume, `${field}.volume`, 'The volume', null);
  c.optionalText(r.segment, `${field}.segment`, 'The segment', LIMITS.textLength);
}

function checkCost(c: Checker, x: unknown, field: string): void {
  const r = c.record(x, field);
  if (!r) return;
  c.text(r.name, `${field}.name`, 'The name', LIMITS.textLength, true);
  if (r.behavior === 'fixed') {
    c.onlyKeys(r, ['name', 'behavior', 'amount'], field);
    c.amount(r.amount, `${field}.amount`, 'The amount', null);
  } else if (r.behavior === 'variable') {
    if (c.oneOf(r.per, ['unit', 'revenue'] as const, `${field}.per`, 'A variable cost’s "per"')) {
      c.onlyKeys(
        r,
        r.per === 'unit' ? ['name', 'behavior', 'per', 'amount', 'stream'] : ['name', 'behavior', 'per', 'amount'],
        field,
      );
      if (r.per === 'unit') c.optionalText(r.stream, `${field}.stream`, 'The stream', LIMITS.textLength);
      c.amount(
        r.amount,
        `${field}.amount`,
        r.per === 'revenue' ? 'A share of revenue' : 'The amount',
        r.per === 'revenue' ? 1 : null,
      );
    }
  } else {
    c.fail(`${field}.behavior`, `The behaviour must be "fixed" or "variable", got ${shown(r.behavior)}`);
  }
}

function checkValue(c: Checker, x: unknown, field: string, block: BlockId): void {
  if (block === 'revenueStreams') checkStream(c, x, field);
  else if (block === 'costStructure') checkCost(c, x, field);
  else checkItem(c, x, field, block);
}

function checkSheetName(c: Checker, x: unknown, field: string): void {
  c.text(x, field, 'The sheet name', MAX_SHEET_NAME, true);
}

function checkEdit(c: Checker, x: unknown, field: string): void {
  const r = c.record(x, field);
  if (!r) return;
  const kindOk = c.oneOf(r.kind, EDIT_KINDS, `${field}.kind`, 'The change');
  const blockOk = c.oneOf(r.block, BLOCK_IDS, `${field}.block`, 'The block');
  if (!kindOk || !blockOk) return;
  const block = r.block as BlockId;
  const keys: Record<(typeof EDIT_KINDS)[number], string[]> = {
    add: ['kind', 'block', 'value'],
    update: ['kind', 'block', 'index', 'expected', 'value'],
    delete: ['kind', 'block', 'index', 'expected'],
    move: ['kind', 'block', 'index', 'expected', 'to'],
  };
  const kind = r.kind as (typeof EDIT_KINDS)[number];
  c.onlyKeys(r, keys[kind], field);
  if (kind !== 'add') {
    c.index(r.index, `${field}.index`);
    // The expected entry was read from the sheet, so only its shape is checked, not its limits.
    const named = block === 'revenueStreams' || block === 'costStructure' ? 'name' : 'text';
    if (!isRecord(r.expected)) c.fail(`${field}.expected`, `expected the entry as last seen, got ${shown(r.expected)}`);
    else if (typeof r.expected[named] !== 'string')
      c.fail(`${field}.expected.${named}`, `expected text, got ${shown(r.expected[named])}`);
  }
  if (kind === 'add' || kind === 'update') checkValue(c, r.value, `${field}.value`, block);
  if (kind === 'move') c.index(r.to, `${field}.to`);
}

export function assertOpenRequest(x: unknown): asserts x is OpenRequest {
  const c = new Checker();
  const r = c.record(x, '');
  if (r) {
    c.onlyKeys(r, ['sheetName', 'followActive'], '');
    if (r.sheetName !== null) checkSheetName(c, r.sheetName, 'sheetName');
    if (typeof r.followActive !== 'boolean')
      c.fail('followActive', `expected true or false, got ${shown(r.followActive)}`);
  }
  c.done();
}

export function assertCreateRequest(x: unknown): asserts x is CreateRequest {
  const c = new Checker();
  const r = c.record(x, '');
  if (r) {
    c.onlyKeys(r, ['name'], '');
    if (typeof r.name !== 'string') c.fail('name', `The name must be text, got ${shown(r.name)}`);
  }
  c.done();
}

/**
 * An edit request. Field paths of the new entry start with "edit.value" (e.g. "edit.value.price"),
 * so the sidebar can show each message beside its field.
 */
export function assertEditRequest(x: unknown): asserts x is EditRequest & { edit: CanvasEdit } {
  const c = new Checker();
  const r = c.record(x, '');
  if (r) {
    c.onlyKeys(r, ['sheetName', 'edit'], '');
    checkSheetName(c, r.sheetName, 'sheetName');
    checkEdit(c, r.edit, 'edit');
  }
  c.done();
}

export function assertImportRequest(x: unknown): asserts x is ImportRequest {
  const c = new Checker();
  const r = c.record(x, '');
  if (r) {
    c.onlyKeys(r, ['jsonText'], '');
    // Its content is the importer's to judge, field by field.
    if (typeof r.jsonText !== 'string') c.fail('jsonText', `expected the file's text, got ${shown(r.jsonText)}`);
  }
  c.done();
}

export function assertExportRequest(x: unknown): asserts x is ExportRequest {
  const c = new Checker();
  const r = c.record(x, '');
  if (r) {
    c.onlyKeys(r, ['sheetName'], '');
    checkSheetName(c, r.sheetName, 'sheetName');
  }
  c.done();
}
