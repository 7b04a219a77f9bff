/** Names a new canvas can take: a free sheet name and a named-range prefix. */
import { LIMITS, SHEET_NAME_LENGTH } from '../rules/limits';

/** Characters the spreadsheet programs that open our exports refuse in sheet names. */
const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/; // no g flag: .test() must not keep state

export const DEFAULT_CANVAS_NAME = 'My business model';
export const MAX_CANVAS_NAME_LENGTH = LIMITS.canvasNameLength;

export type CanvasNameResult = { ok: true; name: string } | { ok: false; message: string };

/** The name to use for what the user typed: trimmed, the default when empty, or why it cannot be used. */
export function canvasNameFromInput(typed: string): CanvasNameResult {
  const name = typed.trim();
  if (name === '') return { ok: true, name: DEFAULT_CANVAS_NAME };
  const length = [...name].length;
  if (length > MAX_CANVAS_NAME_LENGTH) {
    return {
      ok: false,
      message: `A canvas name can have at most ${MAX_CANVAS_NAME_LENGTH} characters; "${name.slice(0, 30)}…" has ${length}. Please choose a shorter name.`,
    };
  }
  const forbidden = [...new Set(name.match(SHEET_NAME_FORBIDDEN) ?? [])];
  if (forbidden.length > 0) {
    return {
      ok: false,
      message: `The canvas name "${name}" contains ${forbidden.join(' ')}. Sheet names cannot hold the characters : \\ / ? * [ ] so please leave them out.`,
    };
  }
  if (CONTROL_CHARACTERS.test(name)) {
    return { ok: false, message: 'A canvas name must be one line of text without tabs or line breaks.' };
  }
  return { ok: true, name };
}

/** A sheet name for a canvas name: forbidden characters become spaces, short enough for a " (n)" suffix. */
export function sheetNameFor(canvasName: string): string {
  const cleaned = [
    ...canvasName
      .replace(SHEET_NAME_FORBIDDEN, ' ')
      .replace(new RegExp(CONTROL_CHARACTERS.source, 'g'), ' ')
      .replace(/^'+|'+$/g, '')
      .trim(),
  ]
    .slice(0, SHEET_NAME_LENGTH - 5)
    .join('')
    .trim();
  return cleaned === '' ? 'Canvas' : cleaned;
}

/** `wanted`, or `wanted (2)`, `wanted (3)`… whichever is not taken yet. */
export function uniqueName(wanted: string, isTaken: (candidate: string) => boolean): string {
  if (!isTaken(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted} (${n})`;
    if (!isTaken(candidate)) return candidate;
  }
}

/** Prefixes Sheets would refuse as the start of a name, or that read as a cell reference. */
const REFUSED_PREFIX = /^([A-Za-z]{1,3}[0-9]+|[RrCc][0-9]*|[Rr][0-9]*[Cc][0-9]*)$|^(true|false)/i;

/** `words` made safe to begin a range name: "Q1" → "C_Q1", "True north" → "C_TrueNorth". */
function safePrefix(words: string): string {
  return REFUSED_PREFIX.test(words) ? `C_${words}` : words;
}

/**
 * A named-range prefix from a canvas name, so that every `<prefix>_<Suffix>` follows Sheets' rules
 * for names: ASCII letters, digits and underscores, starting with a letter, not starting with
 * TRUE or FALSE, never shaped like a cell reference, far below 250 characters.
 */
export function prefixFromName(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim();
  let words = ascii
    .split(' ')
    .filter((w) => w !== '')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
  if (words === '') words = 'Canvas';
  if (!/^[A-Za-z]/.test(words)) words = `C${words}`;
  return safePrefix(words.slice(0, 40));
}

/**
 * A prefix not used by any of the existing names. Sheets ignores case in names, so "ACME" after
 * "acme" gets "ACME2" rather than taking over the first canvas's names.
 */
export function uniquePrefix(name: string, existingNames: readonly string[]): string {
  const base = prefixFromName(name);
  const lowerNames = existingNames.map((n) => n.toLowerCase());
  const taken = (p: string) => lowerNames.some((n) => n.startsWith(`${p.toLowerCase()}_`));
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = safePrefix(`${base}${n}`);
    if (!taken(candidate)) return candidate;
  }
}
