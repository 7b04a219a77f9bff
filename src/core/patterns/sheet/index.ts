/** The pattern check on a canvas sheet: layout, live formulas, and reading it back. */
export {
  addPatternCheck,
  CHECK_PATTERN_NAMES,
  isPatternCheckName,
  PATTERN_CHECK_KEY,
  patternCheckPlan,
  UNIT_STATUS,
} from './write-check';
export type { CanvasWithCheck } from './write-check';
export {
  checkOutputName,
  checkResultName,
  unitProfitName,
  patternCheckLayout,
  CHECK_COLUMNS,
  MAX_UNITS,
} from './check-layout';
export type { PatternCheckLayout, CheckLine, UnitLine } from './check-layout';
export { NOT_APPLICABLE, PASS, FAIL } from './check-formulas';
export { readPatternCheck, patternCheckArea, patternCheckRect } from './read-check';
export type { PatternCheckRead } from './read-check';
export {
  additionsFor,
  chosenAdditions,
  DEFAULT_PARTS,
  describeAdditions,
  templateOffer,
  galleryEntries,
  templateCanvas,
  templateLines,
  unknownTemplateMessage,
  PREVIEW_ITEMS,
} from './gallery';
export type { Additions, GalleryEntry, KeyNumber } from './gallery';
