/**
 * The server functions the sidebar calls through google.script.run, as globals of Code.js: the
 * implementation of `SidebarServer` (src/core/api.ts). Each takes one request object (checked
 * before anything else happens) and answers with a result object.
 */
import { SidebarServer } from '../core/api';
import { appsScriptServices } from './apply-plan';
import { appsScriptContext } from './apps-script-context';
import { ServerContext } from './server-function';
import { createCanvas, editCanvas, exportCanvas, importCanvas, openCanvas } from './sidebar-server';
import {
  addTemplateToCanvasIn,
  galleryOf,
  newCanvasFromTemplateIn,
  patternHintsIn,
  undoTemplateAdditionIn,
} from './templates-api';
import { whatIf } from './whatif-server';
import { setAssumptions } from './assumptions-server';

function appsScript(): ServerContext {
  return appsScriptContext(appsScriptServices());
}

// `satisfies` makes the compiler hold this object to the contract both ways: every function the
// sidebar may call is here with its request and result types, and nothing else is.
const sidebarServer = {
  sidebarOpen: (request: unknown) => openCanvas(appsScript(), request),
  sidebarCreateCanvas: (request: unknown) => createCanvas(appsScript(), request),
  sidebarEdit: (request: unknown) => editCanvas(appsScript(), request),
  sidebarImportJson: (request: unknown) => importCanvas(appsScript(), request),
  sidebarExportJson: (request: unknown) => exportCanvas(appsScript(), request),
  sidebarWhatIf: (request: unknown) => whatIf(appsScript(), request),
  sidebarSetAssumptions: (request: unknown) => setAssumptions(appsScript(), request),
  listTemplates: () => galleryOf(),
  newCanvasFromTemplate: (request: unknown) => newCanvasFromTemplateIn(appsScript(), request),
  addTemplateToCanvas: (request: unknown) => addTemplateToCanvasIn(appsScript(), request),
  undoTemplateAddition: (request: unknown) => undoTemplateAdditionIn(appsScript(), request),
  patternHintsFor: (request: unknown) => patternHintsIn(appsScript(), request),
} satisfies SidebarServer;

export const {
  sidebarOpen,
  sidebarCreateCanvas,
  sidebarEdit,
  sidebarImportJson,
  sidebarExportJson,
  sidebarWhatIf,
  sidebarSetAssumptions,
  listTemplates,
  newCanvasFromTemplate,
  addTemplateToCanvas,
  undoTemplateAddition,
  patternHintsFor,
} = sidebarServer;
