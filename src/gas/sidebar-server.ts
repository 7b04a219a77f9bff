/**
 * What the sidebar's server functions do, with the spreadsheet and the lock passed in so the same
 * code runs on Apps Script and on the emulator. Every function checks its request before it
 * touches the sheet, answers with a result object (a bad request, a conflict or a failure is a
 * result in plain words, never an exception), and every function that writes holds the document
 * lock from its read to its last write.
 */
import { ActiveElsewhere, CanvasRef, EditResult, ExportResult, OpenResult, Refusal } from '../core/api';
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
import { CANVAS_GONE, findCanvas, SheetAt, sheetAt } from './canvas-ref';
import { staleEdit } from '../core/edit/list-versions';
import {
  CanvasRead,
  canvasMarkerOf,
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
  /** `outcome` says what that means for the call, e.g. "so nothing was changed". */
  unreadable: (name: string, problems: string[], outcome: string) =>
    `The sheet "${name}" cannot be read as a canvas${outcome === '' ? '' : `, ${outcome}`}:\n${problems.map((p) => `• ${p}`).join('\n')}`,
  notCanvas: (name: string) => `The sheet "${name}" is not a canvas.`,
  pickOrMake: "Pick one of this file's canvases, or make a new one.",
  noCanvasYet: 'This spreadsheet has no canvas yet: make one to start.',
} as const;

/**
 * The canvas `ref` names, read for a change (its sheet, where it is, and the canvas as read), or
 * the refusal that says why it cannot be changed: gone, or no longer a canvas.
 */
export function canvasToChange(
  ss: SpreadsheetApi,
  ref: CanvasRef,
): { sheet: SheetApi; at: SheetAt; read: Extract<CanvasRead, { ok: true }> } | Refusal {
  const found = findCanvas(ss, ref);
  if (!found.ok) return failed(found.message);
  const { sheet, metadata, at } = found;
  const read = readCanvas(sheet, { sheetName: at.sheetName, metadata });
  if (!read.ok) return failed(WORDS.unreadable(at.sheetName, read.problems, 'so nothing was changed'));
  return { sheet, at, read };
}

/** The list of the file's canvases, after `why` (or nothing) says why no canvas is shown. */
function choose(ss: SpreadsheetApi, why: string | null): OpenResult {
  const canvases = listCanvasSheets(ss);
  const next = canvases.length === 0 ? WORDS.noCanvasYet : WORDS.pickOrMake;
  return { ok: true, view: 'choose', guide: sidebarGuide(), message: why === null ? next : `${why} ${next}`, canvases };
}

/** The canvas view of `sheet`, or the list of canvases with the reason it cannot be shown. */
function canvasView(
  ss: SpreadsheetApi,
  sheet: SheetApi,
  at: SheetAt,
  metadata?: SheetMetadata,
  elsewhere: ActiveElsewhere | null = null,
): OpenResult {
  const read = readCanvas(sheet, { sheetName: at.sheetName, metadata });
  if (!read.ok) return choose(ss, WORDS.unreadable(at.sheetName, read.problems, ''));
  return { ok: true, view: 'canvas', guide: sidebarGuide(), state: sidebarStateOf(read, at), elsewhere };
}

/** The active sheet, as the sidebar is told about it when it shows another canvas. */
function activeElsewhere(active: SheetApi, sheetId: number): ActiveElsewhere {
  const sheetName = active.getName();
  const marker = canvasMarkerOf(active, metadataOf(active));
  return { sheetId, sheetName, prefix: marker === null ? null : marker.prefix };
}

/**
 * The canvas to show. On load (no canvas named): the active sheet when it is a canvas, else the
 * list of the file's canvases. Otherwise the canvas named, found by its sheet's id whatever sheet
 * is active (made active when asked); when another sheet is active, the answer says which, so the
 * sidebar can offer to show it instead of switching under the user.
 */
export function openCanvas(ctx: ServerContext, request: unknown): OpenResult {
  return answering('The canvas could not be read', () => {
    assertOpenRequest(request);
    const { ss } = ctx;
    if (request.canvas === null) {
      const active = ss.getActiveSheet();
      const metadata = metadataOf(active);
      const at = sheetAt(active);
      if (metadata.marker !== null) return canvasView(ss, active, at, metadata);
      return choose(ss, WORDS.notCanvas(at.sheetName));
    }
    const found = findCanvas(ss, request.canvas);
    if (!found.ok) return choose(ss, found.message);
    const { sheet, metadata } = found;
    let elsewhere: ActiveElsewhere | null = null;
    if (request.activate) ss.setActiveSheet(sheet);
    else {
      const active = ss.getActiveSheet();
      const activeId = active.getSheetId();
      if (activeId !== request.canvas.sheetId) elsewhere = activeElsewhere(active, activeId);
    }
    // Asked again: the sheet may have been renamed since the sidebar last saw it.
    const at = { sheetId: request.canvas.sheetId, sheetName: sheet.getName() };
    return canvasView(ss, sheet, at, metadata, elsewhere);
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
      return canvasView(ctx.ss, sheet, sheetAt(sheet));
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
    const { edit, version } = request;
    return locked(ctx, (): EditResult => {
      const found = findCanvas(ctx.ss, request.canvas);
      if (!found.ok) return failed(found.message);
      const { sheet, metadata, at } = found;
      const { sheetName } = at;
      const read = readCanvas(sheet, { sheetName, metadata, formulas: true });
      if (!read.ok) return failed(WORDS.unreadable(sheetName, read.problems, 'so nothing was changed'));
      const decision = staleEdit(read.canvas, edit, version) ?? planEdit({ ...read, sheetName }, [edit]);
      if (!decision.ok) {
        if (decision.reason === 'conflict')
          return { ok: false, reason: 'conflict', message: decision.message, state: sidebarStateOf(read, at) };
        if (decision.reason === 'invalid') return invalid(decision.messages);
        return failed(decision.message);
      }
      applyEditPlan(ctx.ss, sheet, decision.plan);
      const after = readCanvas(sheet, {
        sheetName,
        metadata: read.metadata,
        namedRanges: decision.namedRanges,
      });
      if (!after.ok)
        return failed(WORDS.unreadable(sheetName, after.problems, 'so the change was saved but cannot be shown'));
      return { ok: true, state: sidebarStateOf(after, at) };
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
      if (sheet === null) return failed(CANVAS_GONE(imported.sheetName));
      ctx.ss.setActiveSheet(sheet);
      return canvasView(ctx.ss, sheet, sheetAt(sheet));
    });
  });
}

/** The canvas on the sheet named, as a JSON document and a file name to save it under. */
export function exportCanvas(ctx: ServerContext, request: unknown): ExportResult {
  return answering('The canvas could not be exported', () => {
    assertExportRequest(request);
    const found = findCanvas(ctx.ss, request.canvas);
    if (!found.ok) return failed(found.message);
    const exported = exportCanvasJson(found.sheet);
    if (!exported.ok)
      return failed(WORDS.unreadable(found.at.sheetName, exported.problems, 'so it cannot be exported'));
    return exported;
  });
}
