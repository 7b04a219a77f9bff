/** Business model patterns: ready templates, their viability checks, and hints for any canvas. */
export * from './types';
export type { PatternTemplate } from './template';
export { PATTERNS, listTemplates, getTemplate } from './registry';
export { CHECK_KINDS } from './check-kinds';
export type { CheckKindInfo, CheckInputInfo, CheckOutputInfo } from './check-kinds';
export { evaluateCheck } from './evaluate-check';
export type { ResultFor } from './evaluate-check';
export { canvasRefValue } from './canvas-refs';
export { patternHints, HINT_RULES } from './hints';
export type { HintRule } from './hints';
