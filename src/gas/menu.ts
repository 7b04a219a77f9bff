/**
 * The add-on menu and its three commands. Each command asks Apps Script for the active
 * spreadsheet and its UI, then hands over to the adapter. Nothing here runs at load time, and
 * onOpen touches only the UI so that it works before the user has authorised the add-on.
 */
import { todayIn } from './apps-script-context';
import { LICENCE_LINE } from '../core/blocks';
import { emptyCanvas } from '../core/model';
import { canvasNameFromInput, DEFAULT_CANVAS_NAME } from '../core/layout/names';
import { writeNewCanvas } from './canvas-sheet';
import type { SpreadsheetApi } from './spreadsheet-api';

const TITLE = 'Business Model Canvas';

const ABOUT_TEXT = [
  'Business Model Canvas lays out the nine building blocks of a business model on a sheet of ' +
    'this spreadsheet, so you can fill them in, share them and turn the revenue and cost blocks ' +
    'into a working financial model.',
  LICENCE_LINE,
  'Help, in this menu, explains each command, the KPIs and what to do when something goes wrong, ' +
    'and holds the privacy policy and the terms of use.',
  'The add-on asks only for access to this spreadsheet and for permission to show its menu, ' +
    'dialogs and sidebar here. It reads no other file and sends nothing anywhere.',
].join('\n\n');

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('New canvas', 'menuNewCanvas')
    .addItem('Open sidebar', 'menuOpenSidebar')
    .addSeparator()
    .addItem('Compare canvases…', 'menuCompareCanvases')
    .addItem('Refresh comparison', 'menuRefreshCompare')
    .addItem('Duplicate as variant', 'menuDuplicateVariant')
    .addSeparator()
    .addItem('Help', 'menuHelp')
    .addItem('About', 'menuAbout')
    .addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function menuNewCanvas(): void {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(
    'New canvas',
    `Name of the new canvas (leave it empty for "${DEFAULT_CANVAS_NAME}"):`,
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const name = canvasNameFromInput(answer.getResponseText());
  if (!name.ok) {
    ui.alert('New canvas', name.message, ui.ButtonSet.OK);
    return;
  }
  reportingFailures(ui, 'The canvas could not be added', () => {
    const ss: SpreadsheetApi = SpreadsheetApp.getActiveSpreadsheet();
    const createdOn = todayIn(ss);
    const sheet = writeNewCanvas(ss, emptyCanvas(name.name), createdOn);
    ss.setActiveSheet(sheet);
    ss.toast(`"${name.name}" is ready on the sheet "${sheet.getName()}".`, TITLE);
  });
}

export function menuOpenSidebar(): void {
  const ui = SpreadsheetApp.getUi();
  reportingFailures(ui, 'The sidebar could not be opened', () => {
    ui.showSidebar(HtmlService.createHtmlOutputFromFile('sidebar').setTitle(TITLE));
  });
}

/** docs/help.md with the privacy policy and terms, built into dist/help.html by scripts/build.mjs. */
export function menuHelp(): void {
  const ui = SpreadsheetApp.getUi();
  reportingFailures(ui, 'The help could not be opened', () => {
    ui.showModalDialog(HtmlService.createHtmlOutputFromFile('help').setWidth(640).setHeight(560), `${TITLE}: help`);
  });
}

export function menuAbout(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(`About ${TITLE}`, ABOUT_TEXT, ui.ButtonSet.OK);
}

/**
 * Runs a command and turns a failure into an alert with its plain message: the user sees what
 * went wrong, never a stack trace. The full error still goes to the execution log.
 */
function reportingFailures(ui: GoogleAppsScript.Base.Ui, what: string, command: () => void): void {
  try {
    command();
  } catch (err) {
    // Apps Script always has a console; a bare JavaScript host (as in the offline tests) may not.
    if (typeof console !== 'undefined') console.error(err);
    const message = typeof err === 'object' && err !== null && 'message' in err ? String(err.message) : String(err);
    ui.alert(TITLE, `${what}: ${message}`, ui.ButtonSet.OK);
  }
}
