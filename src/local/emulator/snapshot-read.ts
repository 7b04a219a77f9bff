/** Rebuilds an emulated spreadsheet from a workbook snapshot (snapshot.ts). */
import type { RawCellContent } from 'hyperformula';
import type { CellProps } from './cell-format';
import { EmuConditionalFormatRule, setRulesInPlace } from './conditional-format';
import { EmuDataValidation, ValidationCriterion } from './data-validation';
import type { EmuSheet } from './sheet';
import { CellSnapshot, SNAPSHOT_VERSION, SheetRectSnapshot, ValidationSnapshot, WorkbookSnapshot } from './snapshot';
import { EmuSpreadsheet } from './spreadsheet';
import type { TrackedRange } from './tracked-range';

function trackedOf(ss: EmuSpreadsheet, rect: SheetRectSnapshot | null): TrackedRange {
  const sheet = rect && ss.sheetById(rect.sheetId);
  if (!rect || !sheet) return { sheetId: -1, row: 1, column: 1, numRows: 1, numColumns: 1, valid: false };
  return ss.trackRange(sheet, rect);
}

function validationOf(ss: EmuSpreadsheet, v: ValidationSnapshot): EmuDataValidation {
  const c = v.criterion;
  const criterion: ValidationCriterion =
    c.kind === 'listFromRange'
      ? { kind: c.kind, source: trackedOf(ss, c.source), showDropdown: c.showDropdown }
      : { ...c };
  return new EmuDataValidation(criterion, v.allowInvalid, v.helpText);
}

function engineContentOf(cell: CellSnapshot): RawCellContent {
  if (cell.formula !== undefined) return cell.formula;
  if (typeof cell.literal === 'string') return `'${cell.literal}`;
  return cell.literal ?? null;
}

function restoreCells(ss: EmuSpreadsheet, sheet: EmuSheet, cells: CellSnapshot[]): void {
  const contents: RawCellContent[][] = [];
  for (const cell of cells) {
    const props: CellProps = {
      ...(cell.format && { style: { ...cell.format } }),
      ...(cell.borders && { borders: JSON.parse(JSON.stringify(cell.borders)) }),
      ...(cell.note && { note: cell.note }),
      ...(cell.validation && { validation: validationOf(ss, cell.validation) }),
    };
    sheet.updateProps(cell.row, cell.column, () => props);
    const content = engineContentOf(cell);
    if (content !== null) (contents[cell.row - 1] ??= [])[cell.column - 1] = content;
  }
  let width = 0;
  for (const row of contents) width = Math.max(width, row?.length ?? 0);
  const dense = Array.from(contents, (row) => Array.from({ length: width }, (_, j) => row?.[j] ?? null));
  ss.engine.replaceSheetContents(sheet.engineId, dense);
}

/** Rebuilds a workbook from `toJSON()` output; its own toJSON() equals the snapshot. */
export function spreadsheetFromSnapshot(snap: WorkbookSnapshot): EmuSpreadsheet {
  if (snap.version !== SNAPSHOT_VERSION) throw new Error(`Unsupported snapshot version ${String(snap.version)}.`);
  const ss = new EmuSpreadsheet({
    name: snap.name,
    id: snap.id,
    timeZone: snap.timeZone,
    locale: snap.locale,
    blank: true,
  });
  const sheets = snap.sheets.map((s) =>
    ss.addSheetInPlace(s.name, { id: s.id, maxRows: s.maxRows, maxColumns: s.maxColumns }),
  );
  snap.sheets.forEach((s, i) => {
    const state = sheets[i].state;
    state.frozenRows = s.frozenRows;
    state.tabColor = s.tabColor;
    state.hiddenGridlines = s.hiddenGridlines;
    for (const { column, width } of s.columnWidths) state.columnWidths[column] = width;
    for (const { row, height } of s.rowHeights) state.rowHeights[row] = height;
    state.merges = s.merges.map(({ row, column, numRows, numColumns }) => ({ row, column, numRows, numColumns }));
    state.metadata = s.metadata.map((m) => ({ id: m.id, key: m.key, value: m.value, location: { ...m.location } }));
    state.charts = s.charts.map((c) => ({
      id: c.id,
      type: c.type,
      ranges: c.ranges.map((r) => trackedOf(ss, r)),
      anchor: { ...c.anchor },
      options: JSON.parse(JSON.stringify(c.options)),
      numHeaders: c.numHeaders,
      transposed: c.transposed,
      mergeStrategy: c.mergeStrategy ?? 'MERGE_COLUMNS',
    }));
    // Snapshots saved before rules were recorded have none.
    const rules = (s.conditionalFormats ?? []).map(
      (r) =>
        new EmuConditionalFormatRule(sheets[i], {
          formula: r.formula,
          background: r.background,
          fontColor: r.fontColor,
          ranges: r.ranges.map((rect) => ss.trackRange(sheets[i], rect)),
        }),
    );
    setRulesInPlace(sheets[i], rules);
  });
  // Names first, so formulas that use them evaluate as they are written.
  for (const { name, range } of snap.namedRanges) {
    const sheet = ss.sheetById(range.sheetId);
    if (sheet) ss.createName(name, sheet, range);
  }
  snap.sheets.forEach((s, i) => restoreCells(ss, sheets[i], s.cells));
  const active = ss.sheetById(snap.activeSheetId);
  if (active) ss.activateInPlace(active);
  ss.documentProperties.setProperties(snap.properties, true);
  ss.restoreSequences(snap.sequences);
  return ss;
}
