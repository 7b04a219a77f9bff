/**
 * The server functions the sidebar calls through google.script.run, as globals of Code.js. Each
 * takes one request object (checked before anything else happens) and answers with a result
 * object; see ServerApi in src/core/api.ts for the contract, which these are checked against.
 */
import { EditResult, ExportResult, OpenResult, WhatIfResult } from '../core/api';
import { appsScriptServices } from './apply-plan';
import { appsScriptContext } from './apps-script-context';
import { createCanvas, editCanvas, exportCanvas, importCanvas, openCanvas, ServerContext } from './sidebar-server';
import { whatIf } from './whatif-server';

function appsScript(): ServerContext {
  return appsScriptContext(appsScriptServices());
}

/** Shows the active canvas (or the one named), or lists the file's canvases. */
export function sidebarOpen(request: unknown): OpenResult {
  return openCanvas(appsScript(), request);
}

/** Adds an empty canvas named as typed and shows it. */
export function sidebarCreateCanvas(request: unknown): OpenResult {
  return createCanvas(appsScript(), request);
}

/** Makes one change to a canvas and returns the canvas read back from the sheet. */
export function sidebarEdit(request: unknown): EditResult {
  return editCanvas(appsScript(), request);
}

/** Adds a canvas from the text of a JSON file as a new sheet and shows it. */
export function sidebarImportJson(request: unknown): OpenResult {
  return importCanvas(appsScript(), request);
}

/** The canvas on the sheet named, as JSON to download. */
export function sidebarExportJson(request: unknown): ExportResult {
  return exportCanvas(appsScript(), request);
}

/** Tries driver changes on a canvas, or keeps them as a named scenario; answers with the KPIs before and after. */
export function sidebarWhatIf(request: unknown): WhatIfResult {
  return whatIf(appsScript(), request);
}
