/**
 * Conditional-format rules with a custom formula: recorded per sheet, their ranges moving with
 * inserted and deleted rows like chart ranges, and evaluated on demand so tests can ask which
 * format a cell shows. As in Sheets, the formula is written for the top-left cell of the rule's
 * first range and shifts (relative parts only) for every other cell.
 */
import type { ConditionalFormatRuleApi, ConditionalFormatRuleBuilderApi, RangeApi } from '../../gas/spreadsheet-api';
import { columnToLetters, lettersToColumn } from './a1';
import { isErrorValue } from './formula-engine';
import { EmuRange, emuRangeOf } from './range';
import type { EmuSheet } from './sheet';
import type { TrackedRange } from './tracked-range';

export interface ConditionalFormat {
  background: string | null;
  fontColor: string | null;
}

export interface ConditionalRuleRecord extends ConditionalFormat {
  formula: string;
  ranges: TrackedRange[];
}

export class EmuConditionalFormatRule implements ConditionalFormatRuleApi {
  constructor(
    private readonly sheet: EmuSheet | null,
    readonly record: ConditionalRuleRecord,
  ) {}

  getRanges(): EmuRange[] {
    const sheet = this.sheet;
    if (sheet === null) return [];
    return this.record.ranges.filter((r) => r.valid).map((r) => sheet.spreadsheet.rangeOf(r));
  }

  getFormula(): string {
    return this.record.formula;
  }
}

export class EmuConditionalFormatRuleBuilder implements ConditionalFormatRuleBuilderApi {
  private formula = '';
  private background: string | null = null;
  private fontColor: string | null = null;
  private ranges: EmuRange[] = [];

  whenFormulaSatisfied(formula: string): this {
    this.formula = formula;
    return this;
  }

  setBackground(color: string | null): this {
    this.background = color;
    return this;
  }

  setFontColor(color: string | null): this {
    this.fontColor = color;
    return this;
  }

  setRanges(ranges: RangeApi[]): this {
    this.ranges = ranges.map(emuRangeOf);
    return this;
  }

  build(): EmuConditionalFormatRule {
    if (!this.formula.startsWith('='))
      throw new Error('A conditional format needs a condition (whenFormulaSatisfied).');
    if (this.ranges.length === 0) throw new Error('A conditional format rule needs at least one range.');
    const sheet = this.ranges[0].getSheet();
    const ss = sheet.spreadsheet;
    return new EmuConditionalFormatRule(sheet, {
      formula: this.formula,
      background: this.background,
      fontColor: this.fontColor,
      ranges: this.ranges.map((r) => ss.trackRange(r.getSheet(), r.rect)),
    });
  }
}

const rulesBySheet = new WeakMap<EmuSheet, ConditionalRuleRecord[]>();

export function setRulesInPlace(sheet: EmuSheet, rules: ConditionalFormatRuleApi[]): void {
  rulesBySheet.set(
    sheet,
    rules.map((r) => {
      if (!(r instanceof EmuConditionalFormatRule)) throw new Error('Expected a rule built by the emulator.');
      return r.record;
    }),
  );
}

export function rulesOf(sheet: EmuSheet): EmuConditionalFormatRule[] {
  return (rulesBySheet.get(sheet) ?? []).map((r) => new EmuConditionalFormatRule(sheet, r));
}

// A cell reference outside string literals: not part of a longer name, not a function name.
const REF = /(^|[^A-Za-z0-9_.])(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)(?![A-Za-z0-9_.(])/g;

/** The formula moved by `rows` and `columns`, every reference made absolute. */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REF, (_m, before: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
            const column = lettersToColumn(letters.toUpperCase()) + (colAbs ? 0 : columns);
            const row = Number(digits) + (rowAbs ? 0 : rows);
            return `${before}$${columnToLetters(column)}$${row}`;
          }),
    )
    .join('');
}

/** The format the sheet's rules give a cell (the first rule that holds wins), or null. */
export function conditionalFormatAt(sheet: EmuSheet, row: number, column: number): ConditionalFormat | null {
  for (const rule of rulesBySheet.get(sheet) ?? []) {
    const ranges = rule.ranges.filter((r) => r.valid);
    if (ranges.length === 0) continue;
    const inside = ranges.some(
      (r) => row >= r.row && row < r.row + r.numRows && column >= r.column && column < r.column + r.numColumns,
    );
    if (!inside) continue;
    const anchor = ranges[0];
    const shifted = shiftFormula(rule.formula, row - anchor.row, column - anchor.column);
    const v = sheet.spreadsheet.engine.calculate(sheet.engineId, shifted);
    if (!isErrorValue(v) && v === true) return { background: rule.background, fontColor: rule.fontColor };
  }
  return null;
}
