/** The Compare sheet: canvases side by side, as a plan and the staging that reads them cheaply. */
export { compareKpis } from './kpis';
export type { Better, CompareKpi } from './kpis';
export {
  BEST,
  CONVERTED_CURRENCIES,
  CRITERIA_ROWS,
  DIFFERENT_CURRENCIES,
  layoutCompare,
  MAX_CANVASES,
  MIN_CANVASES,
  MISSING,
  WORST,
} from './layout';
export type { CompareColumn, CompareLayout } from './layout';
export {
  COMPARE_MARKER_KEY,
  COMPARE_SHEET_NAME,
  criterionKey,
  EMPTY_MEMORY,
  HEADERS,
  memoryFrom,
  parseCompareMarker,
  rowsByKey,
} from './marker';
export type { CompareMarker, CompareMemory, ComparedCanvas, KeptText, Typed } from './marker';
export { COMPARED_BLOCKS, stagingOf } from './staging';
export type { CanvasSnapshot, CanvasSource, Staging } from './staging';
export { pickCanvases, pickPrompt } from './pick';
export type { Picked } from './pick';
export { LINKED_ROWS } from './links';
export type { LinkedRow } from './links';
