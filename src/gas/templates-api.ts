/**
 * What the template gallery and the pattern hints do on the server: list the templates, make a
 * canvas from one, add a template's items to a canvas, and say which patterns a canvas resembles.
 * Each checks its arguments before anything touches the sheet and answers with a result object,
 * never a stack trace.
 */
import {
  AddTemplateResult,
  CanvasEdit,
  GalleryResult,
  HintsResult,
  NewFromTemplateResult,
  PatternHint,
} from '../core/api';
import { assertAddTemplateRequest, assertHintsRequest, assertNewFromTemplateRequest } from '../core/edit/check-request';
import { planEdit } from '../core/edit/plan-edit';
import { FinanceGeometry } from '../core/layout/geometry';
import { Canvas } from '../core/model';
import { patternHints, PATTERNS } from '../core/patterns';
import {
  additionsFor,
  describeAdditions,
  galleryEntries,
  PatternCheckRead,
  patternCheckArea,
  readPatternCheck,
  templateCanvas,
} from '../core/patterns/sheet';
import { applyEditPlan } from './apply-plan';
import { metadataOf, readCanvas, sidebarStateOf, writeNewCanvas } from './canvas-sheet';
import { answering, failed, locked, ServerContext } from './server-function';
import { WORDS } from './sidebar-server';
import { SheetApi } from './spreadsheet-api';
import { valuesAsShown } from './read-values';

/** The pattern check on a canvas sheet, read in two spreadsheet calls (its record, its cells). */
export function readPatternCheckOn(sheet: SheetApi, finance: FinanceGeometry): PatternCheckRead {
  const stored = metadataOf(sheet).patternCheck;
  if (stored === null) return { problems: [] };
  const area = patternCheckArea(finance, stored);
  const grid = area === null ? [] : valuesAsShown(sheet, sheet.getRange(1, 1, area.numRows, area.numColumns));
  return readPatternCheck(grid, finance, stored);
}

function hintsFor(canvas: Canvas): PatternHint[] {
  return patternHints(canvas).map((h) => ({
    ...h,
    patternTitle: PATTERNS.find((p) => p.id === h.pattern)?.title ?? h.pattern,
  }));
}

/** Every template as the gallery shows it. */
export function galleryOf(): GalleryResult {
  return answering('The templates could not be listed', () => ({ ok: true, templates: galleryEntries() }));
}

/**
 * Adds a new canvas sheet laid out from the template `request.id`, pattern check included, makes
 * it active and answers with it as read back from the sheet.
 */
export function newCanvasFromTemplateIn(ctx: ServerContext, request: unknown): NewFromTemplateResult {
  return answering('The canvas could not be made from the template', () => {
    assertNewFromTemplateRequest(request);
    return locked(ctx, (): NewFromTemplateResult => {
      const sheet = writeNewCanvas(ctx.ss, templateCanvas(request.id)!, ctx.today(), ctx.services);
      ctx.ss.setActiveSheet(sheet);
      const name = sheet.getName();
      const read = readCanvas(sheet, { sheetName: name });
      if (!read.ok) return failed(WORDS.unreadable(name, read.problems, 'though it was made'));
      return { ok: true, state: sidebarStateOf(read, name), hints: hintsFor(read.canvas) };
    });
  });
}

/**
 * Adds to the canvas on `request.sheetName` every item of template `request.id` it does not have
 * yet (compared by text or name, ignoring case), one list entry at a time through the same path
 * as a sidebar edit, so the user's items are never overwritten, moved or duplicated. Says what it
 * added, and answers with the canvas read back.
 */
export function addTemplateToCanvasIn(ctx: ServerContext, request: unknown): AddTemplateResult {
  return answering('The template could not be added', () => {
    assertAddTemplateRequest(request);
    const { sheetName: name, id } = request;
    return locked(ctx, (): AddTemplateResult => {
      const sheet = ctx.ss.getSheetByName(name);
      if (sheet === null) return failed(WORDS.sheetGone(name));
      const first = readCanvas(sheet, { sheetName: name });
      if (!first.ok) return failed(WORDS.unreadable(name, first.problems, 'so nothing was added'));
      const additions = additionsFor(first.canvas, templateCanvas(id)!);
      const edits: CanvasEdit[] = [
        ...additions.notes.map((n): CanvasEdit => ({ kind: 'add', block: n.block, value: n.item })),
        ...additions.streams.map((s): CanvasEdit => ({ kind: 'add', block: 'revenueStreams', value: s })),
        ...additions.costs.map((c): CanvasEdit => ({ kind: 'add', block: 'costStructure', value: c })),
      ];
      const lines = describeAdditions(additions);
      for (let i = 0; i < edits.length; i++) {
        const read = readCanvas(sheet, { sheetName: name, formulas: true, metadata: first.metadata });
        const decision = read.ok ? planEdit(read, read.grid, edits[i]) : null;
        if (decision === null || !decision.ok) {
          const why =
            decision === null
              ? 'the canvas could not be read'
              : decision.reason === 'invalid'
                ? decision.messages.map((m) => m.message).join('; ')
                : decision.message;
          const done = lines.slice(0, i);
          return failed(
            `Stopped before adding “${lines[i]}” (${why}). ${done.length === 0 ? 'Nothing was added.' : `Added so far: ${done.join('; ')}.`}`,
          );
        }
        applyEditPlan(sheet, decision.plan);
      }
      const after = edits.length === 0 ? first : readCanvas(sheet, { sheetName: name, metadata: first.metadata });
      if (!after.ok)
        return failed(WORDS.unreadable(name, after.problems, `though this was added: ${lines.join('; ')}`));
      return { ok: true, state: sidebarStateOf(after, name), added: lines, hints: hintsFor(after.canvas) };
    });
  });
}

/** The patterns the canvas on `request.sheetName` resembles, and what each would usually add. */
export function patternHintsIn(ctx: ServerContext, request: unknown): HintsResult {
  return answering('The canvas could not be read', () => {
    assertHintsRequest(request);
    const { sheetName } = request;
    const sheet = ctx.ss.getSheetByName(sheetName);
    if (sheet === null) return failed(WORDS.sheetGone(sheetName));
    const read = readCanvas(sheet);
    if (!read.ok) return failed(WORDS.unreadable(sheetName, read.problems, ''));
    return { ok: true, hints: hintsFor(read.canvas) };
  });
}
