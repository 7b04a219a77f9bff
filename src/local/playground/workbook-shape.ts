/**
 * The saved workbook's shape, checked in full before anything is built from it: a file edited by
 * hand or cut short must not crash the playground, hang it (a cell at row 1e9 would ask for a
 * billion rows), or load quietly into something other than what was saved. Each problem is said
 * in words, naming the sheet and cell, so the message on the page tells the user what was wrong.
 */
import { parseCompareMarker, COMPARE_MARKER_KEY } from '../../core/compare/marker';
import { CANVAS_MARKER_KEY } from '../../core/layout/canvas-layout';
import { parseMarker } from '../../core/layout/read-canvas';
import { type CellFormatSnapshot, SNAPSHOT_VERSION, type WorkbookSnapshot } from '../emulator/snapshot';
import { CELL_TEXT_LIMIT, COLUMN_LIMIT, SHEET_NAME_LIMIT, WORKBOOK_CELL_LIMIT } from './sheets-limits';

/** Thrown with the first problem found; its message reads after "the saved workbook is damaged: ". */
export class WorkbookShapeError extends Error {}

type Json = Record<string, unknown>;

function fail(where: string, problem: string): never {
  throw new WorkbookShapeError(`${where} ${problem}`);
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function record(value: unknown, where: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(where, 'is not an object');
  return value as Json;
}

function list(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) fail(where, 'is not a list');
  return value;
}

function whole(value: unknown, where: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `of ${min} or more` : `from ${min} to ${max}`;
    fail(where, `is ${shown(value)}, not a whole number ${range}`);
  }
  return value;
}

function finite(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(where, `is ${shown(value)}, not a number`);
  return value;
}

function text(value: unknown, where: string, max = CELL_TEXT_LIMIT): string {
  if (typeof value !== 'string') fail(where, `is ${shown(value)}, not text`);
  if (value.length > max) fail(where, `is ${value.length} characters long, more than the ${max} allowed`);
  return value;
}

function flag(value: unknown, where: string): boolean {
  if (typeof value !== 'boolean') fail(where, `is ${shown(value)}, not true or false`);
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], where: string): T {
  if (!allowed.includes(value as T)) fail(where, `is ${shown(value)}, not one of ${allowed.join(', ')}`);
  return value as T;
}

function colour(value: unknown, where: string): void {
  if (typeof value !== 'string' || !/^#[0-9a-f]{6}$/i.test(value)) fail(where, `is ${shown(value)}, not a colour`);
}

function formula(value: unknown, where: string): void {
  if (!text(value, where).startsWith('=')) fail(where, `is ${shown(value)}, which does not start with "="`);
}

function optional(json: Json, key: string, check: (value: unknown, where: string) => void, where: string): void {
  if (json[key] !== undefined) check(json[key], `${where}, ${key},`);
}

/** Sheets' format keys, each with its check; the compiler holds this to the snapshot's format type. */
const FORMAT_CHECKS: Record<keyof CellFormatSnapshot, (value: unknown, where: string) => void> = {
  background: colour,
  fontColor: colour,
  fontWeight: (v, w) => oneOf(v, ['normal', 'bold'], w),
  fontStyle: (v, w) => oneOf(v, ['normal', 'italic'], w),
  fontSize: finite,
  wrap: flag,
  horizontalAlignment: (v, w) => oneOf(v, ['general', 'normal', 'left', 'center', 'right'], w),
  verticalAlignment: (v, w) => oneOf(v, ['top', 'middle', 'bottom'], w),
  numberFormat: (v, w) => text(v, w, 1000),
};

function format(value: unknown, where: string, every: boolean): void {
  const json = record(value, where);
  for (const key of Object.keys(json)) {
    if (!Object.hasOwn(FORMAT_CHECKS, key)) fail(where, `has an unknown format "${key}"`);
  }
  for (const [key, check] of Object.entries(FORMAT_CHECKS)) {
    if (every && json[key] === undefined) fail(where, `has no ${key}`);
    optional(json, key, check, where);
  }
}

const BORDER_STYLES = ['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE'] as const;

function borders(value: unknown, where: string): void {
  const json = record(value, where);
  for (const [side, line] of Object.entries(json)) {
    const at = `${where}, ${side} border,`;
    oneOf(side, ['top', 'left', 'bottom', 'right'], `${where}, a border side`);
    const l = record(line, at);
    colour(l.color, `${at} colour`);
    oneOf(l.style, BORDER_STYLES, `${at} style`);
  }
}

interface SheetSize {
  name: string;
  maxRows: number;
  maxColumns: number;
}

/** What the check knows of the workbook while it walks it: each sheet's size, by id. */
type SheetSizes = Map<number, SheetSize>;

interface Rect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

function rect(value: unknown, where: string, size: SheetSize): Rect {
  const json = record(value, where);
  const row = whole(json.row, `${where}, row,`, 1, size.maxRows);
  const column = whole(json.column, `${where}, column,`, 1, size.maxColumns);
  const numRows = whole(json.numRows, `${where}, number of rows,`, 1, size.maxRows - row + 1);
  const numColumns = whole(json.numColumns, `${where}, number of columns,`, 1, size.maxColumns - column + 1);
  text(json.a1, `${where}, a1,`);
  return { row, column, numRows, numColumns };
}

function sheetRect(value: unknown, where: string, sizes: SheetSizes): void {
  const json = record(value, where);
  const size = sizes.get(json.sheetId as number);
  if (!size) fail(where, `is on sheet ${shown(json.sheetId)}, which the workbook does not have`);
  rect(json, where, size);
  text(json.sheetName, `${where}, sheet name,`);
  text(json.qualifiedA1, `${where}, qualifiedA1,`);
}

function validation(value: unknown, where: string, sizes: SheetSizes): void {
  const json = record(value, where);
  const c = record(json.criterion, `${where}, criterion,`);
  const kind = oneOf(c.kind, ['list', 'listFromRange', 'numberBetween', 'numberAtLeast'], `${where}, kind,`);
  if (kind === 'list') list(c.values, `${where}, values,`).forEach((v, i) => text(v, `${where}, value ${i + 1},`));
  if (kind === 'listFromRange' && c.source !== null) sheetRect(c.source, `${where}, source,`, sizes);
  if (kind === 'list' || kind === 'listFromRange') flag(c.showDropdown, `${where}, showDropdown,`);
  if (kind === 'numberBetween' || kind === 'numberAtLeast') finite(c.min, `${where}, min,`);
  if (kind === 'numberBetween') finite(c.max, `${where}, max,`);
  flag(json.allowInvalid, `${where}, allowInvalid,`);
  if (json.helpText !== null) text(json.helpText, `${where}, help text,`);
}

const VALUE_TYPES = ['number', 'string', 'boolean', 'error', 'empty'] as const;

function cell(value: unknown, where: string, size: SheetSize, sizes: SheetSizes): Rect {
  const json = record(value, where);
  const row = whole(json.row, `${where}, row,`, 1, size.maxRows);
  const column = whole(json.column, `${where}, column,`, 1, size.maxColumns);
  const at = `${where} (row ${row}, column ${column})`;
  text(json.a1, `${at}, a1,`);
  if (json.formula !== undefined && json.literal !== undefined) fail(at, 'holds both a formula and a value');
  optional(json, 'formula', formula, at);
  const literal = json.literal;
  if (literal !== undefined && typeof literal !== 'boolean') {
    if (typeof literal === 'number') finite(literal, `${at}, value,`);
    else text(literal, `${at}, value,`);
  }
  const computed = json.value;
  if (computed !== null && typeof computed !== 'boolean') {
    if (typeof computed === 'number') finite(computed, `${at}, computed value,`);
    else text(computed, `${at}, computed value,`);
  }
  oneOf(json.valueType, VALUE_TYPES, `${at}, value type,`);
  text(json.display, `${at}, display,`);
  optional(json, 'format', (v, w) => format(v, w, false), at);
  optional(json, 'borders', borders, at);
  optional(json, 'note', text, at);
  optional(json, 'validation', (v, w) => validation(v, w, sizes), at);
  return { row, column, numRows: 1, numColumns: 1 };
}

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

function merges(value: unknown, where: string, size: SheetSize): void {
  const seen: Rect[] = [];
  list(value, where).forEach((m, i) => {
    const r = rect(m, `${where}, merge ${i + 1},`, size);
    if (r.numRows * r.numColumns === 1) fail(`${where}, merge ${i + 1},`, 'covers one cell only');
    const clash = seen.findIndex((s) => overlaps(s, r));
    if (clash >= 0) fail(`${where}, merge ${i + 1},`, `overlaps merge ${clash + 1}`);
    seen.push(r);
  });
}

/** The add-on's own markers: a damaged one would make the add-on misread the sheet. */
function marker(key: string, value: string | null, sheetName: string, where: string): void {
  if (key === CANVAS_MARKER_KEY) {
    const parsed = parseMarker(() => sheetName, value);
    if (typeof parsed === 'string') fail(where, `is not a canvas marker this version reads: ${parsed}`);
  }
  if (key === COMPARE_MARKER_KEY && parseCompareMarker(value) === null) {
    fail(where, 'is not a Compare marker this version reads');
  }
}

function metadata(value: unknown, where: string, size: SheetSize): number[] {
  return list(value, where).map((m, i) => {
    const at = `${where}, metadata ${i + 1},`;
    const json = record(m, at);
    const key = text(json.key, `${at} key`);
    const v = json.value === null ? null : text(json.value, `${at} value`);
    const location = record(json.location, `${at} location`);
    const type = oneOf(location.type, ['SHEET', 'ROW', 'COLUMN'], `${at} location`);
    if (type !== 'SHEET') {
      const max = type === 'ROW' ? size.maxRows : size.maxColumns;
      const start = whole(location.start, `${at} start`, 1, max);
      whole(location.count, `${at} count`, 1, max - start + 1);
    }
    marker(key, v, size.name, at);
    return whole(json.id, `${at} id`, 1);
  });
}

function chart(value: unknown, where: string, size: SheetSize, sizes: SheetSizes) {
  const json = record(value, where);
  text(json.type, `${where}, type,`);
  list(json.ranges, `${where}, ranges,`).forEach((r, i) => sheetRect(r, `${where}, range ${i + 1},`, sizes));
  const anchor = record(json.anchor, `${where}, anchor,`);
  whole(anchor.row, `${where}, anchor row,`, 1, size.maxRows);
  whole(anchor.column, `${where}, anchor column,`, 1, size.maxColumns);
  finite(anchor.offsetX, `${where}, anchor offsetX,`);
  finite(anchor.offsetY, `${where}, anchor offsetY,`);
  record(json.options, `${where}, options,`);
  whole(json.numHeaders, `${where}, numHeaders,`, -1);
  flag(json.transposed, `${where}, transposed,`);
  optional(json, 'mergeStrategy', (v, w) => oneOf(v, ['MERGE_COLUMNS', 'MERGE_ROWS'], w), where);
  return whole(json.id, `${where}, id,`, 1);
}

function conditionalFormat(value: unknown, where: string, size: SheetSize): void {
  const json = record(value, where);
  formula(json.formula, `${where}, formula,`);
  list(json.ranges, `${where}, ranges,`).forEach((r, i) => rect(r, `${where}, range ${i + 1},`, size));
  if (json.background !== null) colour(json.background, `${where}, background,`);
  if (json.fontColor !== null) colour(json.fontColor, `${where}, font colour,`);
}

/** The sheet's own fields, before anything that refers to other sheets. */
function sheetSize(value: unknown, where: string) {
  const json = record(value, where);
  const name = text(json.name, `${where}, name,`, SHEET_NAME_LIMIT);
  if (name.trim() === '') fail(where, 'has no name');
  const maxRows = whole(json.maxRows, `the sheet "${name}", number of rows,`, 1, WORKBOOK_CELL_LIMIT);
  const maxColumns = whole(json.maxColumns, `the sheet "${name}", number of columns,`, 1, COLUMN_LIMIT);
  return { id: whole(json.id, `the sheet "${name}", id,`, 0), name, maxRows, maxColumns };
}

function sheet(json: Json, sizes: SheetSizes, ids: { metadata: number[]; charts: number[] }): void {
  const size = sizes.get(json.id as number) as SheetSize;
  const where = `the sheet "${size.name}"`;
  whole(json.index, `${where}, index,`, 0);
  whole(json.frozenRows, `${where}, frozen rows,`, 0, size.maxRows);
  if (json.tabColor !== null) colour(json.tabColor, `${where}, tab colour,`);
  flag(json.hiddenGridlines, `${where}, hidden gridlines,`);
  list(json.columnWidths, `${where}, column widths,`).forEach((c, i) => {
    const at = `${where}, column width ${i + 1},`;
    whole(record(c, at).column, `${at} column`, 1, size.maxColumns);
    finite((c as Json).width, `${at} width`);
  });
  list(json.rowHeights, `${where}, row heights,`).forEach((r, i) => {
    const at = `${where}, row height ${i + 1},`;
    whole(record(r, at).row, `${at} row`, 1, size.maxRows);
    finite((r as Json).height, `${at} height`);
  });
  const taken = new Set<string>();
  list(json.cells, `${where}, cells,`).forEach((c, i) => {
    const { row, column } = cell(c, `${where}, cell ${i + 1}`, size, sizes);
    if (taken.has(`${row}:${column}`)) fail(where, `holds the cell at row ${row}, column ${column} twice`);
    taken.add(`${row}:${column}`);
  });
  merges(json.merges, where, size);
  ids.metadata.push(...metadata(json.metadata, where, size));
  list(json.charts, `${where}, charts,`).forEach((c, i) =>
    ids.charts.push(chart(c, `${where}, chart ${i + 1}`, size, sizes)),
  );
  if (json.conditionalFormats !== undefined) {
    list(json.conditionalFormats, `${where}, conditional formats,`).forEach((r, i) =>
      conditionalFormat(r, `${where}, conditional format ${i + 1}`, size),
    );
  }
}

function unique(values: readonly (string | number)[], where: string, what: string): void {
  const seen = new Set<string | number>();
  for (const v of values) {
    if (seen.has(v)) fail(where, `has two ${what} ${shown(v)}`);
    seen.add(v);
  }
}

/**
 * Throws a {@link WorkbookShapeError} naming the first thing in `json` that is not what the
 * playground saves; returns it as a workbook snapshot when all is well.
 */
export function checkedWorkbook(json: unknown): WorkbookSnapshot {
  if (typeof json !== 'object' || json === null || !Array.isArray((json as Json).sheets)) {
    fail('it', 'does not hold a saved workbook');
  }
  const w = json as Json;
  if (w.version !== SNAPSHOT_VERSION) {
    fail('it', `was saved in workbook format ${shown(w.version)}, and this version reads format ${SNAPSHOT_VERSION}`);
  }
  text(w.id, 'the workbook id');
  text(w.name, 'the workbook name');
  text(w.timeZone, 'the time zone');
  text(w.locale, 'the locale');
  const sheets = list(w.sheets, 'the list of sheets');
  if (sheets.length === 0) fail('the list of sheets', 'is empty, and a spreadsheet has at least one sheet');
  const sizes: SheetSizes = new Map();
  let cells = 0;
  sheets.forEach((s, i) => {
    const size = sheetSize(s, `sheet ${i + 1}`);
    if (sizes.has(size.id)) fail(`the sheet "${size.name}"`, `has the id ${size.id} of another sheet`);
    sizes.set(size.id, size);
    cells += size.maxRows * size.maxColumns;
  });
  if (cells > WORKBOOK_CELL_LIMIT) {
    fail('the sheets', `hold ${cells} cells together, more than the ${WORKBOOK_CELL_LIMIT} Sheets allows`);
  }
  unique(
    [...sizes.values()].map((s) => s.name.toLowerCase()),
    'the workbook',
    'sheets named',
  );
  const ids = { metadata: [] as number[], charts: [] as number[] };
  for (const s of sheets) sheet(s as Json, sizes, ids);
  unique(ids.metadata, 'the workbook', 'metadata with the id');
  unique(ids.charts, 'the workbook', 'charts with the id');
  if (!sizes.has(w.activeSheetId as number))
    fail('the active sheet', `${shown(w.activeSheetId)} is not one of the sheets`);
  const names = list(w.namedRanges, 'the named ranges').map((n, i) => {
    const at = `named range ${i + 1}`;
    const json = record(n, at);
    const name = text(json.name, `${at}, name,`, 250);
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) fail(at, `is named ${shown(name)}, which Sheets does not allow`);
    sheetRect(json.range, `the named range ${name}`, sizes);
    return name.toLowerCase();
  });
  unique(names, 'the workbook', 'named ranges called');
  for (const [key, value] of Object.entries(record(w.properties, 'the document properties'))) {
    text(value, `the document property ${shown(key)}`);
  }
  const defaults = record(w.defaults, 'the defaults');
  format(defaults.format, 'the default format', true);
  whole(defaults.columnWidth, 'the default column width', 1, 5000);
  whole(defaults.rowHeight, 'the default row height', 1, 5000);
  const sequences = record(w.sequences, 'the id counters');
  whole(sequences.sheet, 'the sheet id counter', 0);
  whole(sequences.metadata, 'the metadata id counter', Math.max(0, ...ids.metadata));
  whole(sequences.chart, 'the chart id counter', Math.max(0, ...ids.charts));
  return json as WorkbookSnapshot;
}
