/** Embedded charts: recorded (type, data ranges, anchor, options), never drawn. */
import type { EmbeddedChartApi, EmbeddedChartBuilderApi, RangeApi } from '../../gas/spreadsheet-api';
import { ChartSeries, chartSeries } from './chart-series';
import { readValue } from './cell-values';
import { EmuRange, emuRangeOf } from './range';
import type { EmuSheet } from './sheet';
import type { TrackedRange } from './tracked-range';

export interface ChartAnchor {
  row: number;
  column: number;
  offsetX: number;
  offsetY: number;
}

export interface ChartRecord {
  id: number;
  /** A Charts.ChartType name: "LINE", "COLUMN", "BAR", ... */
  type: string;
  ranges: TrackedRange[];
  anchor: ChartAnchor;
  options: Record<string, unknown>;
  numHeaders: number;
  /** Series run along rows rather than down columns. */
  transposed: boolean;
  /** How the ranges join into one table: "MERGE_COLUMNS" (Sheets' default) or "MERGE_ROWS". */
  mergeStrategy: string;
}

export class EmuChart implements EmbeddedChartApi {
  constructor(
    private readonly sheet: EmuSheet,
    /** The chart's recorded state; the sheet moves its anchor and ranges with inserts and deletes. */
    readonly record: ChartRecord,
  ) {}

  getChartId(): number {
    return this.record.id;
  }

  getChartType(): string {
    return this.record.type;
  }

  /** The data ranges still on the sheet (a range whose cells were all deleted is gone). */
  getRanges(): EmuRange[] {
    return this.record.ranges.filter((r) => r.valid).map((r) => this.sheet.spreadsheet.rangeOf(r));
  }

  /**
   * What the chart plots: the ranges joined by the merge strategy, transposed if set, then the
   * first column as the labels and every other column as a series named by its header cell. Not a
   * spreadsheet call: Apps Script has no such method; tests read what Sheets would draw.
   */
  series(): ChartSeries {
    const grids = this.getRanges().map((r) =>
      Array.from({ length: r.rect.numRows }, (_, i) =>
        Array.from({ length: r.rect.numColumns }, (_, j) => readValue(r.getSheet(), r.rect.row + i, r.rect.column + j)),
      ),
    );
    return chartSeries(grids, this.record);
  }

  /** The merge strategy as Apps Script's enum name ("MERGE_COLUMNS" unless set). */
  getMergeStrategy(): GoogleAppsScript.Charts.ChartMergeStrategy {
    return this.record.mergeStrategy as unknown as GoogleAppsScript.Charts.ChartMergeStrategy;
  }

  getTransposeRowsAndColumns(): boolean {
    return this.record.transposed;
  }

  getOptions(): { get(option: string): unknown } {
    const options = this.record.options;
    return { get: (option: string) => options[option] ?? null };
  }

  getContainerInfo(): {
    getAnchorRow(): number;
    getAnchorColumn(): number;
    getOffsetX(): number;
    getOffsetY(): number;
  } {
    const a = this.record.anchor;
    return {
      getAnchorRow: () => a.row,
      getAnchorColumn: () => a.column,
      getOffsetX: () => a.offsetX,
      getOffsetY: () => a.offsetY,
    };
  }
}

export class EmuChartBuilder implements EmbeddedChartBuilderApi {
  private type = 'LINE';
  private readonly ranges: EmuRange[] = [];
  private anchor: ChartAnchor = { row: 1, column: 1, offsetX: 0, offsetY: 0 };
  private readonly options: Record<string, unknown> = {};
  private numHeaders = -1;
  private transposed = false;
  private mergeStrategy = 'MERGE_COLUMNS';

  constructor(private readonly sheet: EmuSheet) {}

  setChartType(type: GoogleAppsScript.Charts.ChartType): this {
    this.type = String(type);
    return this;
  }

  addRange(range: RangeApi): this {
    this.ranges.push(emuRangeOf(range));
    return this;
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.anchor = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }

  setOption(option: string, value: unknown): this {
    this.options[option] = value;
    return this;
  }

  setTransposeRowsAndColumns(transpose: boolean): this {
    this.transposed = transpose;
    return this;
  }

  setMergeStrategy(mergeStrategy: GoogleAppsScript.Charts.ChartMergeStrategy): this {
    this.mergeStrategy = String(mergeStrategy);
    return this;
  }

  setNumHeaders(headers: number): this {
    this.numHeaders = headers;
    return this;
  }

  build(): EmuChart {
    const ss = this.sheet.spreadsheet;
    return new EmuChart(this.sheet, {
      id: ss.nextChartId(),
      type: this.type,
      ranges: this.ranges.map((r) => ss.trackRange(r.getSheet(), r.rect)),
      anchor: { ...this.anchor },
      options: { ...this.options },
      numHeaders: this.numHeaders,
      transposed: this.transposed,
      mergeStrategy: this.mergeStrategy,
    });
  }
}
