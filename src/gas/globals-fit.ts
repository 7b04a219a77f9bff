/**
 * Compile-time proof that the globals of src/gas/main.ts fit the contracts the sidebar is typed
 * against. Types only, and not exported by main.ts, so nothing here becomes a global.
 */
import type { ServerApi, TemplateServerApi } from '../core/api';
import type {
  sidebarCreateCanvas,
  sidebarEdit,
  sidebarExportJson,
  sidebarImportJson,
  sidebarOpen,
  sidebarWhatIf,
} from './sidebar-api';
import type { addTemplateToCanvas, listTemplates, newCanvasFromTemplate, patternHintsFor } from './templates-api';

type Fits<Contract, T extends Contract> = T;

export type SidebarGlobals = Fits<
  ServerApi,
  {
    sidebarOpen: typeof sidebarOpen;
    sidebarCreateCanvas: typeof sidebarCreateCanvas;
    sidebarEdit: typeof sidebarEdit;
    sidebarImportJson: typeof sidebarImportJson;
    sidebarExportJson: typeof sidebarExportJson;
    sidebarWhatIf: typeof sidebarWhatIf;
  }
>;

export type TemplateGlobals = Fits<
  TemplateServerApi,
  {
    listTemplates: typeof listTemplates;
    newCanvasFromTemplate: typeof newCanvasFromTemplate;
    addTemplateToCanvas: typeof addTemplateToCanvas;
    patternHintsFor: typeof patternHintsFor;
  }
>;
