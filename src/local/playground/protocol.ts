/**
 * What the playground page, the sidebar shim and the playground server send each other. Types
 * and constants only, so both the browser bundles and the Node server import it.
 */
import type { SheetSnapshot, WorkbookSnapshot } from '../emulator/snapshot';

/** The message the sidebar shim posts to the page after each server call. */
export const CHANGED_MESSAGE = 'bmc-playground:call-finished';

/** Something the add-on showed through its UI during one call, in order. */
export type UiEvent =
  | { kind: 'alert'; title: string; message: string }
  | { kind: 'toast'; title: string; message: string }
  | { kind: 'sidebar'; title: string }
  | { kind: 'dialog'; title: string; width: number | null; height: number | null };

export interface ChangedMessage {
  type: typeof CHANGED_MESSAGE;
  revision: number;
  ui: UiEvent[];
}

/** POST /api/run: a google.script.run call from the sidebar. */
export interface RunRequest {
  name: string;
  args: unknown[];
}

/** `revision` counts the workbook's changes since the server started; the page redraws when it moves. */
export type RunResponse =
  | { ok: true; value: unknown; revision: number; ui: UiEvent[] }
  | { ok: false; message: string; revision: number; ui: UiEvent[] };

export type MenuEntry = { kind: 'item'; caption: string; functionName: string } | { kind: 'separator' };

export interface SheetTab {
  id: number;
  name: string;
  tabColor: string | null;
}

/** The colours a cell's conditional-format rules give it now (the first rule that holds). */
export interface ShownColours {
  row: number;
  column: number;
  background: string | null;
  fontColor: string | null;
}

/** A chart as Sheets would plot it: its place, size and titles, and the series its ranges give. */
export interface ChartView {
  id: number;
  /** A Charts.ChartType name: "LINE", "COLUMN", "BAR", ... */
  type: string;
  anchor: { row: number; column: number; offsetX: number; offsetY: number };
  width: number;
  height: number;
  title: string;
  /** The labels column: its header (the category axis's title) and the labels as text. */
  domain: { name: string; labels: string[] };
  /** `values` hold null where a cell is not a number; `axis` 1 is the right-hand axis. */
  series: { name: string; values: (number | null)[]; axis: number }[];
  /** The right-hand axis's number format ("percent"), or null. */
  rightAxisFormat: string | null;
}

/** GET /api/workbook?sheet=ID: the tabs and one sheet in full (the active one when no ID is given). */
export interface WorkbookView {
  revision: number;
  name: string;
  activeSheetId: number;
  tabs: SheetTab[];
  sheet: SheetSnapshot;
  defaults: WorkbookSnapshot['defaults'];
  /** The sheet's cells that a conditional-format rule colours now. */
  conditionalColours: ShownColours[];
  charts: ChartView[];
}

/** GET /api/page: everything the page needs to draw itself at load. */
export interface PageView {
  menuTitle: string;
  menu: MenuEntry[];
  /** The sidebar's title, or null when the add-on has not opened it. */
  sidebarTitle: string | null;
  /** What the page must tell the user about the start, e.g. a saved workbook that was set aside; null when all went as expected. */
  notice: string | null;
  workbook: WorkbookView;
}

/** The user's answer to a prompt the menu command asked. */
export interface PromptAnswer {
  button: 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
  text: string;
}

/** POST /api/menu: run a menu command with the answers to its prompts so far. */
export interface MenuRequest {
  functionName: string;
  answers: PromptAnswer[];
}

/**
 * A command that asks a question the page has not answered yet is undone and reported as
 * `prompt`; the page asks the user and runs it again with one more answer.
 */
export type MenuResponse =
  | { kind: 'prompt'; title: string; message: string; buttons: PromptAnswer['button'][] }
  | { kind: 'done'; revision: number; ui: UiEvent[] }
  | { kind: 'failed'; message: string; revision: number };

/** POST /api/edit: what the user typed into one cell. */
export interface EditRequest {
  sheetId: number;
  row: number;
  column: number;
  text: string;
}

export type EditResponse = { ok: true; revision: number } | { ok: false; message: string };

/** POST /api/activate: the user picked a sheet tab. */
export interface ActivateRequest {
  sheetId: number;
}
