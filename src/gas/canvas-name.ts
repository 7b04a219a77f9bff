/** Checks the canvas name a user typed before anything is written. */

export const DEFAULT_CANVAS_NAME = 'My business model';
export const MAX_CANVAS_NAME_LENGTH = 80;

/** Spreadsheet programs refuse these in sheet names (Excel and LibreOffice, which open our exports). */
const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/g;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

export type CanvasNameResult = { ok: true; name: string } | { ok: false; message: string };

/** The name to use for what the user typed: trimmed, the default when empty, or why it cannot be used. */
export function canvasNameFromInput(typed: string): CanvasNameResult {
  const name = typed.trim();
  if (name === '') return { ok: true, name: DEFAULT_CANVAS_NAME };
  const characters = [...name];
  if (characters.length > MAX_CANVAS_NAME_LENGTH) {
    const start = characters.slice(0, 30).join('');
    return {
      ok: false,
      message: `A canvas name can have at most ${MAX_CANVAS_NAME_LENGTH} characters; "${start}…" has ${characters.length}. Please choose a shorter name.`,
    };
  }
  const forbidden = [...new Set(name.match(SHEET_NAME_FORBIDDEN) ?? [])];
  if (forbidden.length > 0) {
    return {
      ok: false,
      message: `The canvas name "${name}" contains ${forbidden.join(' ')}. Spreadsheet programs such as Excel do not allow : \\ / ? * [ ] in sheet names, so please leave them out.`,
    };
  }
  if (CONTROL_CHARACTERS.test(name)) {
    return { ok: false, message: 'A canvas name must be one line of text without tabs or line breaks.' };
  }
  return { ok: true, name };
}
