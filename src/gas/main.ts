/**
 * Everything Apps Script can call. The build makes each export of this file a global function of
 * dist/Code.js; nothing else is global. Add a function here only if a trigger, a menu item or the
 * sidebar calls it by name.
 */
export { menuAbout, menuHelp, menuNewCanvas, menuOpenSidebar, onInstall, onOpen } from './menu';
export * from './sidebar-api';
export { listTemplates, newCanvasFromTemplate, addTemplateToCanvas, patternHintsFor } from './templates-api';
export {
  compare,
  duplicateVariant,
  listCanvases,
  menuCompareCanvases,
  menuDuplicateVariant,
  menuRefreshCompare,
  refreshCompare,
} from './compare-api';
