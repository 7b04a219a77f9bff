/**
 * The subset of Apps Script's spreadsheet services that the add-on uses.
 *
 * The adapter is written against these interfaces, never against the global SpreadsheetApp.
 * Two compile-time checks keep them honest: at the bottom of this file the real
 * `GoogleAppsScript` types must be assignable to them, and the in-memory emulator
 * (src/local/emulator) implements them. Add a method here only when the add-on calls it.
 */

export type CellScalar = string | number | boolean | Date;

export interface DataValidationApi {
  getCriteriaType(): unknown;
  getHelpText(): string | null;
}

export interface DataValidationBuilderApi {
  requireValueInList(values: string[], showDropdown?: boolean): DataValidationBuilderApi;
  requireValueInRange(range: RangeApi, showDropdown?: boolean): DataValidationBuilderApi;
  requireNumberBetween(start: number, end: number): DataValidationBuilderApi;
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilderApi;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderApi;
  setHelpText(helpText: string): DataValidationBuilderApi;
  build(): DataValidationApi;
}

export interface DeveloperMetadataApi {
  getKey(): string;
  getValue(): string | null;
  setValue(value: string): DeveloperMetadataApi;
  remove(): void;
}

export interface RangeApi {
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getLastRow(): number;
  getLastColumn(): number;
  getA1Notation(): string;
  getSheet(): SheetApi;

  getValues(): any[][];
  getDisplayValues(): string[][];
  getFormulas(): string[][];
  getValue(): any;
  getNotes(): string[][];
  getBackgrounds(): string[][];
  getNumberFormats(): string[][];
  getDataValidations(): (DataValidationApi | null)[][];
  setValues(values: any[][]): RangeApi;
  setValue(value: any): RangeApi;
  setFormulas(formulas: string[][]): RangeApi;
  setNotes(notes: (string | null)[][]): RangeApi;
  setBackgrounds(colors: (string | null)[][]): RangeApi;
  setBackground(color: string | null): RangeApi;
  setFontColors(colors: (string | null)[][]): RangeApi;
  setFontWeights(weights: (string | null)[][]): RangeApi;
  setFontStyles(styles: (string | null)[][]): RangeApi;
  setFontSizes(sizes: number[][]): RangeApi;
  setWraps(wraps: boolean[][]): RangeApi;
  setHorizontalAlignments(alignments: (string | null)[][]): RangeApi;
  setVerticalAlignments(alignments: (string | null)[][]): RangeApi;
  setNumberFormats(formats: string[][]): RangeApi;
  setDataValidation(rule: DataValidationApi | null): RangeApi;
  setDataValidations(rules: (DataValidationApi | null)[][]): RangeApi;
  merge(): RangeApi;
  mergeAcross(): RangeApi;
  breakApart(): RangeApi;
  clearContent(): RangeApi;
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color: string | null,
    style: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): RangeApi;
  addDeveloperMetadata(key: string, value: string): RangeApi;
}

export interface RangeListApi {
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color: string | null,
    style: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): RangeListApi;
  setBackground(color: string | null): RangeListApi;
  setFontWeight(fontWeight: string | null): RangeListApi;
  setNumberFormat(numberFormat: string): RangeListApi;
}

export interface NamedRangeApi {
  getName(): string;
  getRange(): RangeApi;
  setRange(range: RangeApi): NamedRangeApi;
  remove(): void;
}

export interface EmbeddedChartBuilderApi {
  setChartType(type: GoogleAppsScript.Charts.ChartType): EmbeddedChartBuilderApi;
  addRange(range: RangeApi): EmbeddedChartBuilderApi;
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): EmbeddedChartBuilderApi;
  setOption(option: string, value: any): EmbeddedChartBuilderApi;
  setNumHeaders(headers: number): EmbeddedChartBuilderApi;
  setTransposeRowsAndColumns(transpose: boolean): EmbeddedChartBuilderApi;
  setMergeStrategy(mergeStrategy: GoogleAppsScript.Charts.ChartMergeStrategy): EmbeddedChartBuilderApi;
  build(): EmbeddedChartApi;
}

export interface EmbeddedChartApi {
  getRanges(): RangeApi[];
  getOptions(): { get(option: string): any };
  getMergeStrategy(): GoogleAppsScript.Charts.ChartMergeStrategy;
  getTransposeRowsAndColumns(): boolean;
}

/** A conditional-format rule, built by SpreadsheetApp.newConditionalFormatRule(). */
export interface ConditionalFormatRuleApi {
  getRanges(): RangeApi[];
}

export interface ConditionalFormatRuleBuilderApi {
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilderApi;
  setBackground(color: string | null): ConditionalFormatRuleBuilderApi;
  setFontColor(color: string | null): ConditionalFormatRuleBuilderApi;
  setRanges(ranges: RangeApi[]): ConditionalFormatRuleBuilderApi;
  build(): ConditionalFormatRuleApi;
}

export interface SheetApi {
  getName(): string;
  setName(name: string): SheetApi;
  getSheetId(): number;
  getIndex(): number;
  getParent(): SpreadsheetApi;
  /** Always called with all four numbers: the one overload keeps the subset assignable. */
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeApi;
  getRangeList(a1Notations: string[]): RangeListApi;
  getDataRange(): RangeApi;
  getMaxRows(): number;
  getMaxColumns(): number;
  getLastRow(): number;
  getLastColumn(): number;
  insertRowsAfter(afterPosition: number, howMany: number): SheetApi;
  insertRowsBefore(beforePosition: number, howMany: number): SheetApi;
  insertColumnsAfter(afterPosition: number, howMany: number): SheetApi;
  deleteRows(rowPosition: number, howMany: number): void;
  deleteColumns(columnPosition: number, howMany: number): void;
  setColumnWidth(columnPosition: number, width: number): SheetApi;
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetApi;
  setRowHeight(rowPosition: number, height: number): SheetApi;
  setRowHeights(startRow: number, numRows: number, height: number): SheetApi;
  setFrozenRows(rows: number): void;
  getFrozenRows(): number;
  setTabColor(color: string | null): SheetApi;
  setHiddenGridlines(hideGridlines: boolean): SheetApi;
  getNamedRanges(): NamedRangeApi[];
  addDeveloperMetadata(key: string, value: string): SheetApi;
  getDeveloperMetadata(): DeveloperMetadataApi[];
  newChart(): EmbeddedChartBuilderApi;
  insertChart(chart: EmbeddedChartApi): void;
  getCharts(): EmbeddedChartApi[];
  setConditionalFormatRules(rules: ConditionalFormatRuleApi[]): void;
  getConditionalFormatRules(): ConditionalFormatRuleApi[];
  activate(): SheetApi;
}

export interface SpreadsheetApi {
  getId(): string;
  getName(): string;
  getSpreadsheetTimeZone(): string;
  getSpreadsheetLocale(): string;
  getSheets(): SheetApi[];
  getSheetByName(name: string): SheetApi | null;
  getSheetById(id: number): SheetApi | null;
  getActiveSheet(): SheetApi;
  setActiveSheet(sheet: SheetApi): SheetApi;
  insertSheet(sheetName: string, sheetIndex?: number): SheetApi;
  deleteSheet(sheet: SheetApi): void;
  getNamedRanges(): NamedRangeApi[];
  getRangeByName(name: string): RangeApi | null;
  setNamedRange(name: string, range: RangeApi): void;
  removeNamedRange(name: string): void;
  toast(msg: string, title?: string, timeoutSeconds?: number): void;
}

// Compile-time proof that the real services fit the subset.
type Assert<T extends true> = T;
export type RealSpreadsheetFits = Assert<
  GoogleAppsScript.Spreadsheet.Spreadsheet extends SpreadsheetApi ? true : false
>;
export type RealSheetFits = Assert<GoogleAppsScript.Spreadsheet.Sheet extends SheetApi ? true : false>;
export type RealRuleBuilderFits = Assert<
  GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder extends ConditionalFormatRuleBuilderApi ? true : false
>;
export type RealRangeFits = Assert<GoogleAppsScript.Spreadsheet.Range extends RangeApi ? true : false>;
