/**
 * Writes an emulated workbook (its snapshot) to an .xlsx file with ExcelJS: values, formulas with
 * their computed results, formats, borders, notes, merges, named ranges, data validation,
 * conditional formats, column widths, row heights and frozen rows; canvas sheets print landscape
 * on one page. Charts are not written: ExcelJS cannot make them.
 */
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { columnLetter } from '../core/a1';
import { quoteSheetName } from '../core/formula';
import { CANVAS_MARKER_KEY } from '../core/layout/canvas-layout';
import { CANVAS_COLUMNS } from '../core/layout/geometry';
import { lastCanvasRow } from '../core/layout/read-canvas';
import { GridRange } from '../core/plan';
import { POSTER_MARKER_KEY } from '../core/poster';
import type {
  BorderLineSnapshot,
  CellSnapshot,
  ConditionalFormatSnapshot,
  SheetSnapshot,
  ValidationSnapshot,
  WorkbookSnapshot,
} from './emulator';

/**
 * Functions newer than Excel 2007 are stored with a "_xlfn." prefix in the file format; without it
 * Excel and LibreOffice read them as unknown names.
 */
const NEWER_FUNCTIONS = ['IFNA', 'IFS', 'SWITCH', 'CONCAT', 'TEXTJOIN', 'MAXIFS', 'MINIFS', 'XLOOKUP', 'XMATCH'];

/** A Sheets formula as the xlsx format stores it: no leading "=", newer functions prefixed. */
export function xlsxFormula(formula: string): string {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  const pattern = new RegExp(`(^|[^A-Za-z0-9_.])(${NEWER_FUNCTIONS.join('|')})\\(`, 'g');
  // Only outside string literals: split keeps the literals at odd positions.
  return body
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(pattern, '$1_xlfn.$2(')))
    .join('');
}

/** Excel's limits on a sheet name: 31 characters, none of : \\ / ? * [ ], no apostrophe at either end. */
const MAX_SHEET_NAME = 31;

/**
 * A name for each sheet that Excel accepts, unique ignoring case; names that already fit are kept.
 * Sheets allows longer names, so a long canvas name is cut and numbered when needed.
 */
export function xlsxSheetNames(names: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of names) {
    const base =
      name
        .replace(/[:\\/?*[\]]/g, ' ')
        .replace(/^'+|'+$/g, '')
        .trim() || 'Sheet';
    let candidate = base.slice(0, MAX_SHEET_NAME).trim();
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trim()}${suffix}`;
    }
    taken.add(candidate.toLowerCase());
    out.set(name, candidate);
  }
  return out;
}

/** The formula with references to renamed sheets pointing at their new names (text literals untouched). */
function renameSheetsIn(formula: string, renamed: Map<string, string>): string {
  const changes = [...renamed].filter(([from, to]) => from !== to);
  if (changes.length === 0) return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : changes.reduce(
            (text, [from, to]) => text.split(`${quoteSheetName(from)}!`).join(`${quoteSheetName(to)}!`),
            part,
          ),
    )
    .join('');
}

/** An absolute reference to a rectangle on the sheet named `sheetName`. */
function sheetRef(sheetName: string, r: { row: number; column: number; numRows: number; numColumns: number }): string {
  const corner = (row: number, column: number) => `$${columnLetter(column)}$${row}`;
  const end =
    r.numRows === 1 && r.numColumns === 1 ? '' : `:${corner(r.row + r.numRows - 1, r.column + r.numColumns - 1)}`;
  return `${quoteSheetName(sheetName)}!${corner(r.row, r.column)}${end}`;
}

function argb(colour: string): string {
  return `FF${colour.replace('#', '').toUpperCase()}`;
}

const BORDER_STYLES: Record<string, ExcelJS.BorderStyle> = {
  DOTTED: 'dotted',
  DASHED: 'dashed',
  SOLID: 'thin',
  SOLID_MEDIUM: 'medium',
  SOLID_THICK: 'thick',
  DOUBLE: 'double',
};

function border(line: BorderLineSnapshot | undefined): Partial<ExcelJS.Border> | undefined {
  return line ? { style: BORDER_STYLES[line.style] ?? 'thin', color: { argb: argb(line.color) } } : undefined;
}

function cellValue(cell: CellSnapshot, renamed: Map<string, string>): ExcelJS.CellValue {
  if (cell.formula !== undefined) {
    const result =
      cell.valueType === 'error' ? { error: cell.value as ExcelJS.CellErrorValue['error'] } : (cell.value ?? undefined);
    return { formula: xlsxFormula(renameSheetsIn(cell.formula, renamed)), result } as ExcelJS.CellFormulaValue;
  }
  return cell.literal ?? null;
}

/** The list as an inline formula, or null when it cannot be one (a comma in a value, or too long). */
function inlineList(values: string[]): string | null {
  if (values.some((v) => v.includes(',') || v.includes('"'))) return null;
  const text = values.join(',');
  return text.length > 255 ? null : `"${text}"`;
}

function validation(v: ValidationSnapshot, renamed: Map<string, string>): ExcelJS.DataValidation | null {
  const common = {
    allowBlank: true,
    showErrorMessage: !v.allowInvalid,
    errorStyle: 'stop' as const,
    showInputMessage: v.helpText !== null,
    prompt: v.helpText ?? undefined,
    error: v.helpText ?? undefined,
  };
  const c = v.criterion;
  switch (c.kind) {
    case 'list': {
      const list = inlineList(c.values);
      return list === null ? null : { ...common, type: 'list', formulae: [list] };
    }
    case 'listFromRange':
      return c.source === null
        ? null
        : {
            ...common,
            type: 'list',
            formulae: [sheetRef(renamed.get(c.source.sheetName) ?? c.source.sheetName, c.source)],
          };
    case 'numberBetween':
      return { ...common, type: 'decimal', operator: 'between', formulae: [c.min, c.max] };
    case 'numberAtLeast':
      return { ...common, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [c.min] };
  }
}

function writeCell(
  ws: ExcelJS.Worksheet,
  cell: CellSnapshot,
  defaults: WorkbookSnapshot['defaults'],
  renamed: Map<string, string>,
): void {
  const target = ws.getCell(cell.row, cell.column);
  target.value = cellValue(cell, renamed);
  const f = { ...defaults.format, ...cell.format };
  target.font = {
    name: 'Arial',
    size: f.fontSize,
    bold: f.fontWeight === 'bold',
    italic: f.fontStyle === 'italic',
    color: { argb: argb(f.fontColor) },
  };
  if (f.background !== defaults.format.background) {
    target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(f.background) } };
  }
  if (f.numberFormat !== 'General') target.numFmt = f.numberFormat;
  const horizontal =
    f.horizontalAlignment === 'general' ? undefined : (f.horizontalAlignment as ExcelJS.Alignment['horizontal']);
  target.alignment = { horizontal, vertical: f.verticalAlignment as ExcelJS.Alignment['vertical'], wrapText: f.wrap };
  if (cell.borders) {
    target.border = {
      top: border(cell.borders.top),
      left: border(cell.borders.left),
      bottom: border(cell.borders.bottom),
      right: border(cell.borders.right),
    };
  }
  if (cell.note) target.note = cell.note;
  if (cell.validation) {
    const rule = validation(cell.validation, renamed);
    if (rule) target.dataValidation = rule;
  }
}

/**
 * Custom-formula rules as 'expression' rules. The xlsx format reads the formula, as Sheets does,
 * relative to the top-left cell of the rule's first range; the first rule listed wins, as in Sheets.
 */
function writeConditionalFormats(
  ws: ExcelJS.Worksheet,
  rules: readonly ConditionalFormatSnapshot[],
  renamed: Map<string, string>,
): void {
  rules.forEach((rule, i) => {
    const style: Partial<ExcelJS.Style> = {};
    if (rule.background !== null)
      style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.background) } };
    if (rule.fontColor !== null) style.font = { color: { argb: argb(rule.fontColor) } };
    ws.addConditionalFormatting({
      ref: rule.ranges.map((r) => r.a1).join(' '),
      rules: [
        { type: 'expression', priority: i + 1, formulae: [xlsxFormula(renameSheetsIn(rule.formula, renamed))], style },
      ],
    });
  });
}

const ONE_LANDSCAPE_PAGE = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1 } as const;

/**
 * Canvas sheets print their canvas (columns A–O, title to the bottom band) landscape on one page;
 * a poster sheet prints whole on one landscape page.
 */
function setUpCanvasPrint(ws: ExcelJS.Worksheet, sheet: SheetSnapshot, snapshot: WorkbookSnapshot): void {
  if (sheet.metadata.some((m) => m.key === POSTER_MARKER_KEY && m.location.type === 'SHEET')) {
    ws.pageSetup = { ...ws.pageSetup, ...ONE_LANDSCAPE_PAGE };
    return;
  }
  const marker = sheet.metadata.find((m) => m.key === CANVAS_MARKER_KEY && m.location.type === 'SHEET');
  if (!marker?.value) return;
  let prefix: string;
  try {
    prefix = (JSON.parse(marker.value) as { prefix: string }).prefix;
  } catch {
    return;
  }
  const ranges: Record<string, GridRange> = {};
  for (const n of snapshot.namedRanges) if (n.range.sheetId === sheet.id) ranges[n.name] = n.range;
  ws.pageSetup = { ...ws.pageSetup, ...ONE_LANDSCAPE_PAGE };
  // ExcelJS writes the print area's sheet name without doubling an apostrophe in it, which makes
  // a broken file; such a sheet prints everything on its one page instead.
  if (!ws.name.includes("'")) {
    ws.pageSetup.printArea = `A1:${ws.getColumn(CANVAS_COLUMNS).letter}${lastCanvasRow(prefix, ranges)}`;
  }
}

/** The workbook as ExcelJS holds it, ready to write. */
export function workbookFromSnapshot(snapshot: WorkbookSnapshot): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'bmc-sheets';
  const renamed = xlsxSheetNames(snapshot.sheets.map((s) => s.name));
  for (const sheet of snapshot.sheets) {
    const ws = wb.addWorksheet(renamed.get(sheet.name) as string, {
      views: [
        {
          state: sheet.frozenRows > 0 ? 'frozen' : 'normal',
          ySplit: sheet.frozenRows,
          showGridLines: !sheet.hiddenGridlines,
        },
      ],
      properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
    });
    for (const cell of sheet.cells) writeCell(ws, cell, snapshot.defaults, renamed);
    for (const m of sheet.merges) ws.mergeCells(m.row, m.column, m.row + m.numRows - 1, m.column + m.numColumns - 1);
    const lastColumn = Math.max(0, ...sheet.cells.map((c) => c.column));
    const widths = new Map(sheet.columnWidths.map((w) => [w.column, w.width]));
    // Excel measures widths in characters of about 7 pixels, plus 5 pixels of padding.
    for (let c = 1; c <= lastColumn; c++)
      ws.getColumn(c).width = ((widths.get(c) ?? snapshot.defaults.columnWidth) - 5) / 7;
    // Row heights in points: three quarters of a pixel.
    for (const h of sheet.rowHeights) ws.getRow(h.row).height = h.height * 0.75;
    writeConditionalFormats(ws, sheet.conditionalFormats, renamed);
    setUpCanvasPrint(ws, sheet, snapshot);
  }
  for (const n of snapshot.namedRanges)
    wb.definedNames.add(sheetRef(renamed.get(n.range.sheetName) ?? n.range.sheetName, n.range), n.name);
  return wb;
}

/**
 * Writes the workbook to `path` as .xlsx. With `overwrite: false` an existing file is left alone
 * and the write fails with the file system's EEXIST, decided by the open itself so no other
 * writer can slip in between a check and the write.
 */
export async function writeXlsx(
  snapshot: WorkbookSnapshot,
  path: string,
  { overwrite = true }: { overwrite?: boolean } = {},
): Promise<void> {
  const bytes = await workbookFromSnapshot(snapshot).xlsx.writeBuffer();
  writeFileSync(path, new Uint8Array(bytes), { flag: overwrite ? 'w' : 'wx' });
}
