/** Sheet: a grid of cells with its formats, merges, sizes, metadata and charts. */
import type { ConditionalFormatRuleApi, EmbeddedChartApi, SheetApi } from '../../gas/spreadsheet-api';
import { GridRect, parseA1 } from './a1';
import { CellProps, DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, compactProps, normaliseColour } from './cell-format';
import { CellGrid } from './cell-grid';
import { EmuConditionalFormatRule, rulesOf, setRulesInPlace } from './conditional-format';
import { contentExtent } from './cell-values';
import { ChartRecord, EmuChart, EmuChartBuilder } from './chart';
import { EmuDeveloperMetadata, MetadataRecord } from './developer-metadata';
import type { EmuNamedRange } from './named-range';
import { EmuRange } from './range';
import { EmuRangeList } from './range-list';
import type { EmuSpreadsheet } from './spreadsheet';
import { shiftSheetInPlace } from './structure';

export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

/** Everything a sheet holds besides cell content (which lives in the formula engine). */
export interface SheetState {
  name: string;
  maxRows: number;
  maxColumns: number;
  cells: CellGrid<CellProps>;
  merges: GridRect[];
  /** Sparse, 1-based; unset means the default size. */
  columnWidths: number[];
  rowHeights: number[];
  frozenRows: number;
  tabColor: string | null;
  hiddenGridlines: boolean;
  metadata: MetadataRecord[];
  charts: ChartRecord[];
}

function checkCount(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 1) throw new Error(`The number of ${what} must be at least 1.`);
}

export class EmuSheet implements SheetApi {
  readonly state: SheetState;

  constructor(
    readonly spreadsheet: EmuSpreadsheet,
    private readonly id: number,
    /** This sheet's id inside the formula engine. */
    readonly engineId: number,
    name: string,
    size: { maxRows: number; maxColumns: number } = { maxRows: NEW_SHEET_ROWS, maxColumns: NEW_SHEET_COLUMNS },
  ) {
    this.state = {
      name,
      ...size,
      cells: new CellGrid<CellProps>(),
      merges: [],
      columnWidths: [],
      rowHeights: [],
      frozenRows: 0,
      tabColor: null,
      hiddenGridlines: false,
      metadata: [],
      charts: [],
    };
  }

  private count(method: string): void {
    this.spreadsheet.calls.count(`Sheet.${method}`);
  }

  /** Changes one cell's formats/note/validation; an emptied cell is dropped. */
  updateProps(row: number, column: number, change: (props: CellProps) => CellProps): void {
    this.state.cells.set(row, column, compactProps(change(this.state.cells.get(row, column) ?? {})));
  }

  /**
   * A handle on cells: getRange(row, column[, numRows[, numColumns]]) or getRange("B2:D5"),
   * getRange("'Other sheet'!A1"). Not a spreadsheet call.
   */
  getRange(a1Notation: string): EmuRange;
  getRange(row: number, column: number, numRows?: number, numColumns?: number): EmuRange;
  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): EmuRange {
    if (typeof rowOrA1 === 'string') {
      const ref = parseA1(rowOrA1, this.state);
      const sheet = ref.sheetName === null ? this : this.spreadsheet.sheetNamed(ref.sheetName);
      if (!sheet) throw new Error(`Range not found: "${rowOrA1}"`);
      return sheet.rangeAt(ref);
    }
    return this.rangeAt({ row: rowOrA1, column: column as number, numRows, numColumns });
  }

  /** A range handle, checked against the sheet's size as Sheets checks it. */
  rangeAt(rect: GridRect): EmuRange {
    const { row, column, numRows, numColumns } = rect;
    if (![row, column, numRows, numColumns].every(Number.isInteger))
      throw new Error('Range coordinates must be whole numbers.');
    checkCount(numRows, 'rows in the range');
    checkCount(numColumns, 'columns in the range');
    if (
      row < 1 ||
      column < 1 ||
      row + numRows - 1 > this.state.maxRows ||
      column + numColumns - 1 > this.state.maxColumns
    ) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new EmuRange(this, { row, column, numRows, numColumns });
  }

  getRangeList(a1Notations: string[]): EmuRangeList {
    return new EmuRangeList(
      this,
      a1Notations.map((a1) => this.getRange(a1)),
    );
  }

  getName(): string {
    this.count('getName');
    return this.state.name;
  }

  setName(name: string): this {
    this.count('setName');
    this.spreadsheet.renameSheetInPlace(this, name);
    return this;
  }

  getSheetId(): number {
    this.count('getSheetId');
    return this.id;
  }

  /** The sheet's id without counting a call (for the emulator's own bookkeeping). */
  get sheetId(): number {
    return this.id;
  }

  getIndex(): number {
    this.count('getIndex');
    return this.spreadsheet.positionOf(this) + 1;
  }

  getParent(): EmuSpreadsheet {
    this.count('getParent');
    return this.spreadsheet;
  }

  getDataRange(): EmuRange {
    this.count('getDataRange');
    const { lastRow, lastColumn } = contentExtent(this);
    return new EmuRange(this, {
      row: 1,
      column: 1,
      numRows: Math.max(lastRow, 1),
      numColumns: Math.max(lastColumn, 1),
    });
  }

  getMaxRows(): number {
    this.count('getMaxRows');
    return this.state.maxRows;
  }

  getMaxColumns(): number {
    this.count('getMaxColumns');
    return this.state.maxColumns;
  }

  getLastRow(): number {
    this.count('getLastRow');
    return contentExtent(this).lastRow;
  }

  getLastColumn(): number {
    this.count('getLastColumn');
    return contentExtent(this).lastColumn;
  }

  private checkPosition(position: number, dimension: 'rows' | 'columns'): void {
    const max = dimension === 'rows' ? this.state.maxRows : this.state.maxColumns;
    if (!Number.isInteger(position) || position < 1 || position > max)
      throw new Error(`Those ${dimension} are out of bounds.`);
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.count('insertRowsAfter');
    this.checkPosition(afterPosition, 'rows');
    checkCount(howMany, 'rows');
    shiftSheetInPlace(this, {
      kind: 'insert',
      dimension: 'ROWS',
      at: afterPosition + 1,
      count: howMany,
      inheritFrom: 'before',
    });
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.count('insertRowsBefore');
    this.checkPosition(beforePosition, 'rows');
    checkCount(howMany, 'rows');
    shiftSheetInPlace(this, {
      kind: 'insert',
      dimension: 'ROWS',
      at: beforePosition,
      count: howMany,
      inheritFrom: 'after',
    });
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.count('insertColumnsAfter');
    this.checkPosition(afterPosition, 'columns');
    checkCount(howMany, 'columns');
    shiftSheetInPlace(this, {
      kind: 'insert',
      dimension: 'COLUMNS',
      at: afterPosition + 1,
      count: howMany,
      inheritFrom: 'before',
    });
    return this;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this.count('insertColumnsBefore');
    this.checkPosition(beforePosition, 'columns');
    checkCount(howMany, 'columns');
    shiftSheetInPlace(this, {
      kind: 'insert',
      dimension: 'COLUMNS',
      at: beforePosition,
      count: howMany,
      inheritFrom: 'after',
    });
    return this;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.count('deleteRows');
    this.checkPosition(rowPosition, 'rows');
    checkCount(howMany, 'rows');
    this.checkPosition(rowPosition + howMany - 1, 'rows');
    if (rowPosition <= this.state.frozenRows + 1 && rowPosition + howMany - 1 >= this.state.maxRows) {
      throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    }
    shiftSheetInPlace(this, { kind: 'delete', dimension: 'ROWS', at: rowPosition, count: howMany });
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.count('deleteColumns');
    this.checkPosition(columnPosition, 'columns');
    checkCount(howMany, 'columns');
    this.checkPosition(columnPosition + howMany - 1, 'columns');
    if (columnPosition === 1 && howMany >= this.state.maxColumns) {
      throw new Error('Sorry, it is not possible to delete all non-frozen columns.');
    }
    shiftSheetInPlace(this, { kind: 'delete', dimension: 'COLUMNS', at: columnPosition, count: howMany });
  }

  setColumnWidth(columnPosition: number, width: number): this {
    this.count('setColumnWidth');
    this.checkPosition(columnPosition, 'columns');
    this.state.columnWidths[columnPosition] = width;
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.count('setColumnWidths');
    this.checkPosition(startColumn + numColumns - 1, 'columns');
    for (let c = startColumn; c < startColumn + numColumns; c++) this.state.columnWidths[c] = width;
    return this;
  }

  getColumnWidth(columnPosition: number): number {
    this.count('getColumnWidth');
    return this.state.columnWidths[columnPosition] ?? DEFAULT_COLUMN_WIDTH;
  }

  setRowHeight(rowPosition: number, height: number): this {
    this.count('setRowHeight');
    this.checkPosition(rowPosition, 'rows');
    this.state.rowHeights[rowPosition] = height;
    return this;
  }

  setRowHeights(startRow: number, numRows: number, height: number): this {
    this.count('setRowHeights');
    this.checkPosition(startRow + numRows - 1, 'rows');
    for (let r = startRow; r < startRow + numRows; r++) this.state.rowHeights[r] = height;
    return this;
  }

  getRowHeight(rowPosition: number): number {
    this.count('getRowHeight');
    return this.state.rowHeights[rowPosition] ?? DEFAULT_ROW_HEIGHT;
  }

  setFrozenRows(rows: number): void {
    this.count('setFrozenRows');
    if (!Number.isInteger(rows) || rows < 0) throw new Error(`Invalid number of frozen rows: ${rows}`);
    if (rows >= this.state.maxRows) throw new Error("You can't freeze all visible rows on the sheet.");
    this.state.frozenRows = rows;
  }

  getFrozenRows(): number {
    this.count('getFrozenRows');
    return this.state.frozenRows;
  }

  setTabColor(color: string | null): this {
    this.count('setTabColor');
    this.state.tabColor = color === null ? null : normaliseColour(color);
    return this;
  }

  getTabColor(): string | null {
    this.count('getTabColor');
    return this.state.tabColor;
  }

  setHiddenGridlines(hideGridlines: boolean): this {
    this.count('setHiddenGridlines');
    this.state.hiddenGridlines = hideGridlines;
    return this;
  }

  hasHiddenGridlines(): boolean {
    this.count('hasHiddenGridlines');
    return this.state.hiddenGridlines;
  }

  getNamedRanges(): EmuNamedRange[] {
    this.count('getNamedRanges');
    return this.spreadsheet.namedRangesOn(this);
  }

  addDeveloperMetadata(key: string, value: string): this {
    this.count('addDeveloperMetadata');
    this.state.metadata.push({ id: this.spreadsheet.nextMetadataId(), key, value, location: { type: 'SHEET' } });
    return this;
  }

  /** The metadata placed on the sheet itself (row and column metadata: Range.getDeveloperMetadata). */
  getDeveloperMetadata(): EmuDeveloperMetadata[] {
    this.count('getDeveloperMetadata');
    return this.state.metadata.filter((m) => m.location.type === 'SHEET').map((m) => new EmuDeveloperMetadata(this, m));
  }

  /** Places metadata on whole rows or whole columns, the only ranges Sheets accepts. */
  addDimensionMetadata(rect: GridRect, key: string, value: string): void {
    const wholeRows = rect.column === 1 && rect.numColumns === this.state.maxColumns;
    const wholeColumns = rect.row === 1 && rect.numRows === this.state.maxRows;
    if (!wholeRows && !wholeColumns) {
      throw new Error(
        'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
      );
    }
    const location = wholeRows
      ? { type: 'ROW' as const, start: rect.row, count: rect.numRows }
      : { type: 'COLUMN' as const, start: rect.column, count: rect.numColumns };
    this.state.metadata.push({ id: this.spreadsheet.nextMetadataId(), key, value, location });
  }

  dimensionMetadataOn(rect: GridRect): EmuDeveloperMetadata[] {
    return this.state.metadata
      .filter(
        ({ location: l }) =>
          (l.type === 'ROW' &&
            l.start === rect.row &&
            l.count === rect.numRows &&
            rect.numColumns === this.state.maxColumns) ||
          (l.type === 'COLUMN' &&
            l.start === rect.column &&
            l.count === rect.numColumns &&
            rect.numRows === this.state.maxRows),
      )
      .map((m) => new EmuDeveloperMetadata(this, m));
  }

  /** A chart builder; building is not a spreadsheet call, insertChart is. */
  newChart(): EmuChartBuilder {
    return new EmuChartBuilder(this);
  }

  insertChart(chart: EmbeddedChartApi): void {
    this.count('insertChart');
    if (!(chart instanceof EmuChart)) throw new Error('Expected a chart built by the emulator.');
    this.state.charts.push(chart.record);
  }

  getCharts(): EmuChart[] {
    this.count('getCharts');
    return this.state.charts.map((c) => new EmuChart(this, c));
  }

  removeChart(chart: EmbeddedChartApi): void {
    this.count('removeChart');
    if (!(chart instanceof EmuChart)) throw new Error('Expected a chart built by the emulator.');
    this.state.charts = this.state.charts.filter((c) => c.id !== chart.record.id);
  }

  setConditionalFormatRules(rules: ConditionalFormatRuleApi[]): void {
    this.count('setConditionalFormatRules');
    setRulesInPlace(this, rules);
  }

  getConditionalFormatRules(): EmuConditionalFormatRule[] {
    this.count('getConditionalFormatRules');
    return rulesOf(this);
  }

  activate(): this {
    this.count('activate');
    this.spreadsheet.activateInPlace(this);
    return this;
  }
}
