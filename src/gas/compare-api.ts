/**
 * The Compare and variant menu commands. The `…In` functions take the spreadsheet and the lock as
 * parameters, so the same code runs on the emulator; the menu commands run them through the one
 * wrapper (server-function.ts) and report in an alert or a toast.
 */
import { CanvasChoice, Refusal } from '../core/api';
import { pickCanvases, pickPrompt } from '../core/compare';
import { appsScriptContext } from './apps-script-context';
import { listCanvasSheets } from './canvas-sheet';
import { appsScriptServices } from './apply-plan';
import { compareCanvases, CompareOutcome, refreshCompare } from './compare';
import { ADDON_TITLE, failed, locked, menuCommand, ServerContext } from './server-function';
import { SpreadsheetApi } from './spreadsheet-api';
import { duplicateAsVariant } from './variant';

export type CompareContext = ServerContext;

export type CompareResult =
  | {
      ok: true;
      sheetName: string;
      canvases: { sheetName: string; missing: boolean }[];
      /** Pieces of text from rows or columns the user added, kept at the bottom of the sheet. */
      kept: number;
      notices: string[];
    }
  | Refusal;

export type VariantResult = { ok: true; sheetName: string } | Refusal;

function answerOf(out: CompareOutcome): CompareResult {
  return out.ok
    ? { ok: true, sheetName: out.sheetName, canvases: out.canvases, kept: out.kept, notices: out.notices }
    : failed(out.message);
}

/** The canvas sheets of the file, in tab order. */
export function listCanvasesIn(ss: SpreadsheetApi): CanvasChoice[] {
  return listCanvasSheets(ss);
}

/** Builds (or rebuilds) the Compare sheet for the canvases on the named sheets, under the document lock. */
export function compareIn(ctx: CompareContext, sheetNames: unknown): CompareResult {
  if (!Array.isArray(sheetNames)) return failed('Pick the canvases to compare from the list.');
  return locked(ctx, () => answerOf(compareCanvases(ctx.ss, sheetNames, ctx.services)));
}

/** Rebuilds the Compare sheet for the canvases it compares, keeping the notes column. */
export function refreshCompareIn(ctx: CompareContext): CompareResult {
  return locked(ctx, () => answerOf(refreshCompare(ctx.ss, ctx.services)));
}

/** Copies the canvas on the named sheet to a new "<name> (variant)" sheet. */
export function duplicateVariantIn(ctx: CompareContext, sheetName: unknown): VariantResult {
  if (typeof sheetName !== 'string' || sheetName === '') return failed('Pick the canvas to duplicate.');
  return locked(ctx, () => {
    const out = duplicateAsVariant(ctx.ss, sheetName, ctx.today(), ctx.services);
    return out.ok ? { ok: true, sheetName: out.sheetName } : failed(out.message);
  });
}

function appsScript(): CompareContext {
  return appsScriptContext(appsScriptServices());
}

/** Says what the Compare sheet now compares, or hands the refusal back to be shown. */
function reported(ctx: CompareContext, out: CompareResult): Refusal | undefined {
  if (!out.ok) return out;
  const missing = out.canvases.filter((c) => c.missing).map((c) => `"${c.sheetName}"`);
  const note = missing.length === 0 ? '' : ` Not found any more: ${missing.join(', ')}.`;
  const kept =
    out.kept === 0
      ? ''
      : ` ${out.kept} ${out.kept === 1 ? 'piece' : 'pieces'} of text typed in rows or columns you added ${out.kept === 1 ? 'is' : 'are'} kept at the bottom of the sheet.`;
  const notices = out.notices.map((n) => ` ${n}`).join('');
  const names = out.canvases.map((c) => `"${c.sheetName}"`);
  const listed = names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  ctx.ss.toast(
    `The sheet "${out.sheetName}" now compares ${out.canvases.length} canvases side by side: ${listed}.${note}${kept}${notices}`,
    ADDON_TITLE,
  );
}

export function menuCompareCanvases(): void {
  const ui = SpreadsheetApp.getUi();
  menuCommand(
    ui,
    'The comparison could not be made',
    () => {
      const ctx = appsScript();
      const names = listCanvasesIn(ctx.ss).map((c) => c.sheetName);
      if (names.length < 2)
        return failed(`Comparing needs at least two canvases; this spreadsheet has ${names.length}.`);
      const answer = ui.prompt('Compare canvases', pickPrompt(names), ui.ButtonSet.OK_CANCEL);
      if (answer.getSelectedButton() !== ui.Button.OK) return;
      const picked = pickCanvases(answer.getResponseText(), names);
      if (!picked.ok) return failed(picked.message);
      return reported(ctx, compareIn(ctx, picked.sheetNames));
    },
    'Compare canvases',
  );
}

export function menuRefreshCompare(): void {
  menuCommand(SpreadsheetApp.getUi(), 'The comparison could not be refreshed', () => {
    const ctx = appsScript();
    return reported(ctx, refreshCompareIn(ctx));
  });
}

export function menuDuplicateVariant(): void {
  menuCommand(SpreadsheetApp.getUi(), 'The variant could not be made', () => {
    const ctx = appsScript();
    const out = duplicateVariantIn(ctx, ctx.ss.getActiveSheet().getName());
    if (!out.ok) return out;
    ctx.ss.toast(`The variant is on the sheet "${out.sheetName}".`, ADDON_TITLE);
  });
}
