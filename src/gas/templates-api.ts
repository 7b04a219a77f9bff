/**
 * Server functions behind the template gallery and the pattern hints: list the templates, make a
 * canvas from one, add a template's items to a canvas, and say which patterns a canvas resembles.
 * Each checks its arguments before anything touches the sheet and answers with a result object,
 * never a stack trace.
 */
import { CanvasEdit, FieldMessage, Refusal } from '../core/api';
import { RequestError } from '../core/edit/check-request';
import { planEdit } from '../core/edit/plan-edit';
import { FinanceGeometry } from '../core/layout/geometry';
import { Hint, patternHints } from '../core/patterns';
import {
  additionsFor,
  describeAdditions,
  GalleryEntry,
  galleryEntries,
  PATTERN_CHECK_KEY,
  PatternCheckRead,
  patternCheckArea,
  readPatternCheck,
  templateCanvas,
  unknownTemplateMessage,
} from '../core/patterns/sheet';
import { appsScriptServices } from './apply-plan';
import { readCanvas, writeNewCanvas } from './canvas-sheet';
import { LOCK_WAIT_MS, ServerContext } from './sidebar-server';
import { readForSidebar } from './sidebar-read';
import { applyEditPlan } from './sidebar-writes';
import { SheetApi } from './spreadsheet-api';

export type GalleryResult = { ok: true; templates: GalleryEntry[] };
export type NewFromTemplateResult = { ok: true; sheetName: string } | Refusal;
/** `added` lists what was added, one line per item ("Channels: App stores"); empty when the canvas had it all. */
export type AddTemplateResult = { ok: true; sheetName: string; added: string[] } | Refusal;
export type HintsResult = { ok: true; hints: Hint[] } | Refusal;

const failed = (message: string): Refusal => ({ ok: false, reason: 'failed', message });
const invalid = (...messages: FieldMessage[]): Refusal => ({ ok: false, reason: 'invalid', messages });

/** The pattern check on a canvas sheet, read in two spreadsheet calls (its record, its cells). */
export function readPatternCheckOn(sheet: SheetApi, finance: FinanceGeometry): PatternCheckRead {
  const stored = sheet.getDeveloperMetadata().find((m) => m.getKey() === PATTERN_CHECK_KEY)?.getValue() ?? null;
  if (stored === null) return { problems: [] };
  const area = patternCheckArea(finance, stored);
  const grid = area === null ? [] : sheet.getRange(1, 1, area.numRows, area.numColumns).getValues();
  return readPatternCheck(grid, finance, stored);
}

function checkTemplateId(id: unknown): Refusal | null {
  if (typeof id === 'string' && templateCanvas(id) !== undefined) return null;
  return invalid({ field: 'id', message: unknownTemplateMessage(id) });
}

function checkSheetName(sheetName: unknown): Refusal | null {
  if (typeof sheetName === 'string' && sheetName.trim() !== '') return null;
  return invalid({ field: 'sheetName', message: 'Expected the name of a canvas sheet.' });
}

/** Runs `run`, turning any unexpected error into a "failed" result (the stack goes to the log only). */
function answering<R>(what: string, run: () => R | Refusal): R | Refusal {
  try {
    return run();
  } catch (err) {
    if (err instanceof RequestError) return invalid(...err.messages);
    if (typeof console !== 'undefined') console.error(err);
    return failed(`${what}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function locked<R>(ctx: ServerContext, write: () => R | Refusal): R | Refusal {
  const lock = ctx.documentLock();
  if (lock === null) return failed('The add-on could not get hold of this spreadsheet to change it safely. Nothing was changed.');
  if (!lock.tryLock(LOCK_WAIT_MS)) return failed('Another change to this spreadsheet is still being saved. Nothing was changed; please try again.');
  try {
    return write();
  } finally {
    lock.releaseLock();
  }
}

/** Every template as the gallery shows it. */
export function galleryOf(): GalleryResult {
  return { ok: true, templates: galleryEntries() };
}

/** Adds a new canvas sheet laid out from the template `id`, pattern check included, and makes it active. */
export function newCanvasFromTemplateIn(ctx: ServerContext, id: unknown): NewFromTemplateResult {
  return answering('The canvas could not be made from the template', () => {
    const bad = checkTemplateId(id);
    if (bad) return bad;
    return locked(ctx, () => {
      const sheet = writeNewCanvas(ctx.ss, templateCanvas(id as string)!, ctx.today(), ctx.services);
      ctx.ss.setActiveSheet(sheet);
      return { ok: true as const, sheetName: sheet.getName() };
    });
  });
}

/**
 * Adds to the canvas on `sheetName` every item of template `id` it does not have yet (compared by
 * text or name, ignoring case), one list entry at a time through the same path as a sidebar edit,
 * so the user's items are never overwritten, moved or duplicated. Says what it added.
 */
export function addTemplateToCanvasIn(ctx: ServerContext, sheetName: unknown, id: unknown): AddTemplateResult {
  return answering('The template could not be added', () => {
    const bad = checkSheetName(sheetName) ?? checkTemplateId(id);
    if (bad) return bad;
    const name = sheetName as string;
    return locked(ctx, (): AddTemplateResult => {
      const sheet = ctx.ss.getSheetByName(name);
      if (sheet === null) return failed(`There is no sheet "${name}" in this spreadsheet any more.`);
      const first = readForSidebar(sheet, name, { formulas: false });
      if (!first.ok) return failed(`The sheet "${name}" cannot be read as a canvas, so nothing was added:\n${first.problems.map((p) => `• ${p}`).join('\n')}`);
      const additions = additionsFor(first.onSheet.canvas, templateCanvas(id as string)!);
      const edits: CanvasEdit[] = [
        ...additions.notes.map((n): CanvasEdit => ({ kind: 'add', block: n.block, value: n.item })),
        ...additions.streams.map((s): CanvasEdit => ({ kind: 'add', block: 'revenueStreams', value: s })),
        ...additions.costs.map((c): CanvasEdit => ({ kind: 'add', block: 'costStructure', value: c })),
      ];
      const lines = describeAdditions(additions);
      for (let i = 0; i < edits.length; i++) {
        const read = readForSidebar(sheet, name, { formulas: true, metadata: first.metadata });
        const decision = read.ok ? planEdit(read.onSheet, read.grid, edits[i]) : null;
        if (decision === null || !decision.ok) {
          const why = decision === null ? 'the canvas could not be read' : decision.reason === 'invalid' ? decision.messages.map((m) => m.message).join('; ') : decision.message;
          const done = lines.slice(0, i);
          return failed(`Stopped before adding “${lines[i]}” (${why}). ${done.length === 0 ? 'Nothing was added.' : `Added so far: ${done.join('; ')}.`}`);
        }
        applyEditPlan(sheet, decision.plan);
      }
      return { ok: true, sheetName: name, added: lines };
    });
  });
}

/** The patterns the canvas on `sheetName` resembles, and what each would usually add. */
export function patternHintsIn(ctx: ServerContext, sheetName: unknown): HintsResult {
  return answering('The canvas could not be read', () => {
    const bad = checkSheetName(sheetName);
    if (bad) return bad;
    const sheet = ctx.ss.getSheetByName(sheetName as string);
    if (sheet === null) return failed(`There is no sheet "${sheetName as string}" in this spreadsheet.`);
    const read = readCanvas(sheet);
    if (!read.ok) return failed(`The sheet "${sheetName as string}" cannot be read as a canvas:\n${read.problems.map((p) => `• ${p}`).join('\n')}`);
    return { ok: true, hints: patternHints(read.canvas) };
  });
}

function appsScript(): ServerContext {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return {
    ss,
    documentLock: () => LockService.getDocumentLock(),
    services: appsScriptServices(),
    today: () => Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd'),
  };
}

/** The template gallery: id, title, pattern, variant, summary, a preview of the blocks and key numbers. */
export function listTemplates(): GalleryResult {
  return galleryOf();
}

/** A new canvas sheet from template `id`. */
export function newCanvasFromTemplate(id: unknown): NewFromTemplateResult {
  return newCanvasFromTemplateIn(appsScript(), id);
}

/** Adds template `id`'s items that the canvas on `sheetName` lacks, and lists them. */
export function addTemplateToCanvas(sheetName: unknown, id: unknown): AddTemplateResult {
  return addTemplateToCanvasIn(appsScript(), sheetName, id);
}

/** Pattern hints for the canvas on `sheetName`. */
export function patternHintsFor(sheetName: unknown): HintsResult {
  return patternHintsIn(appsScript(), sheetName);
}
