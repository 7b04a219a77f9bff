/**
 * Range: a handle on a rectangle of a sheet. It holds geometry only; every read goes to the
 * sheet's current state. Each method but the geometry accessors counts as a spreadsheet call.
 */
import type { DataValidationApi, RangeApi } from '../../gas/spreadsheet-api';
import { GridRect, rectA1 } from './a1';
import { applyBorderInPlace } from './borders';
import { CellStyle, DEFAULT_STYLE, StyleKey, withStyle } from './cell-format';
import { contentFromValue, parseEntry } from './cell-input';
import { isPlainTextCell, readDisplay, readFormula, readValue, writeContents } from './cell-values';
import { EmuDataValidation } from './data-validation';
import { EmuDeveloperMetadata } from './developer-metadata';
import { checkShape, fillRect, mapRect } from './grid-shape';
import { breakApartInPlace, mergeRectsInPlace, mergesTouching } from './merges';
import type { EmuSheet } from './sheet';

/** The emulator's range behind a RangeApi; throws for anything else. */
export function emuRangeOf(range: RangeApi): EmuRange {
  if (!(range instanceof EmuRange)) throw new Error('Expected a range from the emulated spreadsheet.');
  return range;
}

function asValidation(rule: DataValidationApi | null): EmuDataValidation | undefined {
  if (rule === null) return undefined;
  if (!(rule instanceof EmuDataValidation)) throw new Error('Expected a data validation built by the emulator.');
  return rule;
}

export class EmuRange implements RangeApi {
  constructor(
    private readonly sheet: EmuSheet,
    /** The rectangle this handle names (1-based). */
    readonly rect: Readonly<GridRect>,
  ) {}

  private count(method: string): void {
    this.sheet.spreadsheet.calls.count(`Range.${method}`);
  }

  private cells<T>(read: (row: number, column: number) => T): T[][] {
    return mapRect(this.rect, read);
  }

  private styleOf<K extends StyleKey>(key: K): Required<CellStyle>[K][][] {
    return this.cells(
      (r, c) => (this.sheet.state.cells.get(r, c)?.style?.[key] ?? DEFAULT_STYLE[key]) as Required<CellStyle>[K],
    );
  }

  private writeStyle<K extends StyleKey>(key: K, values: (CellStyle[K] | null)[][]): this {
    checkShape(values, this.rect);
    values.forEach((row, i) =>
      row.forEach((value, j) =>
        this.sheet.updateProps(this.rect.row + i, this.rect.column + j, (p) => ({
          ...p,
          style: withStyle(p.style, key, value),
        })),
      ),
    );
    return this;
  }

  getRow(): number {
    return this.rect.row;
  }

  getColumn(): number {
    return this.rect.column;
  }

  getNumRows(): number {
    return this.rect.numRows;
  }

  getNumColumns(): number {
    return this.rect.numColumns;
  }

  getA1Notation(): string {
    return rectA1(this.rect);
  }

  getSheet(): EmuSheet {
    return this.sheet;
  }

  getLastRow(): number {
    this.count('getLastRow');
    return this.rect.row + this.rect.numRows - 1;
  }

  getLastColumn(): number {
    this.count('getLastColumn');
    return this.rect.column + this.rect.numColumns - 1;
  }

  getValues(): (string | number | boolean | Date)[][] {
    this.count('getValues');
    return this.cells((r, c) => readValue(this.sheet, r, c));
  }

  getValue(): string | number | boolean | Date {
    this.count('getValue');
    return readValue(this.sheet, this.rect.row, this.rect.column);
  }

  getDisplayValues(): string[][] {
    this.count('getDisplayValues');
    return this.cells((r, c) => readDisplay(this.sheet, r, c));
  }

  getDisplayValue(): string {
    this.count('getDisplayValue');
    return readDisplay(this.sheet, this.rect.row, this.rect.column);
  }

  getFormulas(): string[][] {
    this.count('getFormulas');
    return this.cells((r, c) => readFormula(this.sheet, r, c));
  }

  getFormula(): string {
    this.count('getFormula');
    return readFormula(this.sheet, this.rect.row, this.rect.column);
  }

  /** Strings are read as Sheets reads typed input, unless the cell is formatted "@" (plain text). */
  setValues(values: unknown[][]): this {
    this.count('setValues');
    checkShape(values, this.rect);
    const tz = this.sheet.spreadsheet.timeZone;
    const contents = values.map((row, i) =>
      row.map((v, j) => contentFromValue(v, isPlainTextCell(this.sheet, this.rect.row + i, this.rect.column + j), tz)),
    );
    writeContents(this.sheet, this.rect, contents);
    return this;
  }

  /** Sets every cell of the range to the value. */
  setValue(value: unknown): this {
    this.count('setValue');
    const tz = this.sheet.spreadsheet.timeZone;
    writeContents(
      this.sheet,
      this.rect,
      this.cells((r, c) => contentFromValue(value, isPlainTextCell(this.sheet, r, c), tz)),
    );
    return this;
  }

  setFormulas(formulas: string[][]): this {
    this.count('setFormulas');
    checkShape(formulas, this.rect);
    writeContents(
      this.sheet,
      this.rect,
      formulas.map((row) => row.map((f) => parseEntry(String(f ?? ''), false))),
    );
    return this;
  }

  setFormula(formula: string): this {
    this.count('setFormula');
    writeContents(this.sheet, this.rect, fillRect(this.rect, parseEntry(formula, false)));
    return this;
  }

  getNotes(): string[][] {
    this.count('getNotes');
    return this.cells((r, c) => this.sheet.state.cells.get(r, c)?.note ?? '');
  }

  getNote(): string {
    this.count('getNote');
    return this.sheet.state.cells.get(this.rect.row, this.rect.column)?.note ?? '';
  }

  setNotes(notes: (string | null)[][]): this {
    this.count('setNotes');
    checkShape(notes, this.rect);
    notes.forEach((row, i) =>
      row.forEach((note, j) =>
        this.sheet.updateProps(this.rect.row + i, this.rect.column + j, (p) => ({
          ...p,
          note: note ? String(note) : undefined,
        })),
      ),
    );
    return this;
  }

  setNote(note: string | null): this {
    this.count('setNote');
    this.cells((r, c) => this.sheet.updateProps(r, c, (p) => ({ ...p, note: note ? String(note) : undefined })));
    return this;
  }

  getBackgrounds(): string[][] {
    this.count('getBackgrounds');
    return this.styleOf('background');
  }

  getBackground(): string {
    this.count('getBackground');
    return this.styleOf('background')[0][0];
  }

  getFontColors(): string[][] {
    this.count('getFontColors');
    return this.styleOf('fontColor');
  }

  getFontWeights(): string[][] {
    this.count('getFontWeights');
    return this.styleOf('fontWeight');
  }

  getFontStyles(): string[][] {
    this.count('getFontStyles');
    return this.styleOf('fontStyle');
  }

  getFontSizes(): number[][] {
    this.count('getFontSizes');
    return this.styleOf('fontSize');
  }

  getWraps(): boolean[][] {
    this.count('getWraps');
    return this.styleOf('wrap');
  }

  getHorizontalAlignments(): string[][] {
    this.count('getHorizontalAlignments');
    return this.styleOf('horizontalAlignment');
  }

  getVerticalAlignments(): string[][] {
    this.count('getVerticalAlignments');
    return this.styleOf('verticalAlignment');
  }

  getNumberFormats(): string[][] {
    this.count('getNumberFormats');
    return this.styleOf('numberFormat');
  }

  getNumberFormat(): string {
    this.count('getNumberFormat');
    return this.styleOf('numberFormat')[0][0];
  }

  setBackgrounds(colors: (string | null)[][]): this {
    this.count('setBackgrounds');
    return this.writeStyle('background', colors);
  }

  setBackground(color: string | null): this {
    this.count('setBackground');
    return this.writeStyle('background', fillRect(this.rect, color));
  }

  setFontColors(colors: (string | null)[][]): this {
    this.count('setFontColors');
    return this.writeStyle('fontColor', colors);
  }

  setFontColor(color: string | null): this {
    this.count('setFontColor');
    return this.writeStyle('fontColor', fillRect(this.rect, color));
  }

  setFontWeights(weights: (string | null)[][]): this {
    this.count('setFontWeights');
    return this.writeStyle('fontWeight', weights);
  }

  setFontWeight(weight: string | null): this {
    this.count('setFontWeight');
    return this.writeStyle('fontWeight', fillRect(this.rect, weight));
  }

  setFontStyles(styles: (string | null)[][]): this {
    this.count('setFontStyles');
    return this.writeStyle('fontStyle', styles);
  }

  setFontSizes(sizes: number[][]): this {
    this.count('setFontSizes');
    return this.writeStyle('fontSize', sizes);
  }

  setFontSize(size: number): this {
    this.count('setFontSize');
    return this.writeStyle('fontSize', fillRect(this.rect, size));
  }

  setWraps(wraps: boolean[][]): this {
    this.count('setWraps');
    return this.writeStyle('wrap', wraps);
  }

  setWrap(wrap: boolean): this {
    this.count('setWrap');
    return this.writeStyle('wrap', fillRect(this.rect, wrap));
  }

  setHorizontalAlignments(alignments: (string | null)[][]): this {
    this.count('setHorizontalAlignments');
    return this.writeStyle('horizontalAlignment', alignments);
  }

  setHorizontalAlignment(alignment: string | null): this {
    this.count('setHorizontalAlignment');
    return this.writeStyle('horizontalAlignment', fillRect(this.rect, alignment));
  }

  setVerticalAlignments(alignments: (string | null)[][]): this {
    this.count('setVerticalAlignments');
    return this.writeStyle('verticalAlignment', alignments);
  }

  setVerticalAlignment(alignment: string | null): this {
    this.count('setVerticalAlignment');
    return this.writeStyle('verticalAlignment', fillRect(this.rect, alignment));
  }

  setNumberFormats(formats: string[][]): this {
    this.count('setNumberFormats');
    return this.writeStyle('numberFormat', formats);
  }

  setNumberFormat(format: string): this {
    this.count('setNumberFormat');
    return this.writeStyle('numberFormat', fillRect(this.rect, format));
  }

  getDataValidations(): (EmuDataValidation | null)[][] {
    this.count('getDataValidations');
    return this.cells((r, c) => this.sheet.state.cells.get(r, c)?.validation ?? null);
  }

  getDataValidation(): EmuDataValidation | null {
    this.count('getDataValidation');
    return this.sheet.state.cells.get(this.rect.row, this.rect.column)?.validation ?? null;
  }

  setDataValidation(rule: DataValidationApi | null): this {
    this.count('setDataValidation');
    const validation = asValidation(rule);
    this.cells((r, c) => this.sheet.updateProps(r, c, (p) => ({ ...p, validation })));
    return this;
  }

  setDataValidations(rules: (DataValidationApi | null)[][]): this {
    this.count('setDataValidations');
    checkShape(rules, this.rect);
    rules.forEach((row, i) =>
      row.forEach((rule, j) => {
        const validation = asValidation(rule);
        this.sheet.updateProps(this.rect.row + i, this.rect.column + j, (p) => ({ ...p, validation }));
      }),
    );
    return this;
  }

  merge(): this {
    this.count('merge');
    mergeRectsInPlace(this.sheet, [this.rect]);
    return this;
  }

  mergeAcross(): this {
    this.count('mergeAcross');
    const rows = Array.from({ length: this.rect.numRows }, (_, i) => ({
      ...this.rect,
      row: this.rect.row + i,
      numRows: 1,
    }));
    mergeRectsInPlace(this.sheet, rows);
    return this;
  }

  breakApart(): this {
    this.count('breakApart');
    breakApartInPlace(this.sheet, this.rect);
    return this;
  }

  getMergedRanges(): EmuRange[] {
    this.count('getMergedRanges');
    return mergesTouching(this.sheet, this.rect).map((m) => new EmuRange(this.sheet, m));
  }

  isPartOfMerge(): boolean {
    this.count('isPartOfMerge');
    return mergesTouching(this.sheet, this.rect).length > 0;
  }

  /** Removes values and formulas; formats, notes and validation stay. */
  clearContent(): this {
    this.count('clearContent');
    writeContents(this.sheet, this.rect, fillRect(this.rect, { kind: 'empty' }));
    return this;
  }

  clearFormat(): this {
    this.count('clearFormat');
    this.cells((r, c) => this.sheet.updateProps(r, c, (p) => ({ ...p, style: undefined, borders: undefined })));
    return this;
  }

  /** Removes content, formats, notes and validation. */
  clear(): this {
    this.count('clear');
    writeContents(this.sheet, this.rect, fillRect(this.rect, { kind: 'empty' }));
    this.cells((r, c) => this.sheet.updateProps(r, c, () => ({})));
    return this;
  }

  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color: string | null = null,
    style: GoogleAppsScript.Spreadsheet.BorderStyle | null = null,
  ): this {
    this.count('setBorder');
    applyBorderInPlace(this.sheet, this.rect, { top, left, bottom, right, vertical, horizontal, color, style });
    return this;
  }

  /**
   * Sheets only takes developer metadata on whole rows or whole columns (or a sheet);
   * any other range throws as it does there.
   */
  addDeveloperMetadata(key: string, value: string): this {
    this.count('addDeveloperMetadata');
    this.sheet.addDimensionMetadata(this.rect, key, value);
    return this;
  }

  /** Metadata placed on exactly these rows or columns. */
  getDeveloperMetadata(): EmuDeveloperMetadata[] {
    this.count('getDeveloperMetadata');
    return this.sheet.dimensionMetadataOn(this.rect);
  }
}
