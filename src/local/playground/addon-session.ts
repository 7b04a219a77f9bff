/**
 * The built add-on running against one emulated workbook, as Apps Script would run it for one
 * user: sidebar calls, menu commands and the user's own typing in the grid. After every step the
 * workbook is compared with its last saved form; a change moves the revision and is handed to
 * `save`.
 */
import { dirname } from 'node:path';
import * as vm from 'node:vm';
import { loadAddon, type LoadedAddon } from '../load-addon';
import {
  createAppsScriptGlobals,
  editCell,
  EmuSpreadsheet,
  spreadsheetFromSnapshot,
  type AppsScriptGlobals,
  type DialogRecord,
  type EmuLock,
  type WorkbookSnapshot,
} from '../emulator';
import type {
  EditRequest,
  EditResponse,
  MenuEntry,
  MenuResponse,
  PromptAnswer,
  RunResponse,
  UiEvent,
  WorkbookView,
} from './protocol';
import { chartViewsOf, conditionalColoursOf } from './shown-on-sheet';

export interface AddonSessionOptions {
  codeJsPath: string;
  /** The workbook to start from; a fresh one when absent. */
  spreadsheet?: EmuSpreadsheet;
  /** Called with the workbook's JSON text after every step that changed it. */
  save(json: string): void;
}

type ButtonSetName = DialogRecord['buttons'];
type Globals = AppsScriptGlobals & { console: Console };

/** Calls that only read: a step that made nothing but these cannot have changed the workbook. */
const READ_ONLY_CALL = /\.(get|is|has)[A-Z]\w*$/;

const BUTTONS: Record<ButtonSetName, PromptAnswer['button'][]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

/** What the sidebar or a dialog shows: the HTML the add-on handed to showSidebar or showModalDialog, and its title. */
export interface AddonPage {
  title: string;
  html: string;
}

function messageOf(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'message' in err) return String((err as { message: unknown }).message);
  return String(err);
}

/**
 * Apps Script passes only primitives, arrays and plain objects between the sidebar and the server;
 * a Date or a function fails the call there, so it fails here too rather than passing unnoticed.
 */
function unpassable(value: unknown, path = 'the value'): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'function') return `${path} is a function`;
  if (typeof value !== 'object') return null;
  if (Object.prototype.toString.call(value) === '[object Date]') return `${path} is a Date`;
  for (const [key, inner] of Object.entries(value)) {
    const found = unpassable(inner, `${path}.${key}`);
    if (found) return found;
  }
  return null;
}

/**
 * Locks end with the execution that took them, as in Apps Script: the session lets go of any
 * lock a call still holds when it returns or throws.
 */
function executionScopedLocks(service: AppsScriptGlobals['LockService']) {
  const taken: EmuLock[] = [];
  const track = (lock: EmuLock) => {
    taken.push(lock);
    return lock;
  };
  return {
    service: {
      getDocumentLock: () => track(service.getDocumentLock()),
      getScriptLock: () => track(service.getScriptLock()),
      getUserLock: () => track(service.getUserLock()),
    },
    releaseAll() {
      for (const lock of taken.splice(0)) lock.releaseLock();
    },
  };
}

export class AddonSession {
  revision = 0;
  menu: MenuEntry[] = [];
  sidebar: AddonPage | null = null;
  /** The HTML dialog the add-on showed last. */
  dialog: AddonPage | null = null;
  private globals!: Globals;
  private addon!: LoadedAddon<Globals>;
  private releaseLocks!: () => void;
  private savedJson: string;
  private snapshot: WorkbookSnapshot;
  private cachedView: { key: string; json: string } | null = null;

  constructor(private readonly options: AddonSessionOptions) {
    this.load(options.spreadsheet ?? new EmuSpreadsheet());
    this.snapshot = this.globals.spreadsheet.toJSON();
    this.savedJson = JSON.stringify(this.snapshot);
  }

  /** Loads Code.js into a fresh script scope bound to `spreadsheet` and opens the file (onOpen). */
  private load(spreadsheet: EmuSpreadsheet): void {
    const base = createAppsScriptGlobals({ spreadsheet, htmlDir: dirname(this.options.codeJsPath) });
    const locks = executionScopedLocks(base.LockService);
    this.globals = { ...base, LockService: locks.service as AppsScriptGlobals['LockService'], console };
    this.releaseLocks = locks.releaseAll;
    this.addon = loadAddon(this.options.codeJsPath, this.globals);
    this.execute(() => this.addon.call('onOpen', { authMode: this.globals.ScriptApp.AuthMode.LIMITED }));
    const addonMenu = this.globals.ui.menus.find((m) => m.caption === null);
    // The add-on's menu has no submenus; the page shows items and separators.
    this.menu = (addonMenu?.entries ?? []).filter((e): e is MenuEntry => e.kind !== 'submenu');
  }

  private execute<T>(work: () => T): T {
    try {
      return work();
    } finally {
      this.releaseLocks();
    }
  }

  /** The UI the add-on showed since `mark` was taken. */
  private uiMark() {
    const { ui, spreadsheet } = this.globals;
    const start = {
      alerts: ui.alerts.length,
      toasts: spreadsheet.toasts.length,
      sidebars: ui.sidebars.length,
      dialogs: ui.dialogs.length,
    };
    return (): UiEvent[] => {
      const events: UiEvent[] = [];
      for (const a of ui.alerts.slice(start.alerts))
        events.push({ kind: 'alert', title: a.title ?? '', message: a.message });
      for (const t of spreadsheet.toasts.slice(start.toasts))
        events.push({ kind: 'toast', title: t.title ?? '', message: t.message });
      for (const { title, output } of ui.dialogs.slice(start.dialogs)) {
        this.dialog = { title, html: output.getContent() };
        events.push({ kind: 'dialog', title, width: output.getWidth(), height: output.getHeight() });
      }
      const shown = ui.sidebars.slice(start.sidebars).pop();
      if (shown) {
        this.sidebar = { title: shown.getTitle(), html: shown.getContent() };
        events.push({ kind: 'sidebar', title: this.sidebar.title });
      }
      return events;
    };
  }

  /**
   * Whether the add-on may have changed the workbook since `mark`: a spreadsheet call other than
   * a read, or a change to the document properties (which the workbook file keeps too).
   */
  private writeMark() {
    const { calls, spreadsheet } = this.globals;
    const before = {
      calls: calls.byMethod(),
      properties: JSON.stringify(spreadsheet.documentProperties.getProperties()),
    };
    return (): boolean => {
      const now = calls.byMethod();
      const wrote = Object.entries(now).some(
        ([method, n]) => n !== (before.calls[method] ?? 0) && !READ_ONLY_CALL.test(method),
      );
      return wrote || JSON.stringify(spreadsheet.documentProperties.getProperties()) !== before.properties;
    };
  }

  /** Saves the workbook if the last step changed it (only looked at when it `mayHaveChanged`). */
  private commit(mayHaveChanged = true): void {
    if (!mayHaveChanged) return;
    const snapshot = this.globals.spreadsheet.toJSON();
    const json = JSON.stringify(snapshot);
    if (json === this.savedJson) return;
    this.snapshot = snapshot;
    this.savedJson = json;
    this.revision += 1;
    this.options.save(json);
  }

  private isGlobalFunction(name: string): boolean {
    return Object.hasOwn(this.addon.context, name) && typeof this.addon.context[name] === 'function';
  }

  /** A google.script.run call: the named global function of Code.js with the sidebar's arguments. */
  runServerFunction(name: string, args: unknown[]): RunResponse {
    const refuse = (message: string): RunResponse => ({ ok: false, message, revision: this.revision, ui: [] });
    if (!this.isGlobalFunction(name) || name.endsWith('_')) return refuse(`Script function not found: ${name}`);
    const badArgument = unpassable(args, 'an argument');
    if (badArgument) return refuse(`Apps Script cannot pass this call: ${badArgument}.`);
    // Arguments arrive as objects of the script's own realm, as Apps Script deserialises them.
    const parse = vm.runInContext('JSON.parse', this.addon.context) as (text: string) => unknown[];
    const uiSince = this.uiMark();
    const wrote = this.writeMark();
    let value: unknown;
    try {
      value = this.execute(() => this.addon.call(name, ...parse(JSON.stringify(args))));
    } catch (err) {
      this.commit(wrote());
      return { ok: false, message: messageOf(err), revision: this.revision, ui: uiSince() };
    }
    this.commit(wrote());
    const bad = unpassable(value, `the value ${name} returned`);
    if (bad)
      return {
        ok: false,
        message: `Apps Script cannot return this to the sidebar: ${bad}.`,
        revision: this.revision,
        ui: uiSince(),
      };
    const passed = value === undefined ? undefined : JSON.parse(JSON.stringify(value));
    return { ok: true, value: passed, revision: this.revision, ui: uiSince() };
  }

  /**
   * Runs a menu command with `answers` queued for its prompts. A command that asks more than was
   * answered is undone (the workbook goes back to where it was) and the unanswered prompt is
   * returned for the page to ask.
   */
  runMenu(functionName: string, answers: PromptAnswer[]): MenuResponse {
    if (!this.menu.some((e) => e.kind === 'item' && e.functionName === functionName)) {
      return { kind: 'failed', message: `The add-on menu has no command ${functionName}.`, revision: this.revision };
    }
    const { ui } = this.globals;
    const before = this.savedJson;
    const asked = ui.prompts.length;
    const uiSince = this.uiMark();
    const wrote = this.writeMark();
    ui.respondToPrompts(answers.map((a) => ({ button: a.button, text: a.text })));
    try {
      this.execute(() => this.addon.call(functionName));
    } catch (err) {
      this.commit(wrote());
      return { kind: 'failed', message: messageOf(err), revision: this.revision };
    }
    const prompts = ui.prompts.slice(asked);
    if (prompts.length > answers.length) {
      const unanswered = prompts[answers.length];
      if (wrote()) this.load(spreadsheetFromSnapshot(JSON.parse(before) as WorkbookSnapshot));
      return {
        kind: 'prompt',
        title: unanswered.title ?? '',
        message: unanswered.message,
        buttons: BUTTONS[unanswered.buttons],
      };
    }
    const shown = uiSince();
    this.commit(wrote());
    return { kind: 'done', revision: this.revision, ui: shown };
  }

  /** What the user typed into a cell, as Sheets takes it; a rejected entry leaves the cell as it was. */
  edit(request: EditRequest): EditResponse {
    const sheet = this.globals.spreadsheet.sheetById(request.sheetId);
    if (!sheet) return { ok: false, message: 'That sheet no longer exists; pick another tab.' };
    try {
      editCell(sheet, request.row, request.column, request.text);
    } catch (err) {
      // The formula engine reads a formula recursively; a long enough chain runs out of stack.
      if (err instanceof RangeError) {
        return {
          ok: false,
          message: 'That formula is too deeply nested for the playground to read; the cell keeps what it had.',
        };
      }
      return { ok: false, message: messageOf(err) };
    }
    // Sheets runs the add-on's onEdit simple trigger after each edit a user makes.
    const range = sheet.getRange(request.row, request.column);
    this.execute(() => this.addon.call('onEdit', { range, value: request.text, source: this.globals.spreadsheet }));
    this.commit();
    return { ok: true, revision: this.revision };
  }

  /** The user picked a sheet tab: it becomes the active sheet, as in Sheets. */
  activate(sheetId: number): boolean {
    const sheet = this.globals.spreadsheet.sheetById(sheetId);
    if (!sheet) return false;
    this.globals.spreadsheet.activateInPlace(sheet);
    this.commit();
    return true;
  }

  /** {@link view} as JSON text, made once per revision and active sheet. */
  viewJson(): string {
    const key = `${this.revision}:${this.snapshot.activeSheetId}`;
    if (this.cachedView?.key !== key) this.cachedView = { key, json: JSON.stringify(this.view()) };
    return this.cachedView.json;
  }

  /**
   * The tabs, and the active sheet in full with what Sheets draws over it. The live workbook is
   * the saved snapshot's twin, since every step that changes it is committed.
   */
  view(): WorkbookView {
    const s = this.snapshot;
    const sheet = s.sheets.find((x) => x.id === s.activeSheetId) ?? s.sheets[0];
    const live = this.globals.spreadsheet.sheetById(sheet.id);
    return {
      revision: this.revision,
      name: s.name,
      activeSheetId: sheet.id,
      tabs: s.sheets.map((x) => ({ id: x.id, name: x.name, tabColor: x.tabColor })),
      sheet,
      defaults: s.defaults,
      conditionalColours: live ? conditionalColoursOf(live) : [],
      charts: live ? chartViewsOf(live) : [],
    };
  }
}
