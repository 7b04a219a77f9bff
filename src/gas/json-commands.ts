/**
 * Server functions behind the sidebar's JSON buttons: import a canvas document as a new sheet,
 * and export a canvas sheet as a document (docs/canvas.schema.json).
 */
import { canvasToJson, parseCanvasJson } from '../core/canvas-json';
import { appsScriptServices, PlanServices } from './apply-plan';
import { readCanvas, writeNewCanvas } from './canvas-sheet';
import { SheetApi, SpreadsheetApi } from './spreadsheet-api';

export type JsonImportResult = { ok: true; sheetName: string } | { ok: false; problems: string[] };
export type JsonExportResult = { ok: true; json: string; fileName: string } | { ok: false; problems: string[] };

/** Larger than any real canvas; a bigger text is refused before it is parsed. */
export const MAX_JSON_LENGTH = 2_000_000;

/**
 * Adds a new sheet laid out from the JSON canvas `jsonText`, or lists what is wrong with the text
 * field by field; nothing is written unless the whole document is valid.
 */
export function importCanvasJson(
  ss: SpreadsheetApi,
  jsonText: unknown,
  createdOn: string,
  services: PlanServices = appsScriptServices(),
): JsonImportResult {
  if (typeof jsonText !== 'string') return { ok: false, problems: ['Expected the text of a JSON canvas document.'] };
  if (jsonText.length > MAX_JSON_LENGTH) {
    return {
      ok: false,
      problems: [`The text is too long for a canvas (${jsonText.length} characters; at most ${MAX_JSON_LENGTH}).`],
    };
  }
  const parsed = parseCanvasJson(jsonText);
  if (!parsed.ok) return parsed;
  const sheet = writeNewCanvas(ss, parsed.canvas, createdOn, services);
  return { ok: true, sheetName: sheet.getName() };
}

function fileNameFor(sheetName: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: file names must not hold control characters.
  const base = sheetName.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim();
  return `${base === '' ? 'canvas' : base}.json`;
}

/** The canvas on `sheet` as JSON text, assumptions, scenarios and pattern check included, or what stops it from being read. */
export function exportCanvasJson(sheet: SheetApi): JsonExportResult {
  const read = readCanvas(sheet);
  if (!read.ok) return read;
  return { ok: true, json: canvasToJson(read.canvas), fileName: fileNameFor(sheet.getName()) };
}
