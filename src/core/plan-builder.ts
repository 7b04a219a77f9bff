import {
  BorderPlan,
  CellFormat,
  ChartPlan,
  ConditionalFormatPlan,
  GridRange,
  NamedRangePlan,
  NO_FORMAT,
  PlanValue,
  SheetPlan,
  ValidationPlan,
  ValidationRule,
} from './plan';

type ListRule = Extract<ValidationRule, { kind: 'list' | 'listFromRange' }>;

/**
 * Builds a SheetPlan cell by cell in memory. The grid grows as cells are set, so a layout never
 * needs to know its final size up front. Nothing here touches a spreadsheet.
 */
export class PlanBuilder {
  private readonly values: PlanValue[][] = [];
  private readonly formats: CellFormat[][] = [];
  private readonly notes: string[][] = [];
  private numColumns: number;
  private readonly merges: GridRange[] = [];
  private readonly borders: BorderPlan[] = [];
  private readonly namedRanges: NamedRangePlan[] = [];
  private readonly validations: ValidationPlan[] = [];
  private readonly charts: ChartPlan[] = [];
  private readonly conditionalFormats: ConditionalFormatPlan[] = [];
  private readonly rowHeights = new Map<number, number>();
  private readonly columnWidths: number[] = [];
  private frozenRows = 0;
  private tabColor: string | null = null;
  private readonly metadata: Record<string, string> = {};

  constructor(
    private readonly sheetName: string,
    minColumns = 1,
  ) {
    this.numColumns = minColumns;
  }

  get rowCount(): number {
    return this.values.length;
  }

  /** Sets a cell's value, and merges `format` into its format. */
  set(row: number, column: number, value: PlanValue, format?: Partial<CellFormat>): this {
    this.ensure(row, column);
    this.values[row - 1][column - 1] = value;
    if (format) this.format({ row, column, numRows: 1, numColumns: 1 }, format);
    return this;
  }

  /** Merges `format` into every cell of `range`. */
  format(range: GridRange, format: Partial<CellFormat>): this {
    this.ensure(range.row + range.numRows - 1, range.column + range.numColumns - 1);
    for (let r = range.row; r < range.row + range.numRows; r++) {
      for (let c = range.column; c < range.column + range.numColumns; c++) {
        this.formats[r - 1][c - 1] = { ...this.formats[r - 1][c - 1], ...format };
      }
    }
    return this;
  }

  note(row: number, column: number, text: string): this {
    this.ensure(row, column);
    this.notes[row - 1][column - 1] = text;
    return this;
  }

  merge(range: GridRange): this {
    this.ensure(range.row + range.numRows - 1, range.column + range.numColumns - 1);
    this.merges.push(range);
    return this;
  }

  border(border: BorderPlan): this {
    this.borders.push(border);
    return this;
  }

  name(name: string, range: GridRange): this {
    if (this.namedRanges.some((n) => n.name === name)) throw new Error(`Named range ${name} planned twice`);
    this.namedRanges.push({ name, range });
    return this;
  }

  validate(range: GridRange, rule: ValidationPlan['rule']): this {
    this.validations.push({ range, rule });
    return this;
  }

  /**
   * A list rule over rows of entries: the first `filled` rows, which hold something, show the
   * dropdown arrow; the empty rows below are checked against the same list with no arrow drawn, so
   * the room left in a block reads as empty paper.
   */
  validateEntryRows(rows: GridRange, rule: ListRule, filled: number): this {
    const shown = Math.min(Math.max(filled, 0), rows.numRows);
    if (shown > 0) this.validate({ ...rows, numRows: shown }, rule);
    if (shown < rows.numRows) {
      this.validate({ ...rows, row: rows.row + shown, numRows: rows.numRows - shown }, { ...rule, dropdown: false });
    }
    return this;
  }

  chart(chart: ChartPlan): this {
    this.charts.push(chart);
    return this;
  }

  conditionalFormat(rule: ConditionalFormatPlan): this {
    if (!rule.formula.startsWith('=')) throw new Error(`A conditional format needs a formula, got ${rule.formula}`);
    this.ensure(rule.range.row + rule.range.numRows - 1, rule.range.column + rule.range.numColumns - 1);
    this.conditionalFormats.push(rule);
    return this;
  }

  columnWidth(column: number, width: number): this {
    this.ensure(1, column);
    this.columnWidths[column - 1] = width;
    return this;
  }

  rowHeight(row: number, height: number): this {
    this.rowHeights.set(row, height);
    return this;
  }

  freezeRows(rows: number): this {
    this.frozenRows = rows;
    return this;
  }

  tab(color: string): this {
    this.tabColor = color;
    return this;
  }

  meta(key: string, value: string): this {
    this.metadata[key] = value;
    return this;
  }

  /** Makes sure the grid reaches at least this row and column. */
  ensure(row: number, column: number): this {
    if (!Number.isInteger(row) || !Number.isInteger(column) || row < 1 || column < 1) {
      throw new Error(`Bad cell position ${row},${column}`);
    }
    if (column > this.numColumns) {
      for (let r = 0; r < this.values.length; r++) {
        for (let c = this.numColumns; c < column; c++) {
          this.values[r].push(null);
          this.formats[r].push(NO_FORMAT);
          this.notes[r].push('');
        }
      }
      this.numColumns = column;
    }
    while (this.values.length < row) {
      this.values.push(new Array<PlanValue>(this.numColumns).fill(null));
      this.formats.push(new Array<CellFormat>(this.numColumns).fill(NO_FORMAT));
      this.notes.push(new Array<string>(this.numColumns).fill(''));
    }
    return this;
  }

  build(): SheetPlan {
    const widths: number[] = [];
    for (let c = 0; c < this.numColumns; c++) widths.push(this.columnWidths[c] ?? 100);
    return {
      sheetName: this.sheetName,
      numRows: this.values.length,
      numColumns: this.numColumns,
      values: this.values.map((r) => r.slice()),
      formats: this.formats.map((r) => r.slice()),
      notes: this.notes.map((r) => r.slice()),
      merges: this.merges.slice(),
      borders: this.borders.slice(),
      columnWidths: widths,
      rowHeights: [...this.rowHeights].map(([row, height]) => ({ row, height })).sort((a, b) => a.row - b.row),
      frozenRows: this.frozenRows,
      namedRanges: this.namedRanges.slice(),
      validations: this.validations.slice(),
      charts: this.charts.slice(),
      conditionalFormats: this.conditionalFormats.slice(),
      metadata: { ...this.metadata },
      tabColor: this.tabColor,
    };
  }
}

export function cellRange(row: number, column: number, numRows = 1, numColumns = 1): GridRange {
  return { row, column, numRows, numColumns };
}
