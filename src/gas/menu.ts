/**
 * The add-on menu, and its commands for a new canvas, the sidebar, Help and About (the Compare
 * and variant commands are in compare-api.ts). Each command runs through the one wrapper
 * (server-function.ts), so a failure shows as an alert in plain words. Nothing here runs at load
 * time, and onOpen touches only the UI so that it works before the user has authorised the add-on.
 */
import { LICENCE_LINE } from '../core/blocks';
import { canvasNameFromInput, DEFAULT_CANVAS_NAME } from '../core/layout/names';
import { localeFacts, numberStyleOf } from '../core/locale';
import { appsScriptServices } from './apply-plan';
import { appsScriptContext } from './apps-script-context';
import { emptyCanvasIn, writeNewCanvas } from './canvas-sheet';
import { checkSpreadsheet } from './diagnostics';
import { makePoster } from './poster';
import { tabFollowsTitle } from './title-sync';
import { ADDON_TITLE as TITLE, failed, menuCommand } from './server-function';

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
    // The add-on guidance: Start, first, opens the add-on's main view.
    .addItem('Start', 'menuOpenSidebar')
    .addItem('New canvas', 'menuNewCanvas')
    .addSeparator()
    .addItem('Compare canvases…', 'menuCompareCanvases')
    .addItem('Refresh comparison', 'menuRefreshCompare')
    .addItem('Duplicate as variant', 'menuDuplicateVariant')
    .addItem('Poster', 'menuPoster')
    .addSeparator()
    .addItem('Check this spreadsheet', 'menuCheckSpreadsheet')
    .addItem('Help', 'menuHelp')
    .addItem('About', 'menuAbout')
    .addToUi();
}

/** The simple trigger: a canvas's retyped title renames its tab (title-sync.ts). */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!e) return;
  try {
    tabFollowsTitle({ range: e.range, value: e.value, source: e.source });
  } catch {
    // A trigger has no one to tell; the tab keeps its name and the canvas works as before.
  }
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function menuNewCanvas(): void {
  const ui = SpreadsheetApp.getUi();
  menuCommand(
    ui,
    'The canvas could not be added',
    () => {
      const answer = ui.prompt(
        'New canvas',
        `Name of the new canvas (leave it empty for "${DEFAULT_CANVAS_NAME}"):`,
        ui.ButtonSet.OK_CANCEL,
      );
      if (answer.getSelectedButton() !== ui.Button.OK) return;
      const name = canvasNameFromInput(answer.getResponseText());
      if (!name.ok) return failed(name.message);
      const { ss, today, services } = appsScriptContext(appsScriptServices());
      const sheet = writeNewCanvas(ss, emptyCanvasIn(ss, name.name), today(), services);
      ss.setActiveSheet(sheet);
      ss.toast(`"${name.name}" is ready on the sheet "${sheet.getName()}".`, TITLE);
    },
    'New canvas',
  );
}

/** The sidebar's page, told how the spreadsheet's locale writes numbers (read by sidebar/format.ts). */
function sidebarPage(): GoogleAppsScript.HTML.HtmlOutput {
  const numbers = numberStyleOf(localeFacts(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale()));
  return HtmlService.createHtmlOutputFromFile('sidebar')
    .append(`<script>window.bmcNumberStyle = ${JSON.stringify(numbers)};</script>`)
    .setTitle(TITLE);
}

export function menuOpenSidebar(): void {
  const ui = SpreadsheetApp.getUi();
  menuCommand(ui, 'The sidebar could not be opened', () => void ui.showSidebar(sidebarPage()));
}

/** docs/help.md with the privacy policy and terms, built into dist/help.html by scripts/build.mjs. */
export function menuHelp(): void {
  const ui = SpreadsheetApp.getUi();
  menuCommand(
    ui,
    'The help could not be opened',
    () =>
      void ui.showModalDialog(
        HtmlService.createHtmlOutputFromFile('help').setWidth(640).setHeight(560),
        `${TITLE}: help`,
      ),
  );
}

/** A print-ready poster of the canvas on the active sheet, on a sheet of its own after it. */
export function menuPoster(): void {
  const ui = SpreadsheetApp.getUi();
  menuCommand(
    ui,
    'The poster could not be made',
    () => {
      const { ss, services } = appsScriptContext(appsScriptServices());
      const made = makePoster(ss, ss.getActiveSheet(), services);
      if (!made.ok) return failed(made.message);
      ss.setActiveSheet(made.sheet);
      ss.toast(
        `The poster of "${made.canvasName}" is on the sheet "${made.sheet.getName()}". To print it, choose File → Print, then Landscape and Fit to page.`,
        TITLE,
      );
      return undefined;
    },
    'Poster',
  );
}

export function menuAbout(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(`About ${TITLE}`, ABOUT_TEXT, ui.ButtonSet.OK);
}

/**
 * Builds a temporary canvas from a case worked out by hand, compares what Sheets computed, takes
 * the canvas away again and shows the report.
 */
export function menuCheckSpreadsheet(): void {
  const ui = SpreadsheetApp.getUi();
  menuCommand(ui, 'The spreadsheet could not be checked', () => {
    const { ss, services, today } = appsScriptContext(appsScriptServices());
    ui.alert(TITLE, checkSpreadsheet(ss, services, today()), ui.ButtonSet.OK);
    return undefined;
  });
}
