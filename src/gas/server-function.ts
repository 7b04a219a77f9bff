/**
 * The one way into the add-on's code from Apps Script: every server function the sidebar calls and
 * every menu command runs through `answering`, and every one that writes through `locked`. A bad
 * request, a busy document or a sheet that cannot be used is a `Refusal` in plain words; an
 * exception becomes one too, in plain words from known-errors.ts, never its raw message (that and
 * the stack go to the execution log).
 */
import type { FieldMessage, Refusal } from '../core/api';
import { RequestError } from '../core/edit/check-request';
import type { PlanServices } from './apply-plan';
import { PlainError, plainReason } from './known-errors';
import type { SpreadsheetApi } from './spreadsheet-api';

/** The part of Apps Script's Lock the server uses. */
export interface LockApi {
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
}

// Compile-time proof that Apps Script's Lock fits.
type Assert<T extends true> = T;
export type RealLockFits = Assert<GoogleAppsScript.Lock.Lock extends LockApi ? true : false>;

/** What a server function needs, passed in so the same code runs on Apps Script and on the emulator. */
export interface ServerContext<S = PlanServices> {
  ss: SpreadsheetApi;
  /** The document lock; null where Apps Script has none to give. */
  documentLock(): LockApi | null;
  services: S;
  /** Today's date as a new canvas shows it (yyyy-MM-dd in the spreadsheet's time zone). */
  today(): string;
}

/** How long a writing call waits for another one to finish before it gives up. */
export const LOCK_WAIT_MS = 20000;

/** The add-on's name, as the menu, its alerts and the sidebar's title show it. */
export const ADDON_TITLE = 'Business Model Canvas';

const WORDS = {
  busy: 'Another change to this spreadsheet is still being saved. Nothing was changed; please try again in a moment.',
  noLock:
    'The add-on could not get hold of this spreadsheet to change it safely. Nothing was changed; please reload the spreadsheet and try again.',
} as const;

export const failed = (message: string): Refusal => ({ ok: false, reason: 'failed', message });

export const invalid = (messages: FieldMessage[]): Refusal => ({ ok: false, reason: 'invalid', messages });

function messageOf(err: unknown): string {
  return typeof err === 'object' && err !== null && 'message' in err ? String(err.message) : String(err);
}

/**
 * Runs a server function or menu command. A RequestError becomes an "invalid" refusal with its
 * field messages; any other error a "failed" one saying `what` could not be done and why, in
 * plain words.
 */
export function answering<R>(what: string, run: () => R | Refusal): R | Refusal {
  try {
    return run();
  } catch (err) {
    if (err instanceof RequestError) return invalid(err.messages);
    // Apps Script always has a console; a bare JavaScript host (as in the offline tests) may not.
    if (typeof console !== 'undefined') console.error(err);
    if (err instanceof PlainError) return failed(`${what}: ${err.message}`);
    return failed(`${what}. ${plainReason(messageOf(err))}`);
  }
}

/** Runs `write` holding the document lock from its first read to its last write, or says why it cannot. */
export function locked<R>(ctx: Pick<ServerContext<unknown>, 'documentLock'>, write: () => R | Refusal): R | Refusal {
  const lock = ctx.documentLock();
  if (lock === null) return failed(WORDS.noLock);
  if (!lock.tryLock(LOCK_WAIT_MS)) return failed(WORDS.busy);
  try {
    return write();
  } finally {
    lock.releaseLock();
  }
}

/** A refusal as one paragraph for an alert. */
export function refusalText(refusal: Refusal): string {
  return refusal.reason === 'invalid' ? refusal.messages.map((m) => m.message).join('\n') : refusal.message;
}

/** The part of Apps Script's Ui a menu command uses to report. */
export interface MenuUi {
  alert(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  ButtonSet: { OK: GoogleAppsScript.Base.ButtonSet };
}

// Compile-time proof that Apps Script's Ui fits.
export type RealUiFits = Assert<GoogleAppsScript.Base.Ui extends MenuUi ? true : false>;

/**
 * Runs a menu command through `answering`: a refusal, or an error it did not expect, is shown in
 * an alert titled `title` in plain words; nothing is shown when the command succeeds (it says so
 * itself, e.g. with a toast).
 */
export function menuCommand(ui: MenuUi, what: string, command: () => Refusal | undefined, title = ADDON_TITLE): void {
  const out = answering(what, (): Refusal | { ok: true } => command() ?? { ok: true });
  if (!out.ok) ui.alert(title, refusalText(out), ui.ButtonSet.OK);
}
