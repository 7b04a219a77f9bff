/**
 * Spreadsheet: the workbook. Owns the formula engine, the sheets in order, the named ranges,
 * the ranges that follow inserts and deletes, document properties and the call counter.
 */
import { SHEET_NAME_LENGTH } from '../../core/rules/limits';
import type { RangeApi, SheetApi, SpreadsheetApi } from '../../gas/spreadsheet-api';
import { GridRect, parseA1 } from './a1';
import { CallCounter } from './call-counter';
import { FormulaEngine } from './formula-engine';
import { NameRegistry } from './name-registry';
import { EmuNamedRange } from './named-range';
import { Separators, separatorsOf } from './number-format';
import { PropertyStore } from './properties';
import { EmuRange, emuRangeOf } from './range';
import { EmuSheet, NEW_SHEET_COLUMNS, NEW_SHEET_ROWS } from './sheet';
import type { ShiftOp } from './shift';
import type { WorkbookSnapshot } from './snapshot';
import { snapshotOf } from './snapshot-write';
import { RangeTracker, TrackedRange } from './tracked-range';

export interface SpreadsheetOptions {
  /** Default "Untitled spreadsheet". */
  name?: string;
  /** Default "emulated-spreadsheet". */
  id?: string;
  /** IANA zone for dates, default "UTC". */
  timeZone?: string;
  /** Default "en_US". */
  locale?: string;
  /** Start with no sheet at all (restoring a snapshot adds them); by default there is "Sheet1". */
  blank?: boolean;
}

export interface ToastRecord {
  message: string;
  title: string | null;
  timeoutSeconds: number | null;
}

export class EmuSpreadsheet implements SpreadsheetApi {
  /** Spreadsheet calls made on this workbook and its sheets, ranges, named ranges and metadata. */
  readonly calls = new CallCounter();
  readonly engine: FormulaEngine;
  readonly documentProperties = new PropertyStore();
  /** Toasts shown, oldest first. */
  readonly toasts: ToastRecord[] = [];

  private name: string;
  private readonly id: string;
  /** IANA time zone name (also Spreadsheet.getSpreadsheetTimeZone(), which counts as a call). */
  readonly timeZone: string;
  readonly locale: string;
  /** How the locale draws a number format's grouping and decimal point. */
  readonly separators: Separators;
  private sheets: EmuSheet[] = [];
  private active: EmuSheet | null = null;
  private readonly tracker = new RangeTracker();
  private readonly names: NameRegistry;
  private sheetSeq = 0;
  private metadataSeq = 0;
  private chartSeq = 0;

  constructor(options: SpreadsheetOptions = {}) {
    this.name = options.name ?? 'Untitled spreadsheet';
    this.id = options.id ?? 'emulated-spreadsheet';
    this.timeZone = options.timeZone ?? 'UTC';
    this.locale = options.locale ?? 'en_US';
    this.engine = new FormulaEngine(this.locale);
    this.separators = separatorsOf(this.locale);
    this.names = new NameRegistry(this.engine, this.tracker, (id) => this.sheetById(id)?.state.name ?? null);
    if (!options.blank) this.addSheetInPlace('Sheet1');
  }

  /** A plain, versioned, JSON-serialisable copy of the whole workbook (see snapshot.ts). */
  toJSON(): WorkbookSnapshot {
    return snapshotOf(this);
  }

  private count(method: string): void {
    this.calls.count(`Spreadsheet.${method}`);
  }

  // ---- internal bookkeeping (not spreadsheet calls) ----

  sheetList(): readonly EmuSheet[] {
    return this.sheets;
  }

  activeSheet(): EmuSheet {
    if (!this.active) throw new Error('The spreadsheet has no sheets.');
    return this.active;
  }

  sheetNamed(name: string): EmuSheet | null {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.state.name.toLowerCase() === lower) ?? null;
  }

  sheetById(id: number): EmuSheet | null {
    return this.sheets.find((s) => s.sheetId === id) ?? null;
  }

  positionOf(sheet: EmuSheet): number {
    return this.sheets.indexOf(sheet);
  }

  nextMetadataId(): number {
    return ++this.metadataSeq;
  }

  nextChartId(): number {
    return ++this.chartSeq;
  }

  private checkNewSheetName(name: string, except?: EmuSheet): void {
    if (name.trim() === '') throw new Error('A sheet name cannot be empty.');
    if (name.length > SHEET_NAME_LENGTH)
      throw new Error(`A sheet name cannot be longer than ${SHEET_NAME_LENGTH} characters.`);
    const clash = this.sheetNamed(name);
    if (clash && clash !== except)
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }

  /**
   * Adds a sheet without counting a call. `index` is 0-based (default: at the end);
   * `id` is kept when restoring a snapshot.
   */
  addSheetInPlace(
    name: string,
    options: { index?: number; id?: number; maxRows?: number; maxColumns?: number } = {},
  ): EmuSheet {
    this.checkNewSheetName(name);
    let id = options.id;
    if (id === undefined) {
      do {
        id = this.sheetSeq === 0 ? 0 : 1_000_000_000 + this.sheetSeq * 7_919;
        this.sheetSeq++;
      } while (this.sheetById(id));
    }
    if (this.sheetById(id)) throw new Error(`Sheet id ${id} is already in use.`);
    const sheet = new EmuSheet(this, id, this.engine.addSheet(name), name, {
      maxRows: options.maxRows ?? NEW_SHEET_ROWS,
      maxColumns: options.maxColumns ?? NEW_SHEET_COLUMNS,
    });
    this.sheets.splice(options.index ?? this.sheets.length, 0, sheet);
    this.active ??= sheet;
    return sheet;
  }

  renameSheetInPlace(sheet: EmuSheet, name: string): void {
    if (sheet.state.name === name) return;
    this.checkNewSheetName(name, sheet);
    this.engine.renameSheet(sheet.engineId, name);
    sheet.state.name = name;
    this.names.syncSheet(sheet.sheetId);
  }

  activateInPlace(sheet: EmuSheet): void {
    if (!this.sheets.includes(sheet)) throw new Error('That sheet is not in this spreadsheet.');
    this.active = sheet;
  }

  /** Registers a range that must keep pointing at the same cells as rows and columns move. */
  trackRange(sheet: EmuSheet, rect: GridRect): TrackedRange {
    return this.tracker.track(sheet.sheetId, rect);
  }

  /** A range handle for a tracked range's current cells. */
  rangeOf(tracked: TrackedRange): EmuRange {
    const sheet = this.sheetById(tracked.sheetId);
    if (!sheet || !tracked.valid) throw new Error('The range no longer exists.');
    return new EmuRange(sheet, {
      row: tracked.row,
      column: tracked.column,
      numRows: tracked.numRows,
      numColumns: tracked.numColumns,
    });
  }

  shiftTrackedInPlace(sheet: EmuSheet, op: ShiftOp): void {
    this.tracker.shiftInPlace(sheet.sheetId, op);
    this.names.syncSheet(sheet.sheetId);
  }

  createName(name: string, sheet: EmuSheet, rect: GridRect): void {
    this.names.create(name, sheet.sheetId, rect);
  }

  moveName(name: string, sheet: EmuSheet, rect: GridRect): void {
    this.names.move(name, sheet.sheetId, rect);
  }

  renameName(oldName: string, newName: string): void {
    this.names.rename(oldName, newName);
  }

  dropName(name: string): void {
    this.names.drop(name);
  }

  namedRangeTarget(name: string): TrackedRange | null {
    return this.names.target(name);
  }

  /** Named ranges in creation order. */
  namedRangeEntries(): { name: string; target: TrackedRange }[] {
    return this.names.entries();
  }

  namedRangesOn(sheet: EmuSheet): EmuNamedRange[] {
    return this.names
      .entries()
      .filter((e) => e.target.sheetId === sheet.sheetId)
      .map((e) => new EmuNamedRange(this, e.name));
  }

  restoreSequences(sequences: { metadata: number; chart: number; sheet: number }): void {
    this.metadataSeq = sequences.metadata;
    this.chartSeq = sequences.chart;
    this.sheetSeq = sequences.sheet;
  }

  sequences(): { metadata: number; chart: number; sheet: number } {
    return { metadata: this.metadataSeq, chart: this.chartSeq, sheet: this.sheetSeq };
  }

  // ---- SpreadsheetApi ----

  getId(): string {
    this.count('getId');
    return this.id;
  }

  getName(): string {
    this.count('getName');
    return this.name;
  }

  rename(name: string): void {
    this.count('rename');
    this.name = name;
  }

  /** The id without counting a call. */
  get spreadsheetId(): string {
    return this.id;
  }

  /** The name without counting a call. */
  get title(): string {
    return this.name;
  }

  getSpreadsheetTimeZone(): string {
    this.count('getSpreadsheetTimeZone');
    return this.timeZone;
  }

  getSpreadsheetLocale(): string {
    this.count('getSpreadsheetLocale');
    return this.locale;
  }

  getSheets(): EmuSheet[] {
    this.count('getSheets');
    return [...this.sheets];
  }

  getSheetByName(name: string): EmuSheet | null {
    this.count('getSheetByName');
    return this.sheetNamed(name);
  }

  getSheetById(id: number): EmuSheet | null {
    this.count('getSheetById');
    return this.sheets.find((s) => s.sheetId === id) ?? null;
  }

  getActiveSheet(): EmuSheet {
    this.count('getActiveSheet');
    return this.activeSheet();
  }

  setActiveSheet(sheet: SheetApi): EmuSheet {
    this.count('setActiveSheet');
    const s = this.sheets.find((x) => x === sheet);
    if (!s) throw new Error('That sheet is not in this spreadsheet.');
    this.active = s;
    return s;
  }

  /**
   * insertSheet(), insertSheet(name), insertSheet(name, index) or insertSheet(index); index is
   * 0-based. Without an index the sheet goes right after the active sheet. It becomes active.
   */
  insertSheet(nameOrIndex?: string | number, sheetIndex?: number): EmuSheet {
    this.count('insertSheet');
    let name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const index = typeof nameOrIndex === 'number' ? nameOrIndex : sheetIndex;
    if (index !== undefined && (!Number.isInteger(index) || index < 0 || index > this.sheets.length)) {
      throw new Error(`Sheet index ${index} is out of range.`);
    }
    if (name === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheetNamed(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    const after = this.active ? this.positionOf(this.active) + 1 : this.sheets.length;
    const sheet = this.addSheetInPlace(name, { index: index ?? after });
    this.active = sheet;
    return sheet;
  }

  deleteSheet(sheet: SheetApi): void {
    this.count('deleteSheet');
    const s = this.sheets.find((x) => x === sheet);
    if (!s) throw new Error('That sheet is not in this spreadsheet.');
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    const position = this.positionOf(s);
    this.sheets.splice(position, 1);
    this.engine.removeSheet(s.engineId);
    this.tracker.invalidateSheet(s.sheetId);
    this.names.syncSheet(s.sheetId);
    if (this.active === s) this.active = this.sheets[Math.max(0, position - 1)];
  }

  getNamedRanges(): EmuNamedRange[] {
    this.count('getNamedRanges');
    return this.names.entries().map((e) => new EmuNamedRange(this, e.name));
  }

  getRangeByName(name: string): EmuRange | null {
    this.count('getRangeByName');
    const target = this.names.target(name);
    return target ? this.rangeOf(target) : null;
  }

  setNamedRange(name: string, range: RangeApi): void {
    this.count('setNamedRange');
    const r = emuRangeOf(range);
    this.createName(name, r.getSheet(), r.rect);
  }

  removeNamedRange(name: string): void {
    this.count('removeNamedRange');
    this.names.drop(name);
  }

  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    this.count('toast');
    this.toasts.push({ message: String(msg), title: title ?? null, timeoutSeconds: timeoutSeconds ?? null });
  }

  /** A range from A1 notation with a sheet name ("'Acme Coffee'!B3"), or on the active sheet. */
  getRange(a1Notation: string): EmuRange {
    this.count('getRange');
    const ref = parseA1(a1Notation, this.activeSheet().state);
    const sheet = ref.sheetName === null ? this.activeSheet() : this.sheetNamed(ref.sheetName);
    if (!sheet) throw new Error(`Range not found: "${a1Notation}"`);
    return sheet.getRange(a1Notation.slice(a1Notation.lastIndexOf('!') + 1));
  }
}
