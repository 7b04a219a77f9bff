/**
 * What Sheets stores when a value is written or typed: "=..." becomes a formula, a leading
 * apostrophe makes literal text (dropped from the stored text), numbers, percentages, $ amounts,
 * TRUE/FALSE and dates are recognised. A cell formatted "@" (plain text) keeps strings as given.
 */
import type { RawCellContent } from 'hyperformula';
import { dateToSerial, partsToSerial } from './dates';
import { DEFAULT_DATE_FORMAT } from './number-format';

export type StoredContent =
  | { kind: 'empty' }
  | { kind: 'formula'; formula: string }
  | { kind: 'text'; text: string }
  | { kind: 'boolean'; value: boolean }
  /** `impliedFormat` is the number format Sheets gives a cell still on the automatic format. */
  | { kind: 'number'; value: number; impliedFormat?: string };

const EMPTY: StoredContent = { kind: 'empty' };
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))%$/;
const DOLLARS = /^([+-]?)\$(\d{1,3}(,\d{3})+(\.\d+)?|\d+\.?\d*|\.\d+)$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function dateContent(year: number, month: number, day: number, format: string): StoredContent | null {
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const serial = partsToSerial({ year, month, day, hour: 0, minute: 0, second: 0, millisecond: 0 });
  return { kind: 'number', value: serial, impliedFormat: format };
}

function recognisedNumber(text: string): StoredContent | null {
  const t = text.trim();
  if (PLAIN_NUMBER.test(t)) return { kind: 'number', value: Number(t) };
  if (GROUPED_NUMBER.test(t)) {
    return {
      kind: 'number',
      value: Number(t.replace(/,/g, '')),
      impliedFormat: t.includes('.') ? '#,##0.00' : '#,##0',
    };
  }
  let m = PERCENT.exec(t);
  if (m) return { kind: 'number', value: Number(m[1]) / 100, impliedFormat: m[1].includes('.') ? '0.00%' : '0%' };
  m = DOLLARS.exec(t);
  if (m) {
    const amount = Number(m[2].replace(/,/g, ''));
    return {
      kind: 'number',
      value: m[1] === '-' ? -amount : amount,
      impliedFormat: m[2].includes('.') ? '$#,##0.00' : '$#,##0',
    };
  }
  m = ISO_DATE.exec(t);
  if (m) return dateContent(Number(m[1]), Number(m[2]), Number(m[3]), 'yyyy-mm-dd');
  m = US_DATE.exec(t);
  if (m) return dateContent(Number(m[3]), Number(m[1]), Number(m[2]), DEFAULT_DATE_FORMAT);
  return null;
}

/**
 * Parses a string the way Sheets reads what a user types (and what setValue writes).
 * `plainText`: the cell's number format is "@", so the string is stored exactly as given.
 */
export function parseEntry(text: string, plainText: boolean): StoredContent {
  if (text === '') return EMPTY;
  if (plainText) return { kind: 'text', text };
  if (text.startsWith("'")) return { kind: 'text', text: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { kind: 'formula', formula: text };
  if (/^(true|false)$/i.test(text.trim())) return { kind: 'boolean', value: text.trim().toLowerCase() === 'true' };
  return recognisedNumber(text) ?? { kind: 'text', text };
}

/** What setValue/setValues stores for a JavaScript value. */
export function contentFromValue(value: unknown, plainText: boolean, timeZone: string): StoredContent {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'number')
    return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'text', text: String(value) };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const serial = dateToSerial(value as Date, timeZone);
    return {
      kind: 'number',
      value: serial,
      impliedFormat: Number.isInteger(serial) ? DEFAULT_DATE_FORMAT : `${DEFAULT_DATE_FORMAT} H:mm:ss`,
    };
  }
  return parseEntry(String(value), plainText);
}

/** The content handed to the formula engine: text always carries an apostrophe so it is never parsed. */
export function engineContent(content: StoredContent): RawCellContent {
  switch (content.kind) {
    case 'empty':
      return null;
    case 'formula':
      return content.formula;
    case 'text':
      return `'${content.text}`;
    default:
      return content.value;
  }
}

/** The stored content read back from the engine's raw form. */
export function contentFromEngine(raw: RawCellContent): StoredContent {
  if (raw === null || raw === undefined || raw === '') return EMPTY;
  if (typeof raw === 'number') return { kind: 'number', value: raw };
  if (typeof raw === 'boolean') return { kind: 'boolean', value: raw };
  if (typeof raw !== 'string') throw new Error(`Unexpected stored content: ${String(raw)}`);
  if (raw.startsWith('=')) return { kind: 'formula', formula: raw };
  return { kind: 'text', text: raw.startsWith("'") ? raw.slice(1) : raw };
}
