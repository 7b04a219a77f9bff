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
import { findCanvas, sheetAt } from './canvas-ref';
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
      const at = sheetAt(sheet);
      const read = readCanvas(sheet, { sheetName: at.sheetName });
      if (!read.ok) return failed(WORDS.unreadable(at.sheetName, read.problems, 'though it was made'));
      return { ok: true, state: sidebarStateOf(read, at), hints: hintsFor(read.canvas) };
    });
  });
}

/**
 * Adds to the canvas `request.canvas` every item of template `request.id` it does not have
 * yet (compared by text or name, ignoring case), as one batch of sidebar edits: one read, one plan,
 * one write, so the user's items are never overwritten, moved or duplicated, and the calls are the
 * same whatever the template holds. Says what it added, and answers with the canvas read back.
 */
export function addTemplateToCanvasIn(ctx: ServerContext, request: unknown): AddTemplateResult {
  return answering('The template could not be added', () => {
    assertAddTemplateRequest(request);
    const { id } = request;
    return locked(ctx, (): AddTemplateResult => {
      const found = findCanvas(ctx.ss, request.canvas);
      if (!found.ok) return failed(found.message);
      const { sheet, at } = found;
      const name = at.sheetName;
      const read = readCanvas(sheet, { sheetName: name, metadata: found.metadata, formulas: true });
      if (!read.ok) return failed(WORDS.unreadable(name, read.problems, 'so nothing was added'));
      const additions = additionsFor(read.canvas, templateCanvas(id)!);
      const edits: CanvasEdit[] = [
        ...additions.notes.map((n): CanvasEdit => ({ kind: 'add', block: n.block, value: n.item })),
        ...additions.streams.map((s): CanvasEdit => ({ kind: 'add', block: 'revenueStreams', value: s })),
        ...additions.costs.map((c): CanvasEdit => ({ kind: 'add', block: 'costStructure', value: c })),
      ];
      if (edits.length === 0)
        return { ok: true, state: sidebarStateOf(read, at), added: [], hints: hintsFor(read.canvas) };
      const decision = planEdit(read, edits);
      if (!decision.ok) {
        const why =
          decision.reason === 'invalid' ? decision.messages.map((m) => m.message).join('; ') : decision.message;
        return failed(`Nothing was added: the template's items do not fit this canvas as it is now (${why}).`);
      }
      applyEditPlan(sheet, decision.plan);
      const lines = describeAdditions(additions);
      const after = readCanvas(sheet, {
        sheetName: name,
        metadata: read.metadata,
        namedRanges: decision.namedRanges,
      });
      if (!after.ok)
        return failed(WORDS.unreadable(name, after.problems, `though this was added: ${lines.join('; ')}`));
      return { ok: true, state: sidebarStateOf(after, at), added: lines, hints: hintsFor(after.canvas) };
    });
  });
}

/** The patterns the canvas `request.canvas` resembles, and what each would usually add. */
export function patternHintsIn(ctx: ServerContext, request: unknown): HintsResult {
  return answering('The canvas could not be read', () => {
    assertHintsRequest(request);
    const found = findCanvas(ctx.ss, request.canvas);
    if (!found.ok) return failed(found.message);
    const { sheetName } = found.at;
    const read = readCanvas(found.sheet, { sheetName, metadata: found.metadata });
    if (!read.ok) return failed(WORDS.unreadable(sheetName, read.problems, ''));
    return { ok: true, hints: hintsFor(read.canvas) };
  });
}
