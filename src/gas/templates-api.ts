/**
 * What the template gallery and the pattern hints do on the server: list the templates, make a
 * canvas from one, add a template's items to a canvas, and say which patterns a canvas resembles.
 * Each checks its arguments before anything touches the sheet and answers with a result object,
 * never a stack trace.
 */
import {
  AddTemplateResult,
  CanvasEdit,
  EditResult,
  GalleryResult,
  HintsResult,
  NewFromTemplateResult,
  PatternHint,
  TemplateUndo,
} from '../core/api';
import {
  assertAddTemplateRequest,
  assertHintsRequest,
  assertNewFromTemplateRequest,
  assertUndoTemplateRequest,
} from '../core/edit/check-request';
import { entriesOf } from '../core/edit/edit-step';
import { Entry, entryName, sameEntry } from '../core/edit/lists';
import { planEdit } from '../core/edit/plan-edit';
import { FinanceGeometry } from '../core/layout/geometry';
import { BlockId, Canvas } from '../core/model';
import { patternHints, PATTERNS } from '../core/patterns';
import {
  Additions,
  additionsFor,
  chosenAdditions,
  DEFAULT_PARTS,
  describeAdditions,
  galleryEntries,
  isPatternCheckName,
  PATTERN_CHECK_KEY,
  PatternCheckRead,
  patternCheckArea,
  patternCheckPlan,
  patternCheckRect,
  readPatternCheck,
  templateCanvas,
  templateOffer,
} from '../core/patterns/sheet';
import { applyEditPlan, applyPlanArea, clearPlanArea } from './apply-plan';
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

/** The edits that add `a`: notes, then streams, then costs (a cost may follow a stream added). */
function additionEdits(a: Additions): CanvasEdit[] {
  return [
    ...a.notes.map((n): CanvasEdit => ({ kind: 'add', block: n.block, value: n.item })),
    ...a.streams.map((s): CanvasEdit => ({ kind: 'add', block: 'revenueStreams', value: s })),
    ...a.costs.map((c): CanvasEdit => ({ kind: 'add', block: 'costStructure', value: c })),
  ];
}

/** The entries of `a` as the canvas read back holds them (the sheet's spelling), for Undo. */
function asRead(a: Additions, canvas: Canvas): Omit<TemplateUndo, 'patternCheck'> {
  const find = <T>(list: readonly T[], block: BlockId, wanted: T): T =>
    list.find((e) => sameEntry(block, e as never, wanted as never)) ??
    list.find((e) => entryName(block, e as never).toLowerCase() === entryName(block, wanted as never).toLowerCase()) ??
    wanted;
  return {
    notes: a.notes.map((n) => ({ block: n.block, item: find(canvas.blocks[n.block], n.block, n.item) })),
    streams: a.streams.map((st) => find(canvas.revenueStreams, 'revenueStreams', st)),
    costs: a.costs.map((c) => find(canvas.costs, 'costStructure', c)),
  };
}

/**
 * Adds to the canvas `request.canvas` the parts of template `request.id` asked for: the items it
 * does not have yet (compared by text or name, ignoring case) as one batch of sidebar edits (one
 * read, one plan, one write, so the user's items are never overwritten, moved or duplicated, and
 * the calls are the same whatever the template holds), and, when asked and the canvas has none,
 * the template's pattern check beside the panel. A preview writes nothing. Says what it added (or
 * would add), what is left to add, and what Undo takes back, with the canvas read back.
 */
export function addTemplateToCanvasIn(ctx: ServerContext, request: unknown): AddTemplateResult {
  return answering('The template could not be added', () => {
    assertAddTemplateRequest(request);
    const { id } = request;
    const parts = request.parts ?? DEFAULT_PARTS;
    const template = templateCanvas(id)!;
    return locked(ctx, (): AddTemplateResult => {
      const found = findCanvas(ctx.ss, request.canvas);
      if (!found.ok) return failed(found.message);
      const { sheet, at } = found;
      const name = at.sheetName;
      const read = readCanvas(sheet, { sheetName: name, metadata: found.metadata, formulas: true });
      if (!read.ok) return failed(WORDS.unreadable(name, read.problems, 'so nothing was added'));
      const all = additionsFor(read.canvas, template);
      const offer = templateOffer(all, template, read.metadata.patternCheck !== null);
      const chosen = chosenAdditions(all, parts, read.canvas);
      const check = parts.patternCheck && offer.patternCheck !== null ? template.patternCheck : undefined;
      const lines = [...describeAdditions(chosen), ...(check ? [offer.patternCheck as string] : [])];
      const edits = additionEdits(chosen);
      const unchanged = { ok: true as const, state: sidebarStateOf(read, at), hints: hintsFor(read.canvas), offer };
      if (request.mode === 'preview') return { ...unchanged, added: lines, undo: null };
      if (lines.length === 0) return { ...unchanged, added: [], undo: null };
      let namedRanges = read.namedRanges;
      if (edits.length > 0) {
        const decision = planEdit({ ...read, sheetName: name }, edits);
        if (!decision.ok) {
          const why =
            decision.reason === 'invalid' ? decision.messages.map((m) => m.message).join('; ') : decision.message;
          return failed(`Nothing was added: the template's items do not fit this canvas as it is now (${why}).`);
        }
        applyEditPlan(ctx.ss, sheet, decision.plan);
        namedRanges = decision.namedRanges;
      }
      let after = readCanvas(sheet, { sheetName: name, metadata: read.metadata, namedRanges });
      if (after.ok && check) {
        const { plan, area } = patternCheckPlan({ ...after.canvas, patternCheck: check }, after.finance, name);
        applyPlanArea(ctx.ss, sheet, plan, area, ctx.services);
        after = readCanvas(sheet, { sheetName: name });
      }
      if (!after.ok)
        return failed(WORDS.unreadable(name, after.problems, `though this was added: ${lines.join('; ')}`));
      return {
        ok: true,
        state: sidebarStateOf(after, at),
        added: lines,
        hints: hintsFor(after.canvas),
        offer: templateOffer(additionsFor(after.canvas, template), template, after.metadata.patternCheck !== null),
        undo: { ...asRead(chosen, after.canvas), patternCheck: check !== undefined },
      };
    });
  });
}

/**
 * Takes back what one "Add to this canvas" added: each entry it added, where it is now, and the
 * pattern check. All or nothing: when any entry is gone or changed on the sheet, nothing is taken.
 */
export function undoTemplateAdditionIn(ctx: ServerContext, request: unknown): EditResult {
  return answering('The template could not be taken back', () => {
    assertUndoTemplateRequest(request);
    const { undo } = request;
    return locked(ctx, (): EditResult => {
      const found = findCanvas(ctx.ss, request.canvas);
      if (!found.ok) return failed(found.message);
      const { sheet, at } = found;
      const name = at.sheetName;
      const read = readCanvas(sheet, { sheetName: name, metadata: found.metadata, formulas: true });
      if (!read.ok) return failed(WORDS.unreadable(name, read.problems, 'so nothing was taken back'));
      const wanted: [BlockId, Entry][] = [
        ...undo.notes.map((n): [BlockId, Entry] => [n.block, n.item]),
        ...undo.costs.map((c): [BlockId, Entry] => ['costStructure', c]),
        ...undo.streams.map((s): [BlockId, Entry] => ['revenueStreams', s]),
      ];
      const deletes: CanvasEdit[] = [];
      for (const block of new Set(wanted.map(([b]) => b))) {
        const entries: readonly Entry[] = entriesOf(read.canvas, block);
        const indexes: number[] = [];
        for (const [, entry] of wanted.filter(([b]) => b === block)) {
          const i = entries.findIndex((e, k) => !indexes.includes(k) && sameEntry(block, e, entry));
          if (i < 0)
            return failed(
              `"${entryName(block, entry)}" was changed or removed on the sheet since the template was added, so nothing was taken back. Delete what you no longer want one by one.`,
            );
          indexes.push(i);
        }
        // From the bottom up, so each index still names its entry when its turn comes.
        for (const i of indexes.sort((x, y) => y - x))
          deletes.push({ kind: 'delete', block, index: i, expected: entries[i] } as CanvasEdit);
      }
      const stored = read.metadata.patternCheck;
      // Deleting entries moves no row, so the check is where it was read.
      const area = undo.patternCheck && stored !== null ? patternCheckRect(read.finance, stored) : null;
      let namedRanges = read.namedRanges;
      if (deletes.length > 0) {
        const decision = planEdit({ ...read, sheetName: name }, deletes);
        if (!decision.ok)
          return failed(
            `Nothing was taken back: ${decision.reason === 'invalid' ? decision.messages.map((m) => m.message).join('; ') : decision.message}`,
          );
        applyEditPlan(ctx.ss, sheet, decision.plan);
        namedRanges = decision.namedRanges;
      }
      if (area !== null) {
        const isCheckName = (n: string) => isPatternCheckName(read.prefix, n);
        clearPlanArea(ctx.ss, sheet, area, isCheckName, PATTERN_CHECK_KEY, ctx.services);
      }
      const after = readCanvas(sheet, { sheetName: name, namedRanges: area === null ? namedRanges : undefined });
      if (!after.ok) return failed(WORDS.unreadable(name, after.problems, 'though the template was taken back'));
      return { ok: true, state: sidebarStateOf(after, at) };
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
