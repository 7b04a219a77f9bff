/**
 * Everything Apps Script can call. The build makes each export of this file a global function of
 * dist/Code.js; nothing else is global. Add a function here only if a trigger, a menu item or the
 * sidebar calls it by name (the sidebar's are the contract `SidebarServer` in src/core/api.ts).
 */
export {
  menuAbout,
  menuCheckSpreadsheet,
  menuHelp,
  menuNewCanvas,
  menuOpenSidebar,
  menuPoster,
  onEdit,
  onInstall,
  onOpen,
} from './menu';
export { menuCompareCanvases, menuDuplicateVariant, menuRefreshCompare } from './compare-api';
export {
  addTemplateToCanvas,
  listTemplates,
  newCanvasFromTemplate,
  patternHintsFor,
  sidebarCreateCanvas,
  sidebarEdit,
  sidebarExportJson,
  sidebarImportJson,
  sidebarOpen,
  sidebarSetAssumptions,
  sidebarWhatIf,
  undoTemplateAddition,
} from './sidebar-api';
