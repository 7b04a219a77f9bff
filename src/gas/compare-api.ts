/**
 * The Compare and variant commands as Apps Script calls them: server functions for the sidebar
 * (each answers a result object, never throws) and menu commands. The `…In` functions take the
 * spreadsheet and lock as parameters so the same code runs on the emulator.
 */
import { appsScriptContext } from './apps-script-context';
import {
  CanvasListResult,
  COMPARE_SHEET_NAME,
  CompareResult,
  pickCanvases,
  pickPrompt,
  Refused,
  VariantResult,
} from '../core/compare';
import { isCanvasSheet } from './canvas-sheet';
import { appsScriptServices, PlanServices } from './apply-plan';
import { compareCanvases, CompareOutcome, refreshCompare as refreshCompareSheet } from './compare';
import { LOCK_WAIT_MS, LockApi } from './sidebar-server';
import { SpreadsheetApi } from './spreadsheet-api';
import { duplicateAsVariant } from './variant';

export interface CompareContext {
  ss: SpreadsheetApi;
  /** The document lock; null where Apps Script has none to give. */
  documentLock(): LockApi | null;
  services: PlanServices;
  /** Today's date as a new canvas shows it (yyyy-MM-dd in the spreadsheet's time zone). */
  today(): string;
}

const TITLE = 'Business Model Canvas';
const BUSY =
  'Another change to this spreadsheet is still being saved. Nothing was changed; please try again in a moment.';
const NO_LOCK =
  'The add-on could not get hold of this spreadsheet to change it safely. Nothing was changed; please reload and try again.';

function messageOf(err: unknown): string {
  return typeof err === 'object' && err !== null && 'message' in err ? String(err.message) : String(err);
}

/** Runs `work`; an unexpected error becomes a refusal in words (the stack goes to the log only). */
function answering<R>(what: string, work: () => R | Refused): R | Refused {
  try {
    return work();
  } catch (err) {
    if (typeof console !== 'undefined') console.error(err);
    return { ok: false, message: `${what}: ${messageOf(err)}` };
  }
}

function locked<R>(ctx: CompareContext, write: () => R | Refused): R | Refused {
  const lock = ctx.documentLock();
  if (lock === null) return { ok: false, message: NO_LOCK };
  if (!lock.tryLock(LOCK_WAIT_MS)) return { ok: false, message: BUSY };
  try {
    return write();
  } finally {
    lock.releaseLock();
  }
}

function answerOf(out: CompareOutcome): CompareResult {
  return out.ok ? { ok: true, sheetName: out.sheetName, canvases: out.canvases } : out;
}

/** The canvas sheets of the file, in tab order. */
export function listCanvasesIn(ss: SpreadsheetApi): CanvasListResult {
  return answering('The canvases could not be listed', () => ({
    ok: true,
    canvases: ss
      .getSheets()
      .filter(isCanvasSheet)
      .map((s) => ({ sheetName: s.getName() })),
  }));
}

export function compareIn(ctx: CompareContext, sheetNames: unknown): CompareResult {
  return answering('The comparison could not be made', () => {
    if (!Array.isArray(sheetNames)) return { ok: false, message: 'Pick the canvases to compare from the list.' };
    return locked(ctx, () => answerOf(compareCanvases(ctx.ss, sheetNames, ctx.services)));
  });
}

export function refreshCompareIn(ctx: CompareContext): CompareResult {
  return answering('The comparison could not be refreshed', () =>
    locked(ctx, () => answerOf(refreshCompareSheet(ctx.ss, ctx.services))),
  );
}

export function duplicateVariantIn(ctx: CompareContext, sheetName: unknown): VariantResult {
  return answering('The variant could not be made', () => {
    if (typeof sheetName !== 'string' || sheetName === '')
      return { ok: false, message: 'Pick the canvas to duplicate.' };
    return locked(ctx, () => {
      const out = duplicateAsVariant(ctx.ss, sheetName, ctx.today(), ctx.services);
      return out.ok ? { ok: true, sheetName: out.sheetName } : out;
    });
  });
}

function appsScript(): CompareContext {
  return appsScriptContext(appsScriptServices());
}

// ---------------------------------------------------------------- server functions

/** The file's canvases, for the picker. */
export function listCanvases(): CanvasListResult {
  return listCanvasesIn(SpreadsheetApp.getActiveSpreadsheet());
}

/** Builds (or rebuilds) the Compare sheet for the canvases on the named sheets. */
export function compare(sheetNames: unknown): CompareResult {
  return compareIn(appsScript(), sheetNames);
}

/** Rebuilds the Compare sheet for the canvases it compares, keeping the notes column. */
export function refreshCompare(): CompareResult {
  return refreshCompareIn(appsScript());
}

/** Copies the canvas on the named sheet to a new "<name> (variant)" sheet. */
export function duplicateVariant(sheetName: unknown): VariantResult {
  return duplicateVariantIn(appsScript(), sheetName);
}

// ---------------------------------------------------------------- menu commands

export function menuCompareCanvases(): void {
  const ui = SpreadsheetApp.getUi();
  const ctx = appsScript();
  const list = listCanvasesIn(ctx.ss);
  if (!list.ok) return void ui.alert(TITLE, list.message, ui.ButtonSet.OK);
  const names = list.canvases.map((c) => c.sheetName);
  if (names.length < 2) {
    return void ui.alert(
      TITLE,
      `Comparing needs at least two canvases; this spreadsheet has ${names.length}.`,
      ui.ButtonSet.OK,
    );
  }
  const answer = ui.prompt('Compare canvases', pickPrompt(names), ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const picked = pickCanvases(answer.getResponseText(), names);
  if (!picked.ok) return void ui.alert('Compare canvases', picked.message, ui.ButtonSet.OK);
  report(ui, ctx, compareIn(ctx, picked.sheetNames));
}

export function menuRefreshCompare(): void {
  const ui = SpreadsheetApp.getUi();
  const ctx = appsScript();
  report(ui, ctx, refreshCompareIn(ctx));
}

export function menuDuplicateVariant(): void {
  const ui = SpreadsheetApp.getUi();
  const ctx = appsScript();
  const out = duplicateVariantIn(ctx, ctx.ss.getActiveSheet().getName());
  if (!out.ok) return void ui.alert(TITLE, out.message, ui.ButtonSet.OK);
  ctx.ss.toast(`The variant is on the sheet "${out.sheetName}".`, TITLE);
}

function report(ui: GoogleAppsScript.Base.Ui, ctx: CompareContext, out: CompareResult): void {
  if (!out.ok) return void ui.alert(TITLE, out.message, ui.ButtonSet.OK);
  const missing = out.canvases.filter((c) => c.missing).map((c) => `"${c.sheetName}"`);
  const note = missing.length === 0 ? '' : ` Not found any more: ${missing.join(', ')}.`;
  ctx.ss.toast(`${COMPARE_SHEET_NAME} compares ${out.canvases.length} canvases.${note}`, TITLE);
}
