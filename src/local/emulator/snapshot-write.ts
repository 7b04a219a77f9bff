/** Builds the workbook snapshot (snapshot.ts) from an emulated spreadsheet. */
import { GridRect, cellA1, rectA1, sheetRectA1 } from './a1';
import { CellProps, DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, DEFAULT_STYLE } from './cell-format';
import { contentFromEngine } from './cell-input';
import { rulesOf } from './conditional-format';
import { readDisplay } from './cell-values';
import type { EmuDataValidation } from './data-validation';
import { isErrorValue } from './formula-engine';
import type { EmuSheet } from './sheet';
import {
  CellSnapshot,
  ChartSnapshot,
  ConditionalFormatSnapshot,
  RectSnapshot,
  SNAPSHOT_VERSION,
  SheetRectSnapshot,
  SheetSnapshot,
  ValidationSnapshot,
  WorkbookSnapshot,
} from './snapshot';
import type { EmuSpreadsheet } from './spreadsheet';
import type { TrackedRange } from './tracked-range';

function rectSnapshot(rect: GridRect): RectSnapshot {
  return { row: rect.row, column: rect.column, numRows: rect.numRows, numColumns: rect.numColumns, a1: rectA1(rect) };
}

function sheetRectSnapshot(ss: EmuSpreadsheet, tracked: TrackedRange): SheetRectSnapshot | null {
  const sheet = ss.sheetById(tracked.sheetId);
  if (!sheet || !tracked.valid) return null;
  return {
    ...rectSnapshot(tracked),
    sheetId: sheet.sheetId,
    sheetName: sheet.state.name,
    qualifiedA1: sheetRectA1(sheet.state.name, tracked),
  };
}

function validationSnapshot(ss: EmuSpreadsheet, v: EmuDataValidation): ValidationSnapshot {
  const c = v.criterion;
  const criterion =
    c.kind === 'listFromRange'
      ? { kind: c.kind, source: sheetRectSnapshot(ss, c.source), showDropdown: c.showDropdown }
      : { ...c };
  return { criterion, allowInvalid: v.allowInvalid, helpText: v.helpText };
}

function cellSnapshot(
  sheet: EmuSheet,
  row: number,
  column: number,
  raw: unknown,
  props: CellProps | undefined,
): CellSnapshot {
  const content = contentFromEngine(raw as never);
  const computed = sheet.spreadsheet.engine.value(sheet.engineId, row, column);
  const cell: CellSnapshot = {
    row,
    column,
    a1: cellA1(row, column),
    value: isErrorValue(computed) ? computed.error : computed,
    valueType:
      computed === null
        ? 'empty'
        : isErrorValue(computed)
          ? 'error'
          : (typeof computed as 'number' | 'string' | 'boolean'),
    display: readDisplay(sheet, row, column),
  };
  if (content.kind === 'formula') cell.formula = content.formula;
  else if (content.kind === 'text') cell.literal = content.text;
  else if (content.kind !== 'empty') cell.literal = content.value;
  if (props?.style) cell.format = { ...props.style };
  if (props?.borders) cell.borders = JSON.parse(JSON.stringify(props.borders));
  if (props?.note) cell.note = props.note;
  if (props?.validation) cell.validation = validationSnapshot(sheet.spreadsheet, props.validation);
  return cell;
}

function cellsOf(sheet: EmuSheet): CellSnapshot[] {
  const { engine } = sheet.spreadsheet;
  const extent = engine.extent(sheet.engineId);
  const raw =
    extent.rows && extent.columns
      ? engine.raw(sheet.engineId, { row: 1, column: 1, numRows: extent.rows, numColumns: extent.columns })
      : [];
  const keys = new Map<string, [number, number]>();
  raw.forEach((cells, i) =>
    cells.forEach((v, j) => {
      if (v !== null && v !== undefined && v !== '') keys.set(`${i + 1},${j + 1}`, [i + 1, j + 1]);
    }),
  );
  for (const [r, c] of sheet.state.cells.entries()) keys.set(`${r},${c}`, [r, c]);
  return [...keys.values()]
    .sort(([r1, c1], [r2, c2]) => r1 - r2 || c1 - c2)
    .map(([r, c]) => cellSnapshot(sheet, r, c, raw[r - 1]?.[c - 1] ?? null, sheet.state.cells.get(r, c)));
}

function sizes(values: number[], fallback: number): { index: number; size: number }[] {
  const out: { index: number; size: number }[] = [];
  values.forEach((size, index) => {
    if (size !== undefined && size !== fallback) out.push({ index, size });
  });
  return out;
}

/** The sheet's rules, each with the ranges it still covers; a rule whose cells were all deleted is left out. */
function conditionalFormatsOf(sheet: EmuSheet): ConditionalFormatSnapshot[] {
  return rulesOf(sheet).flatMap(({ record }) => {
    const ranges = record.ranges.filter((r) => r.valid).map(rectSnapshot);
    return ranges.length === 0
      ? []
      : [{ formula: record.formula, ranges, background: record.background, fontColor: record.fontColor }];
  });
}

function sheetSnapshot(ss: EmuSpreadsheet, sheet: EmuSheet, index: number): SheetSnapshot {
  const s = sheet.state;
  const charts: ChartSnapshot[] = s.charts.map((c) => ({
    id: c.id,
    type: c.type,
    ranges: c.ranges.map((r) => sheetRectSnapshot(ss, r)).filter((r): r is SheetRectSnapshot => r !== null),
    anchor: { ...c.anchor },
    options: JSON.parse(JSON.stringify(c.options)),
    numHeaders: c.numHeaders,
    transposed: c.transposed,
    mergeStrategy: c.mergeStrategy,
  }));
  return {
    id: sheet.sheetId,
    name: s.name,
    index,
    maxRows: s.maxRows,
    maxColumns: s.maxColumns,
    frozenRows: s.frozenRows,
    tabColor: s.tabColor,
    hiddenGridlines: s.hiddenGridlines,
    columnWidths: sizes(s.columnWidths, DEFAULT_COLUMN_WIDTH).map(({ index: column, size: width }) => ({
      column,
      width,
    })),
    rowHeights: sizes(s.rowHeights, DEFAULT_ROW_HEIGHT).map(({ index: row, size: height }) => ({ row, height })),
    cells: cellsOf(sheet),
    merges: [...s.merges].sort((a, b) => a.row - b.row || a.column - b.column).map(rectSnapshot),
    metadata: s.metadata.map((m) => ({ id: m.id, key: m.key, value: m.value, location: { ...m.location } })),
    charts,
    conditionalFormats: conditionalFormatsOf(sheet),
  };
}

export function snapshotOf(ss: EmuSpreadsheet): WorkbookSnapshot {
  return {
    version: SNAPSHOT_VERSION,
    id: ss.spreadsheetId,
    name: ss.title,
    timeZone: ss.timeZone,
    locale: ss.locale,
    activeSheetId: ss.activeSheet().sheetId,
    sheets: ss.sheetList().map((sheet, i) => sheetSnapshot(ss, sheet, i)),
    namedRanges: ss
      .namedRangeEntries()
      .map(({ name, target }) => ({ name, range: sheetRectSnapshot(ss, target) as SheetRectSnapshot })),
    properties: ss.documentProperties.getProperties(),
    defaults: { format: { ...DEFAULT_STYLE }, columnWidth: DEFAULT_COLUMN_WIDTH, rowHeight: DEFAULT_ROW_HEIGHT },
    sequences: ss.sequences(),
  };
}
