/**
 * What the sidebar's server functions do, with the spreadsheet and the lock passed in so the same
 * code runs on Apps Script and on the emulator. Every function checks its request before it
 * touches the sheet, answers with a result object (a bad request, a conflict or a failure is a
 * result in plain words, never an exception), and every function that writes holds the document
 * lock from its read to its last write.
 */
import { EditResult, ExportResult, OpenResult } from '../core/api';
import {
  assertCreateRequest,
  assertEditRequest,
  assertExportRequest,
  assertImportRequest,
  assertOpenRequest,
} from '../core/edit/check-request';
import { sidebarGuide } from '../core/edit/guide';
import { planEdit } from '../core/edit/plan-edit';
import { applyEditPlan } from './apply-plan';
import { canvasNameFromInput } from '../core/layout/names';
import {
  emptyCanvasIn,
  listCanvasSheets,
  metadataOf,
  readCanvas,
  SheetMetadata,
  sidebarStateOf,
  writeNewCanvas,
} from './canvas-sheet';
import { exportCanvasJson, importCanvasJson } from './json-commands';
import { answering, failed, invalid, locked, ServerContext } from './server-function';
import { SheetApi, SpreadsheetApi } from './spreadsheet-api';

/** Messages the server functions share. */
export const WORDS = {
  sheetGone: (name: string) =>
    `The canvas sheet "${name}" is not in this spreadsheet any more (it was renamed or deleted). Press Refresh to pick a canvas.`,
  /** `outcome` says what that means for the call, e.g. "so nothing was changed". */
  unreadable: (name: string, problems: string[], outcome: string) =>
    `The sheet "${name}" cannot be read as a canvas${outcome === '' ? '' : `, ${outcome}`}:\n${problems.map((p) => `• ${p}`).join('\n')}`,
  notCanvas: (name: string) => `The sheet "${name}" is not a canvas.`,
  pickOrMake: "Pick one of this file's canvases, or make a new one.",
  noCanvasYet: 'This spreadsheet has no canvas yet: make one to start.',
} as const;

/** The list of the file's canvases, after `why` (or nothing) says why no canvas is shown. */
function choose(ss: SpreadsheetApi, why: string | null): OpenResult {
  const canvases = listCanvasSheets(ss);
  const next = canvases.length === 0 ? WORDS.noCanvasYet : WORDS.pickOrMake;
  return { ok: true, view: 'choose', guide: sidebarGuide(), message: why === null ? next : `${why} ${next}`, canvases };
}

/** The canvas view of `sheet`, or the list of canvases with the reason it cannot be shown. */
function canvasView(ss: SpreadsheetApi, sheet: SheetApi, sheetName: string, metadata?: SheetMetadata): OpenResult {
  const read = readCanvas(sheet, { sheetName, metadata });
  if (!read.ok) return choose(ss, WORDS.unreadable(sheetName, read.problems, ''));
  return { ok: true, view: 'canvas', guide: sidebarGuide(), state: sidebarStateOf(read, sheetName) };
}

/**
 * The canvas to show: the active sheet when `followActive` and it is a canvas, else the sheet
 * named (made active when the user picked it), else the list of the file's canvases.
 */
export function openCanvas(ctx: ServerContext, request: unknown): OpenResult {
  return answering('The canvas could not be read', () => {
    assertOpenRequest(request);
    const { ss } = ctx;
    let reason: string | null = null;
    if (request.followActive) {
      const active = ss.getActiveSheet();
      const metadata = metadataOf(active);
      const name = active.getName();
      if (metadata.marker !== null) return canvasView(ss, active, name, metadata);
      reason = WORDS.notCanvas(name);
    }
    if (request.sheetName !== null) {
      const sheet = ss.getSheetByName(request.sheetName);
      if (sheet === null) return choose(ss, WORDS.sheetGone(request.sheetName));
      if (!request.followActive) ss.setActiveSheet(sheet);
      return canvasView(ss, sheet, request.sheetName);
    }
    return choose(ss, reason);
  });
}

/** Adds a new empty canvas sheet named as typed, makes it active and shows it. */
export function createCanvas(ctx: ServerContext, request: unknown): OpenResult {
  return answering('The canvas could not be added', () => {
    assertCreateRequest(request);
    const name = canvasNameFromInput(request.name);
    if (!name.ok) return invalid([{ field: 'name', message: name.message }]);
    return locked(ctx, () => {
      const sheet = writeNewCanvas(ctx.ss, emptyCanvasIn(ctx.ss, name.name), ctx.today(), ctx.services);
      ctx.ss.setActiveSheet(sheet);
      return canvasView(ctx.ss, sheet, sheet.getName());
    });
  });
}

/**
 * Makes one change to a canvas: reads the sheet, checks the change against it, writes, and reads
 * the canvas and its KPIs back, all under the document lock.
 */
export function editCanvas(ctx: ServerContext, request: unknown): EditResult {
  return answering('The change could not be saved', () => {
    assertEditRequest(request);
    const { sheetName, edit } = request;
    return locked(ctx, (): EditResult => {
      const sheet = ctx.ss.getSheetByName(sheetName);
      if (sheet === null) return failed(WORDS.sheetGone(sheetName));
      const read = readCanvas(sheet, { sheetName, formulas: true });
      if (!read.ok) return failed(WORDS.unreadable(sheetName, read.problems, 'so nothing was changed'));
      const decision = planEdit(read, [edit]);
      if (!decision.ok) {
        if (decision.reason === 'conflict')
          return { ok: false, reason: 'conflict', message: decision.message, state: sidebarStateOf(read, sheetName) };
        if (decision.reason === 'invalid') return invalid(decision.messages);
        return failed(decision.message);
      }
      applyEditPlan(sheet, decision.plan);
      const after = readCanvas(sheet, {
        sheetName,
        metadata: read.metadata,
        namedRanges: decision.namedRanges,
      });
      if (!after.ok)
        return failed(WORDS.unreadable(sheetName, after.problems, 'so the change was saved but cannot be shown'));
      return { ok: true, state: sidebarStateOf(after, sheetName) };
    });
  });
}

/**
 * Adds the canvas a JSON document describes as a new sheet, makes it active and shows it. A
 * document with problems writes nothing and gets one message per bad field.
 */
export function importCanvas(ctx: ServerContext, request: unknown): OpenResult {
  return answering('The canvas could not be imported', () => {
    assertImportRequest(request);
    return locked(ctx, (): OpenResult => {
      const imported = importCanvasJson(ctx.ss, request.jsonText, ctx.today(), ctx.services);
      if (!imported.ok) return invalid(imported.problems.map((message) => ({ field: '', message })));
      const sheet = ctx.ss.getSheetByName(imported.sheetName);
      if (sheet === null) return failed(WORDS.sheetGone(imported.sheetName));
      ctx.ss.setActiveSheet(sheet);
      return canvasView(ctx.ss, sheet, imported.sheetName);
    });
  });
}

/** The canvas on the sheet named, as a JSON document and a file name to save it under. */
export function exportCanvas(ctx: ServerContext, request: unknown): ExportResult {
  return answering('The canvas could not be exported', () => {
    assertExportRequest(request);
    const sheet = ctx.ss.getSheetByName(request.sheetName);
    if (sheet === null) return failed(WORDS.sheetGone(request.sheetName));
    const exported = exportCanvasJson(sheet);
    if (!exported.ok) return failed(WORDS.unreadable(request.sheetName, exported.problems, 'so it cannot be exported'));
    return exported;
  });
}
