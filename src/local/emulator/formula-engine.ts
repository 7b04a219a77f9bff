/**
 * HyperFormula, configured to calculate like Google Sheets (en-US locale), holding every cell's
 * content. The emulator's sheets keep their formats beside it; HyperFormula moves formulas when
 * rows and columns come and go, and keeps named ranges as named expressions.
 */
import { CellValueDetailedType, ConfigParams, DetailedCellError, HyperFormula, RawCellContent } from 'hyperformula';
import type { GridRect } from './a1';
import type { Dimension } from './shift';

/** An error value, as Sheets shows it ("#DIV/0!", "#REF!", "#N/A", "#NAME?", ...). */
export interface ErrorValue {
  error: string;
}

/** A computed cell value; null for an empty cell. */
export type ComputedValue = number | string | boolean | null | ErrorValue;

export function isErrorValue(v: unknown): v is ErrorValue {
  return typeof v === 'object' && v !== null && 'error' in v;
}

// From HyperFormula's guide "Compatibility with Google Sheets"; smart rounding off so that
// values read back exactly as the arithmetic gives them.
const SHEETS_CONFIG: Partial<ConfigParams> = {
  licenseKey: 'gpl-v3',
  localeLang: 'en-US',
  dateFormats: ['MM/DD/YYYY', 'MM/DD/YY', 'YYYY/MM/DD'],
  timeFormats: ['hh:mm', 'hh:mm:ss.sss'],
  currencySymbol: ['$', 'USD'],
  functionArgSeparator: ',',
  decimalSeparator: '.',
  thousandSeparator: '',
  arrayColumnSeparator: ',',
  arrayRowSeparator: ';',
  nullDate: { year: 1899, month: 12, day: 30 },
  nullYear: 30,
  leapYear1900: false,
  useArrayArithmetic: false,
  smartRounding: false,
  evaluateNullToZero: false,
  undoLimit: 0,
};

/**
 * The formula syntax of a locale, from Node's own locale data rather than the add-on's table: where
 * the decimal separator is "," (de_DE, fr_FR, ...) arguments are separated by ";", so a formula
 * written with "," between arguments does not parse and its cell shows an error.
 */
export function formulaSyntaxOf(locale: string): Partial<ConfigParams> {
  const parts = new Intl.NumberFormat(locale.replace('_', '-')).formatToParts(1.5);
  if (parts.find((p) => p.type === 'decimal')?.value !== ',') return {};
  return { functionArgSeparator: ';', decimalSeparator: ',', arrayColumnSeparator: ';', arrayRowSeparator: '|' };
}

// Errors HyperFormula names differently from Sheets.
const SHEETS_ERROR: Record<string, string> = { '#CYCLE!': '#REF!', '#SPILL!': '#REF!', '#LIC!': '#ERROR!' };

/** The longest text a formula may give in Sheets: a cell's own limit. */
export const TEXT_RESULT_LIMIT = 50_000;

export class FormulaEngine {
  private readonly hf: HyperFormula;

  /** `locale` as Sheets names it ("de_DE"): it decides the formula syntax, as in Sheets. */
  constructor(locale = 'en_US') {
    this.hf = HyperFormula.buildEmpty({ ...SHEETS_CONFIG, ...formulaSyntaxOf(locale) });
    this.hf.addNamedExpression('TRUE', '=TRUE()');
    this.hf.addNamedExpression('FALSE', '=FALSE()');
  }

  addSheet(name: string): number {
    return this.hf.getSheetId(this.hf.addSheet(name)) as number;
  }

  removeSheet(sheet: number): void {
    this.hf.removeSheet(sheet);
  }

  renameSheet(sheet: number, name: string): void {
    this.hf.renameSheet(sheet, name);
  }

  /** Writes a block of raw contents: numbers, booleans, null (empty), "=formula", "'text". */
  setContents(sheet: number, row: number, column: number, contents: RawCellContent[][]): void {
    this.hf.setCellContents({ sheet, row: row - 1, col: column - 1 }, contents);
  }

  /** Replaces a whole sheet's content at once (much faster than cell by cell). */
  replaceSheetContents(sheet: number, contents: RawCellContent[][]): void {
    this.hf.setSheetContent(sheet, contents);
  }

  value(sheet: number, row: number, column: number): ComputedValue {
    const v = this.hf.getCellValue({ sheet, row: row - 1, col: column - 1 });
    if (v instanceof DetailedCellError) return { error: SHEETS_ERROR[v.value] ?? v.value };
    // Sheets refuses a text result longer than a cell may hold ("Text result of TEXTJOIN is longer
    // than the limit of 50000 characters") and shows #VALUE!.
    if (typeof v === 'string' && v.length > TEXT_RESULT_LIMIT) return { error: '#VALUE!' };
    return v;
  }

  /** True when the engine typed the value as a date or time (e.g. =DATE(2025,1,31)). */
  isDateLike(sheet: number, row: number, column: number): boolean {
    const t = this.hf.getCellValueDetailedType({ sheet, row: row - 1, col: column - 1 });
    return (
      t === CellValueDetailedType.NUMBER_DATE ||
      t === CellValueDetailedType.NUMBER_DATETIME ||
      t === CellValueDetailedType.NUMBER_TIME
    );
  }

  /** Computes a formula as if it stood on `sheet`, without storing it (conditional formats use it). */
  calculate(sheet: number, formulaText: string): ComputedValue {
    const v = this.hf.calculateFormula(formulaText, sheet);
    if (Array.isArray(v)) return { error: '#VALUE!' };
    if (v instanceof DetailedCellError) return { error: SHEETS_ERROR[v.value] ?? v.value };
    return v;
  }

  /** "=..." for a formula cell, otherwise undefined. */
  formula(sheet: number, row: number, column: number): string | undefined {
    return this.hf.getCellFormula({ sheet, row: row - 1, col: column - 1 });
  }

  /** Raw stored contents of a rectangle (text keeps the apostrophe the emulator wrote). */
  raw(sheet: number, rect: GridRect): RawCellContent[][] {
    return this.hf.getRangeSerialized({
      start: { sheet, row: rect.row - 1, col: rect.column - 1 },
      end: { sheet, row: rect.row + rect.numRows - 2, col: rect.column + rect.numColumns - 2 },
    });
  }

  /** The populated area's height and width. */
  extent(sheet: number): { rows: number; columns: number } {
    const d = this.hf.getSheetDimensions(sheet);
    return { rows: d.height, columns: d.width };
  }

  insert(sheet: number, dimension: Dimension, at: number, count: number): void {
    if (dimension === 'ROWS') this.hf.addRows(sheet, [at - 1, count]);
    else this.hf.addColumns(sheet, [at - 1, count]);
  }

  remove(sheet: number, dimension: Dimension, at: number, count: number): void {
    if (dimension === 'ROWS') this.hf.removeRows(sheet, [at - 1, count]);
    else this.hf.removeColumns(sheet, [at - 1, count]);
  }

  canName(name: string): boolean {
    return this.hf.isItPossibleToAddNamedExpression(name, '=1') || this.hf.getNamedExpression(name) !== undefined;
  }

  /** Defines or redefines a global name, e.g. ("Revenue", "='Acme Coffee'!$B$3:$B$5"). */
  setName(name: string, expression: string): void {
    if (this.hf.getNamedExpression(name)) this.hf.changeNamedExpression(name, expression);
    else this.hf.addNamedExpression(name, expression);
  }

  /** Forgets a name: formulas using it show #NAME? again. */
  removeName(name: string): void {
    if (this.hf.getNamedExpression(name)) this.hf.removeNamedExpression(name);
  }

  /** Runs many writes as one recalculation. */
  batch(work: () => void): void {
    this.hf.batch(work);
  }
}
