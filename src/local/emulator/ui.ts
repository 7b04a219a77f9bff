/**
 * SpreadsheetApp.getUi(): menus, alerts, prompts, sidebars and dialogs, recorded for tests.
 * Prompts and alerts answer from queues a test fills; with nothing queued a prompt is cancelled
 * and an alert is closed (or OK'd when OK is its only button).
 */
import { Button, ButtonSet } from './enums';
import type { EmuHtmlOutput } from './html-service';

export type ButtonName = keyof typeof Button;
export type ButtonSetName = keyof typeof ButtonSet;

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; entries: MenuEntry[] };

export interface MenuRecord {
  /** null for the add-on menu (Sheets titles it with the add-on's name). */
  caption: string | null;
  entries: MenuEntry[];
}

export interface DialogRecord {
  title: string | null;
  message: string;
  buttons: ButtonSetName;
  /** The button the emulated user pressed. */
  button: ButtonName;
  /** For prompts: the text the emulated user entered. */
  text?: string;
}

export interface PromptAnswer {
  button: ButtonName;
  text?: string;
}

export class EmuMenu {
  readonly entries: MenuEntry[] = [];

  constructor(
    private readonly ui: EmuUi,
    readonly caption: string | null,
  ) {}

  addItem(caption: string, functionName: string): this {
    this.entries.push({ kind: 'item', caption, functionName });
    return this;
  }

  addSeparator(): this {
    this.entries.push({ kind: 'separator' });
    return this;
  }

  addSubMenu(menu: EmuMenu): this {
    this.entries.push({ kind: 'submenu', caption: menu.caption ?? '', entries: menu.entries });
    return this;
  }

  addToUi(): void {
    this.ui.addMenuRecord({ caption: this.caption, entries: this.entries });
  }
}

class EmuPromptResponse {
  constructor(
    private readonly button: ButtonName,
    private readonly text: string,
  ) {}

  getResponseText(): string {
    return this.text;
  }

  getSelectedButton(): GoogleAppsScript.Base.Button {
    return Button[this.button];
  }
}

function buttonSetName(buttons: unknown): ButtonSetName {
  const name = String(buttons);
  if (!(name in ButtonSet)) throw new Error(`Unknown button set: ${name}`);
  return name as ButtonSetName;
}

/** Splits (prompt), (prompt, buttons) and (title, prompt, buttons). */
function dialogArgs(args: unknown[]): { title: string | null; message: string; buttons: ButtonSetName } {
  if (args.length >= 3) return { title: String(args[0]), message: String(args[1]), buttons: buttonSetName(args[2]) };
  if (args.length === 2) return { title: null, message: String(args[0]), buttons: buttonSetName(args[1]) };
  return { title: null, message: String(args[0] ?? ''), buttons: 'OK' };
}

export class EmuUi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  /** Menus added to the UI; adding a menu with the same caption again replaces it. */
  readonly menus: MenuRecord[] = [];
  readonly alerts: DialogRecord[] = [];
  readonly prompts: DialogRecord[] = [];
  readonly sidebars: EmuHtmlOutput[] = [];
  readonly dialogs: { output: EmuHtmlOutput; title: string; modal: boolean }[] = [];
  private readonly promptAnswers: PromptAnswer[] = [];
  private readonly alertAnswers: ButtonName[] = [];

  /** Queues what the user will answer to the next prompts, in order. */
  respondToPrompts(answers: PromptAnswer[]): void {
    this.promptAnswers.push(...answers);
  }

  /** Queues the buttons the user will press on the next alerts, in order. */
  respondToAlerts(buttons: ButtonName[]): void {
    this.alertAnswers.push(...buttons);
  }

  addMenuRecord(record: MenuRecord): void {
    const i = this.menus.findIndex((m) => m.caption === record.caption);
    if (i >= 0) this.menus.splice(i, 1, record);
    else this.menus.push(record);
  }

  createAddonMenu(): EmuMenu {
    return new EmuMenu(this, null);
  }

  createMenu(caption: string): EmuMenu {
    return new EmuMenu(this, caption);
  }

  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    const dialog = dialogArgs(args);
    const button = this.alertAnswers.shift() ?? (dialog.buttons === 'OK' ? 'OK' : 'CLOSE');
    this.alerts.push({ ...dialog, button });
    return Button[button];
  }

  prompt(...args: unknown[]): EmuPromptResponse {
    const dialog = dialogArgs(args);
    const answer = this.promptAnswers.shift() ?? { button: 'CANCEL' as const, text: '' };
    const text = answer.text ?? '';
    this.prompts.push({ ...dialog, button: answer.button, text });
    return new EmuPromptResponse(answer.button, text);
  }

  showSidebar(userInterface: EmuHtmlOutput): void {
    this.sidebars.push(userInterface);
  }

  showModalDialog(userInterface: EmuHtmlOutput, title: string): void {
    this.dialogs.push({ output: userInterface, title, modal: true });
  }

  showModelessDialog(userInterface: EmuHtmlOutput, title: string): void {
    this.dialogs.push({ output: userInterface, title, modal: false });
  }
}
