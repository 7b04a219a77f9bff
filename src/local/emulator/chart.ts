/** Embedded charts: recorded (type, data ranges, anchor, options), never drawn. */
import type { EmbeddedChartApi, EmbeddedChartBuilderApi, RangeApi } from '../../gas/spreadsheet-api';
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
    });
  }
}
