/**
 * Draws one sheet of a workbook snapshot as HTML tables that looks like the Sheets grid: column
 * widths, row heights, merges, colours (conditional ones too), fonts, wrapping, borders, frozen
 * rows, notes, the values as Sheets displays them, and the charts over the cells they are anchored
 * to. Cell text goes in as text nodes only, never as markup.
 */
import type {
  BorderLineSnapshot,
  CellSnapshot,
  RectSnapshot,
  SheetSnapshot,
  WorkbookSnapshot,
} from '../../emulator/snapshot';
import type { ChartView, ShownColours, WorkbookView } from '../protocol';
import { chartSvg } from './chart-svg';
import { svgElement } from './svg-element';

type Defaults = WorkbookSnapshot['defaults'];

/** What a drawing is made from: the sheet, the workbook's defaults and what Sheets draws over the cells. */
export type SheetPicture = Pick<WorkbookView, 'sheet' | 'defaults' | 'conditionalColours' | 'charts'>;

const ROW_HEADER_WIDTH = 46;
/** Empty rows and columns drawn past the last used cell, so the sheet reads as a sheet. */
const SPARE_ROWS = 20;
const SPARE_COLUMNS = 3;
const MIN_ROWS = 60;
const MIN_COLUMNS = 26;

const COLOUR = /^#[0-9a-f]{6}$/;

const BORDER_CSS: Record<string, string> = {
  SOLID: '1px solid',
  SOLID_MEDIUM: '2px solid',
  SOLID_THICK: '3px solid',
  DOTTED: '1px dotted',
  DASHED: '1px dashed',
  DOUBLE: '3px double',
};

const VERTICAL_ALIGN: Record<string, string> = { top: 'top', middle: 'middle', bottom: 'bottom' };

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * How many rows and columns to draw: everything used (chart anchors too), a margin of empty ones,
 * never past the sheet's size.
 */
export function drawnExtent(sheet: SheetSnapshot, charts: ChartView[] = []): { rows: number; columns: number } {
  let lastRow = sheet.frozenRows;
  let lastColumn = 1;
  for (const { anchor } of charts) {
    lastRow = Math.max(lastRow, anchor.row);
    lastColumn = Math.max(lastColumn, anchor.column);
  }
  for (const cell of sheet.cells) {
    if (cell.row > lastRow) lastRow = cell.row;
    if (cell.column > lastColumn) lastColumn = cell.column;
  }
  for (const m of sheet.merges) {
    lastRow = Math.max(lastRow, m.row + m.numRows - 1);
    lastColumn = Math.max(lastColumn, m.column + m.numColumns - 1);
  }
  for (const w of sheet.columnWidths) lastColumn = Math.max(lastColumn, w.column);
  return {
    rows: Math.min(sheet.maxRows, Math.max(lastRow + SPARE_ROWS, MIN_ROWS)),
    columns: Math.min(sheet.maxColumns, Math.max(lastColumn + SPARE_COLUMNS, MIN_COLUMNS)),
  };
}

function horizontalAlign(cell: CellSnapshot | undefined, alignment: string): string {
  if (alignment.includes('center')) return 'center';
  if (alignment.includes('right')) return 'right';
  if (alignment.includes('left')) return 'left';
  // "general": Sheets puts numbers right, booleans and errors in the middle, text left.
  switch (cell?.valueType) {
    case 'number':
      return 'right';
    case 'boolean':
    case 'error':
      return 'center';
    default:
      return 'left';
  }
}

function borderCss(line: BorderLineSnapshot | undefined): string | null {
  if (!line || !COLOUR.test(line.color)) return null;
  const pattern = BORDER_CSS[line.style] ?? BORDER_CSS.SOLID;
  return `${pattern} ${line.color}`;
}

/**
 * Borders as edges between cells. Each edge is drawn once, by the cell to its left or above (the
 * first row and column also draw their own top and left), so neighbours never disagree.
 */
class Edges {
  private readonly above = new Map<number, BorderLineSnapshot>();
  private readonly leftOf = new Map<number, BorderLineSnapshot>();

  constructor(private readonly width: number) {}

  private key(row: number, column: number): number {
    return row * (this.width + 2) + column;
  }

  add(cell: CellSnapshot): void {
    const b = cell.borders;
    if (!b) return;
    if (b.top) this.above.set(this.key(cell.row, cell.column), b.top);
    if (b.bottom) this.above.set(this.key(cell.row + 1, cell.column), b.bottom);
    if (b.left) this.leftOf.set(this.key(cell.row, cell.column), b.left);
    if (b.right) this.leftOf.set(this.key(cell.row, cell.column + 1), b.right);
  }

  css(row: number, column: number, rows: number, columns: number): string {
    const sides: [string, BorderLineSnapshot | undefined][] = [
      ['top', row === 1 ? this.above.get(this.key(row, column)) : undefined],
      ['bottom', this.above.get(this.key(row + rows, column))],
      ['left', column === 1 ? this.leftOf.get(this.key(row, column)) : undefined],
      ['right', this.leftOf.get(this.key(row, column + columns))],
    ];
    let css = '';
    for (const [side, line] of sides) {
      const value = borderCss(line);
      if (value) css += `border-${side}:${value};`;
    }
    return css;
  }
}

/** A cell's look; colours a conditional-format rule gives it win over its own, as in Sheets. */
export function cellCss(
  cell: CellSnapshot | undefined,
  defaults: Defaults,
  align: string,
  conditional?: ShownColours,
): string {
  const f = cell?.format ?? {};
  const background = conditional?.background ?? f.background;
  const fontColor = conditional?.fontColor ?? f.fontColor;
  let css = '';
  if (background && COLOUR.test(background)) css += `background-color:${background};`;
  if (fontColor && COLOUR.test(fontColor)) css += `color:${fontColor};`;
  if (f.fontWeight === 'bold') css += 'font-weight:bold;';
  if (f.fontStyle === 'italic') css += 'font-style:italic;';
  if (typeof f.fontSize === 'number' && f.fontSize > 0 && f.fontSize !== defaults.format.fontSize) {
    css += `font-size:${f.fontSize}pt;`;
  }
  if (align !== 'left') css += `text-align:${align};`;
  const vertical = VERTICAL_ALIGN[f.verticalAlignment ?? defaults.format.verticalAlignment];
  if (vertical && vertical !== 'bottom') css += `vertical-align:${vertical};`;
  return css;
}

function listValues(cell: CellSnapshot, byPosition: Map<string, CellSnapshot>, sheetId: number): string[] | null {
  const c = cell.validation?.criterion;
  if (!c) return null;
  if (c.kind === 'list') return c.showDropdown ? c.values : null;
  if (c.kind !== 'listFromRange' || !c.showDropdown || !c.source || c.source.sheetId !== sheetId) return null;
  const values: string[] = [];
  for (let r = c.source.row; r < c.source.row + c.source.numRows; r++) {
    for (let col = c.source.column; col < c.source.column + c.source.numColumns; col++) {
      const shown = byPosition.get(`${r}:${col}`)?.display;
      if (shown) values.push(shown);
    }
  }
  return values;
}

/** Everything about a sheet that decides the grid's shape; when it is unchanged, cells are repainted in place. */
function shapeOf(sheet: SheetSnapshot, charts: ChartView[]): string {
  const { maxRows, maxColumns, frozenRows, hiddenGridlines, columnWidths, rowHeights, merges } = sheet;
  return JSON.stringify([
    sheet.id,
    drawnExtent(sheet, charts),
    maxRows,
    maxColumns,
    frozenRows,
    hiddenGridlines,
    columnWidths,
    rowHeights,
    merges,
  ]);
}

/**
 * One sheet drawn as two tables with the same columns: the head (column letters and frozen rows),
 * which stays in view, and the body that scrolls under it.
 */
export class DrawnSheet {
  readonly element: HTMLElement;
  readonly rows: number;
  readonly columns: number;
  private readonly shape: string;
  private readonly frozen: number;
  private readonly letters: string[];
  private readonly mergeOf = new Map<string, RectSnapshot>();
  private readonly tds = new Map<string, HTMLTableCellElement>();
  private byPosition = new Map<string, CellSnapshot>();
  private conditional = new Map<string, ShownColours>();
  private cellJson = new Map<string, string>();
  private edges: Edges;
  private sheet: SheetSnapshot;
  private readonly defaults: Defaults;
  private charts: ChartView[];
  private readonly chartLayer: HTMLElement;

  constructor(picture: SheetPicture) {
    const { sheet, defaults, charts } = picture;
    this.sheet = sheet;
    this.defaults = defaults;
    this.charts = charts;
    const { rows, columns } = drawnExtent(sheet, charts);
    this.rows = rows;
    this.columns = columns;
    this.shape = shapeOf(sheet, charts);
    this.frozen = Math.min(sheet.frozenRows, rows);
    this.letters = Array.from({ length: columns + 1 }, (_, c) => (c === 0 ? '' : columnLetters(c)));
    this.edges = this.index(picture);
    for (const m of sheet.merges) {
      for (let r = m.row; r < m.row + m.numRows; r++) {
        for (let c = m.column; c < m.column + m.numColumns; c++) this.mergeOf.set(`${r}:${c}`, m);
      }
    }
    this.chartLayer = document.createElement('div');
    this.chartLayer.className = 'charts';
    this.element = this.build();
    this.element.append(this.chartLayer);
  }

  /** Indexes the cells and their conditional colours by position; a cell's JSON covers both, to tell what changed. */
  private index({ sheet, conditionalColours }: SheetPicture): Edges {
    const edges = new Edges(this.columns);
    this.byPosition = new Map();
    this.conditional = new Map(conditionalColours.map((c) => [`${c.row}:${c.column}`, c]));
    this.cellJson = new Map();
    for (const cell of sheet.cells) {
      const key = `${cell.row}:${cell.column}`;
      this.byPosition.set(key, cell);
      this.cellJson.set(key, JSON.stringify(cell));
      edges.add(cell);
    }
    for (const [key, colours] of this.conditional) {
      this.cellJson.set(key, `${this.cellJson.get(key) ?? ''}|${JSON.stringify(colours)}`);
    }
    return edges;
  }

  /**
   * Draws the charts over the cells they are anchored to. Needs the drawing in the page, since a
   * cell's place depends on the row heights its content gave it.
   */
  placeCharts(): void {
    const origin = this.element.getBoundingClientRect();
    const drawn = this.charts.flatMap((chart) => {
      const td = this.tdAt(chart.anchor.row, chart.anchor.column);
      if (!td) return [];
      const box = td.getBoundingClientRect();
      const figure = document.createElement('figure');
      figure.className = 'chart';
      figure.dataset.chartId = String(chart.id);
      figure.style.left = `${box.left - origin.left + chart.anchor.offsetX}px`;
      figure.style.top = `${box.top - origin.top + chart.anchor.offsetY}px`;
      figure.append(svgElement(chartSvg(chart)));
      return [figure];
    });
    this.chartLayer.replaceChildren(...drawn);
  }

  /** A merge that crosses from the frozen rows into the rest is drawn as two pieces, one per part. */
  private partStart(row: number): number {
    return row <= this.frozen ? 1 : this.frozen + 1;
  }

  private partEnd(row: number): number {
    return row <= this.frozen ? this.frozen : this.rows;
  }

  private build(): HTMLElement {
    const { sheet, defaults, rows, columns, letters } = this;
    const widths = new Map(sheet.columnWidths.map((w) => [w.column, w.width]));
    const heights = new Map(sheet.rowHeights.map((h) => [h.row, h.height]));
    const colgroup = document.createElement('colgroup');
    let tableWidth = ROW_HEADER_WIDTH;
    for (let c = 0; c <= columns; c++) {
      const col = document.createElement('col');
      const width = c === 0 ? ROW_HEADER_WIDTH : (widths.get(c) ?? defaults.columnWidth);
      col.style.width = `${width}px`;
      if (c > 0) tableWidth += width;
      colgroup.append(col);
    }
    const gridTable = (): HTMLTableElement => {
      const t = document.createElement('table');
      t.className = sheet.hiddenGridlines ? 'grid no-gridlines' : 'grid';
      t.style.width = `${tableWidth}px`;
      t.append(colgroup.cloneNode(true));
      return t;
    };
    const head = document.createElement('tbody');
    const headRow = document.createElement('tr');
    headRow.className = 'column-heads';
    for (let c = 0; c <= columns; c++) {
      const th = document.createElement('th');
      th.className = c === 0 ? 'corner' : 'column-head';
      th.textContent = letters[c];
      headRow.append(th);
    }
    head.append(headRow);
    const body = document.createElement('tbody');
    for (let r = 1; r <= rows; r++) {
      const tr = document.createElement('tr');
      tr.style.height = `${heights.get(r) ?? defaults.rowHeight}px`;
      const rowHead = document.createElement('th');
      rowHead.className = 'row-head';
      rowHead.textContent = String(r);
      tr.append(rowHead);
      for (let c = 1; c <= columns; c++) {
        const merge = this.mergeOf.get(`${r}:${c}`);
        if (merge && (Math.max(merge.row, this.partStart(r)) !== r || merge.column !== c)) continue;
        const td = document.createElement('td');
        td.dataset.a1 = `${letters[c]}${r}`;
        if (merge) {
          const spanRows = Math.min(merge.row + merge.numRows - 1, this.partEnd(r)) - r + 1;
          const spanColumns = Math.min(merge.numColumns, columns - c + 1);
          if (spanRows > 1) td.rowSpan = spanRows;
          if (spanColumns > 1) td.colSpan = spanColumns;
        }
        this.paint(td, r, c);
        this.tds.set(`${r}:${c}`, td);
        tr.append(td);
      }
      (r <= this.frozen ? head : body).append(tr);
    }
    const headTable = gridTable();
    headTable.append(head);
    const bodyTable = gridTable();
    bodyTable.append(body);
    const pinned = document.createElement('div');
    pinned.className = this.frozen > 0 ? 'sheet-head has-frozen-rows' : 'sheet-head';
    pinned.append(headTable);
    const element = document.createElement('div');
    element.className = 'sheet';
    element.append(pinned, bodyTable);
    return element;
  }

  /** Gives a td its cell's look and text (its spans are set once, by build). */
  private paint(td: HTMLTableCellElement, r: number, c: number): void {
    const cell = this.byPosition.get(`${r}:${c}`);
    const merged = this.mergeOf.has(`${r}:${c}`);
    const format = cell?.format ?? {};
    const align = horizontalAlign(cell, format.horizontalAlignment ?? this.defaults.format.horizontalAlignment);
    const conditional = this.conditional.get(`${r}:${c}`);
    td.style.cssText = cellCss(cell, this.defaults, align, conditional) + this.edges.css(r, c, td.rowSpan, td.colSpan);
    let className = format.wrap ? 'wrap' : '';
    const text = cell?.display ?? '';
    td.replaceChildren();
    if (text !== '') {
      const spills = !format.wrap && !merged && align === 'left' && !this.byPosition.get(`${r}:${c + 1}`)?.display;
      if (spills) {
        // Unwrapped text runs on over empty cells to its right, as in Sheets.
        const span = document.createElement('span');
        span.className = 'spill';
        span.textContent = text;
        td.append(span);
        className += ' spills';
      } else {
        td.textContent = text;
      }
    }
    if (cell?.note) {
      className += ' has-note';
      td.title = cell.note;
    } else {
      td.removeAttribute('title');
    }
    if (cell && listValues(cell, this.byPosition, this.sheet.id)) className += ' has-list';
    td.className = className.trim();
  }

  /**
   * Brings the drawing up to date with a newer snapshot of the same sheet by repainting only the
   * cells that changed (and their neighbours, whose borders and overflowing text depend on them).
   * Charts are drawn again. Returns false when the sheet's shape changed, so it has to be drawn anew.
   */
  update(picture: SheetPicture): boolean {
    if (shapeOf(picture.sheet, picture.charts) !== this.shape) return false;
    const before = this.cellJson;
    this.sheet = picture.sheet;
    this.charts = picture.charts;
    this.edges = this.index(picture);
    const changed = new Set<string>();
    for (const [key, json] of this.cellJson) if (before.get(key) !== json) changed.add(key);
    for (const key of before.keys()) if (!this.cellJson.has(key)) changed.add(key);
    const repaint = new Set<HTMLTableCellElement>();
    for (const key of changed) {
      const [r, c] = key.split(':').map(Number);
      for (const [dr, dc] of [
        [0, 0],
        [-1, 0],
        [1, 0],
        [0, -1],
        [0, 1],
      ]) {
        const td = this.tdAt(r + dr, c + dc);
        if (td) repaint.add(td);
      }
    }
    for (const td of repaint) {
      const [r, c] = this.positionOf(td);
      this.paint(td, r, c);
    }
    this.placeCharts();
    return true;
  }

  private positionOf(td: HTMLTableCellElement): [number, number] {
    const match = /^([A-Z]+)(\d+)$/.exec(td.dataset.a1 ?? '');
    if (!match) throw new Error(`A grid cell without an address: ${td.dataset.a1}`);
    let column = 0;
    for (const ch of match[1]) column = column * 26 + ch.charCodeAt(0) - 64;
    return [Number(match[2]), column];
  }

  /** The row and column of a td of this grid, or null for anything else. */
  cellOf(element: Element): [number, number] | null {
    const td = element.closest('td');
    return td && this.element.contains(td) ? this.positionOf(td) : null;
  }

  cellAt(row: number, column: number): CellSnapshot | undefined {
    return this.byPosition.get(`${row}:${column}`);
  }

  /** The td showing a cell (the merge's top-left td for any cell inside a merge). */
  tdAt(row: number, column: number): HTMLTableCellElement | undefined {
    const merge = this.mergeOf.get(`${row}:${column}`);
    return merge
      ? this.tds.get(`${Math.max(merge.row, this.partStart(row))}:${merge.column}`)
      : this.tds.get(`${row}:${column}`);
  }

  /** The merge a cell belongs to, if any. */
  mergeAt(row: number, column: number): RectSnapshot | undefined {
    return this.mergeOf.get(`${row}:${column}`);
  }

  /** The values a list validation offers for a cell (only lists on this sheet are resolved). */
  listAt(row: number, column: number): string[] | null {
    const cell = this.byPosition.get(`${row}:${column}`);
    return cell ? listValues(cell, this.byPosition, this.sheet.id) : null;
  }
}
