/**
 * The only code that writes to a spreadsheet: a sheet plan onto a new sheet, and an edit plan onto
 * an existing one. Everything else decides in memory and hands a plan over.
 */
import { a1Range } from '../core/a1';
import { formulaInLocale, LocaleFacts, localeFacts } from '../core/locale';
import { numberFormatInLocale } from '../core/money';
import { EditValue, isKept, isSheetFormula } from '../core/edit/cells';
import { EditPlan } from '../core/edit/plan-edit';
import { ValueWrite } from '../core/edit/writes';
import { PlainError, plainReason } from './known-errors';
import {
  ChartPlan,
  ConditionalFormatPlan,
  GridRange,
  isFormula,
  NO_FORMAT,
  PlanValue,
  SheetPlan,
  ValidationRule,
} from '../core/plan';
import { PlanBuilder } from '../core/plan-builder';
import {
  ConditionalFormatRuleApi,
  ConditionalFormatRuleBuilderApi,
  DataValidationApi,
  DataValidationBuilderApi,
  SheetApi,
  SpreadsheetApi,
} from './spreadsheet-api';

/** What the adapter needs besides the spreadsheet: builders and enums live on the globals. */
export interface PlanServices {
  newDataValidation(): DataValidationBuilderApi;
  newConditionalFormatRule(): ConditionalFormatRuleBuilderApi;
  borderStyle(style: 'solid' | 'solid-medium'): GoogleAppsScript.Spreadsheet.BorderStyle;
  lineChart(): GoogleAppsScript.Charts.ChartType;
  columnChart(): GoogleAppsScript.Charts.ChartType;
  barChart(): GoogleAppsScript.Charts.ChartType;
  chartMerge(merge: ChartPlan['merge']): GoogleAppsScript.Charts.ChartMergeStrategy;
}

/** The two globals the services come from: Apps Script's own, or the emulator's. */
export interface ServiceGlobals {
  SpreadsheetApp: {
    newDataValidation(): DataValidationBuilderApi;
    newConditionalFormatRule(): ConditionalFormatRuleBuilderApi;
    BorderStyle: {
      SOLID: GoogleAppsScript.Spreadsheet.BorderStyle;
      SOLID_MEDIUM: GoogleAppsScript.Spreadsheet.BorderStyle;
    };
  };
  Charts: {
    ChartType: {
      LINE: GoogleAppsScript.Charts.ChartType;
      COLUMN: GoogleAppsScript.Charts.ChartType;
      BAR: GoogleAppsScript.Charts.ChartType;
    };
    ChartMergeStrategy: {
      MERGE_COLUMNS: GoogleAppsScript.Charts.ChartMergeStrategy;
      MERGE_ROWS: GoogleAppsScript.Charts.ChartMergeStrategy;
    };
  };
}

export function servicesFrom(g: ServiceGlobals): PlanServices {
  return {
    newDataValidation: () => g.SpreadsheetApp.newDataValidation(),
    newConditionalFormatRule: () => g.SpreadsheetApp.newConditionalFormatRule(),
    borderStyle: (s) =>
      s === 'solid' ? g.SpreadsheetApp.BorderStyle.SOLID : g.SpreadsheetApp.BorderStyle.SOLID_MEDIUM,
    lineChart: () => g.Charts.ChartType.LINE,
    columnChart: () => g.Charts.ChartType.COLUMN,
    barChart: () => g.Charts.ChartType.BAR,
    chartMerge: (merge) =>
      merge === 'rows' ? g.Charts.ChartMergeStrategy.MERGE_ROWS : g.Charts.ChartMergeStrategy.MERGE_COLUMNS,
  };
}

/** Apps Script's own services, for the add-on. */
export function appsScriptServices(): PlanServices {
  return servicesFrom({ SpreadsheetApp, Charts });
}

/** Sheets' size for a new sheet; only larger plans need rows or columns added. */
const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;

/**
 * Writes a plan onto a new sheet in a fixed number of batched calls: one call per kind of
 * content over the whole grid, never one per cell, and no reads between the writes.
 */
export function applyPlanToNewSheet(ss: SpreadsheetApi, plan: SheetPlan, services: PlanServices): SheetApi {
  const sheet = insertSheetOfSize(ss, plan.sheetName, plan.numRows, plan.numColumns);
  try {
    applyPlan(ss, sheet, plan, services);
  } catch (err) {
    removeSheetAndItsNames(ss, sheet);
    if (typeof console !== 'undefined') console.error(err);
    const reason = plainReason(err instanceof Error ? err.message : String(err));
    throw new PlainError(
      `Sheets refused part of the new sheet "${plan.sheetName}", so it was removed again; nothing else in the spreadsheet was changed. ${reason}`,
    );
  }
  return sheet;
}

/**
 * Takes away a sheet with the named ranges on it: a sheet whose building failed (all or nothing),
 * or the check's temporary canvas. Names on other sheets stay, even one a failed plan wanted: it
 * belongs to another canvas.
 */
export function removeSheetAndItsNames(ss: SpreadsheetApi, sheet: SheetApi): void {
  const id = sheet.getSheetId();
  for (const n of ss.getNamedRanges()) if (n.getRange().getSheet().getSheetId() === id) n.remove();
  ss.deleteSheet(sheet);
}

/** Adds an empty sheet with at least this many rows and columns (Apps Script throws on a name in use). */
export function insertSheetOfSize(ss: SpreadsheetApi, name: string, numRows: number, numColumns: number): SheetApi {
  const sheet = ss.insertSheet(name);
  if (numRows > DEFAULT_ROWS) sheet.insertRowsAfter(DEFAULT_ROWS, numRows - DEFAULT_ROWS);
  if (numColumns > DEFAULT_COLUMNS) sheet.insertColumnsAfter(DEFAULT_COLUMNS, numColumns - DEFAULT_COLUMNS);
  return sheet;
}

/** Gives a sheet a new tab name (a canvas whose title was retyped). */
export function renameSheet(sheet: SheetApi, name: string): void {
  sheet.setName(name);
}

/** Puts `sheet`, complete, in the place of `old`: `old` goes and `sheet` takes the name `name`. */
export function replaceSheet(ss: SpreadsheetApi, old: SheetApi, sheet: SheetApi, name: string): void {
  ss.deleteSheet(old);
  sheet.setName(name);
}

/**
 * Writes the plan's cells inside `area` (values, formats, notes, validation), one call per kind
 * over the whole area; a cell the plan does not reach is written empty.
 */
function writeCells(
  sheet: SheetApi,
  plan: SheetPlan,
  area: GridRange,
  locale: LocaleFacts,
  services: PlanServices,
): void {
  const target = range(sheet, area);
  const rules = validationGrid(sheet, plan, services);
  const pick = <T>(get: (r: number, c: number) => T): T[][] =>
    Array.from({ length: area.numRows }, (_, i) =>
      Array.from({ length: area.numColumns }, (_, j) => get(area.row - 1 + i, area.column - 1 + j)),
    );
  const f = (r: number, c: number) => plan.formats[r]?.[c] ?? NO_FORMAT;
  target.setNumberFormats(pick((r, c) => numberFormatInLocale(f(r, c).numberFormat ?? 'General', locale)));
  target.setValues(
    pick((r, c) => toSheetValue(plan.values[r]?.[c] ?? null, () => locale, f(r, c).numberFormat === '@')),
  );
  target.setBackgrounds(pick((r, c) => f(r, c).background));
  target.setFontColors(pick((r, c) => f(r, c).fontColor));
  target.setFontWeights(pick((r, c) => f(r, c).fontWeight));
  target.setFontStyles(pick((r, c) => f(r, c).fontStyle));
  target.setFontSizes(pick((r, c) => f(r, c).fontSize ?? 10));
  target.setWraps(pick((r, c) => f(r, c).wrap ?? false));
  target.setHorizontalAlignments(pick((r, c) => f(r, c).horizontalAlignment));
  target.setVerticalAlignments(pick((r, c) => f(r, c).verticalAlignment ?? 'bottom'));
  target.setNotes(pick((r, c) => (plan.notes[r]?.[c] ? plan.notes[r][c] : null)));
  target.setDataValidations(pick((r, c) => rules[r]?.[c] ?? null));
}

/**
 * Puts the part of `plan` inside `area` onto an existing sheet and leaves every other cell alone:
 * its cells (one call per kind), then its merges, named ranges and metadata. The pattern check of
 * a template added to a canvas goes on this way.
 */
export function applyPlanArea(
  ss: SpreadsheetApi,
  sheet: SheetApi,
  plan: SheetPlan,
  area: GridRange,
  services: PlanServices,
): void {
  writeCells(sheet, plan, area, localeFacts(ss.getSpreadsheetLocale()), services);
  for (const m of plan.merges) range(sheet, m).merge();
  for (const n of plan.namedRanges) ss.setNamedRange(n.name, range(sheet, n.range));
  for (const [key, value] of Object.entries(plan.metadata)) sheet.addDeveloperMetadata(key, value);
}

/**
 * Takes away what `applyPlanArea` put in `area`: the cells emptied (one call per kind), merges
 * broken, the named ranges `names` and the metadata `metadataKey` removed.
 */
export function clearPlanArea(
  ss: SpreadsheetApi,
  sheet: SheetApi,
  area: GridRange,
  names: (name: string) => boolean,
  metadataKey: string,
  services: PlanServices,
): void {
  range(sheet, area).breakApart();
  const empty = new PlanBuilder(sheet.getName()).build();
  writeCells(sheet, empty, area, localeFacts(ss.getSpreadsheetLocale()), services);
  for (const n of ss.getNamedRanges()) {
    if (names(n.getName()) && n.getRange().getSheet().getSheetId() === sheet.getSheetId()) n.remove();
  }
  for (const m of sheet.getDeveloperMetadata()) if (m.getKey() === metadataKey) m.remove();
}

/** `locale`, when the caller has already asked for it, saves asking again. */
export function applyPlan(
  ss: SpreadsheetApi,
  sheet: SheetApi,
  plan: SheetPlan,
  services: PlanServices,
  locale: LocaleFacts = localeFacts(ss.getSpreadsheetLocale()),
): void {
  writeCells(sheet, plan, { row: 1, column: 1, numRows: plan.numRows, numColumns: plan.numColumns }, locale, services);

  for (const m of plan.merges) range(sheet, m).merge();
  for (const b of plan.borders) {
    sheet
      .getRangeList(b.ranges.map((r) => a1Range(r.row, r.column, r.numRows, r.numColumns)))
      .setBorder(true, true, true, true, b.inner, b.inner, b.color, services.borderStyle(b.style));
  }
  widthCalls(plan.columnWidths).forEach((run) => sheet.setColumnWidths(run.start, run.count, run.width));
  for (const h of plan.rowHeights) sheet.setRowHeight(h.row, h.height);
  if (plan.frozenRows > 0) sheet.setFrozenRows(plan.frozenRows);
  if (plan.tabColor) sheet.setTabColor(plan.tabColor);
  for (const n of plan.namedRanges) ss.setNamedRange(n.name, range(sheet, n.range));
  for (const chart of plan.charts) sheet.insertChart(builtChart(sheet, chart, services));
  // Every rule in one call: the call replaces the sheet's rules, so it must carry them all.
  if (plan.conditionalFormats.length > 0) {
    sheet.setConditionalFormatRules(plan.conditionalFormats.map((c) => conditionalRule(sheet, c, locale, services)));
  }
  for (const [key, value] of Object.entries(plan.metadata)) sheet.addDeveloperMetadata(key, value);
}

function builtChart(sheet: SheetApi, chart: ChartPlan, services: PlanServices) {
  let builder = sheet
    .newChart()
    .setChartType(
      chart.kind === 'line'
        ? services.lineChart()
        : chart.kind === 'bar'
          ? services.barChart()
          : services.columnChart(),
    );
  for (const r of chart.ranges) builder = builder.addRange(range(sheet, r));
  builder = builder
    .setNumHeaders(1)
    .setMergeStrategy(services.chartMerge(chart.merge))
    .setTransposeRowsAndColumns(chart.transpose)
    .setPosition(chart.anchor.row, chart.anchor.column, 0, 0)
    .setOption('title', chart.title)
    .setOption('width', chart.width)
    .setOption('height', chart.height);
  if (chart.rightAxis) {
    builder = builder.setOption(
      'series',
      Object.fromEntries(chart.rightAxis.series.map((i) => [i, { targetAxisIndex: 1 }])),
    );
    if (chart.rightAxis.format !== null)
      builder = builder.setOption('vAxes', { 1: { format: chart.rightAxis.format } });
  }
  return builder.build();
}

function conditionalRule(
  sheet: SheetApi,
  c: ConditionalFormatPlan,
  locale: LocaleFacts,
  services: PlanServices,
): ConditionalFormatRuleApi {
  return services
    .newConditionalFormatRule()
    .whenFormulaSatisfied(formulaInLocale(c.formula, locale))
    .setBackground(c.background)
    .setFontColor(c.fontColor)
    .setRanges([range(sheet, c.range)])
    .build();
}

/**
 * A plan string is literal text: the leading apostrophe makes Sheets store it as text, so text that
 * looks like a formula, a number or a date stays exactly as typed. A plain-text ("@") cell already
 * stores what it is given, and would keep the apostrophe, so it gets none. A formula is written in
 * the spreadsheet's locale.
 */
export function toSheetValue(
  v: PlanValue,
  locale: () => LocaleFacts,
  plainTextCell = false,
): string | number | boolean {
  if (v === null) return '';
  if (isFormula(v)) return formulaInLocale(v.formula, locale());
  if (typeof v === 'string') return v === '' || plainTextCell ? v : `'${v}`;
  return v;
}

function range(sheet: SheetApi, r: GridRange) {
  return sheet.getRange(r.row, r.column, r.numRows, r.numColumns);
}

/** One grid of rules for the whole sheet, so validation is a single call. */
function validationGrid(sheet: SheetApi, plan: SheetPlan, services: PlanServices): (DataValidationApi | null)[][] {
  const grid: (DataValidationApi | null)[][] = plan.values.map((row) => row.map(() => null));
  for (const v of plan.validations) {
    const rule = buildRule(sheet, v.rule, services);
    for (let r = v.range.row; r < v.range.row + v.range.numRows; r++) {
      for (let c = v.range.column; c < v.range.column + v.range.numColumns; c++) grid[r - 1][c - 1] = rule;
    }
  }
  return grid;
}

function buildRule(sheet: SheetApi, rule: ValidationRule, services: PlanServices): DataValidationApi {
  let b = services.newDataValidation();
  if (rule.kind === 'list') b = b.requireValueInList(rule.values, rule.dropdown !== false);
  else if (rule.kind === 'listFromRange') b = b.requireValueInRange(range(sheet, rule.source), rule.dropdown !== false);
  else if (rule.max === null) b = b.requireNumberGreaterThanOrEqualTo(rule.min);
  else b = b.requireNumberBetween(rule.min, rule.max);
  return b.setAllowInvalid(rule.allowInvalid).setHelpText(rule.helpText).build();
}

type WidthRun = { start: number; count: number; width: number };

/**
 * Few calls for many widths: every column gets the most common width in one call, then each run
 * of consecutive columns with another width gets one call of its own.
 */
export function widthCalls(widths: readonly number[]): WidthRun[] {
  if (widths.length === 0) return [];
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  const base = [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
  const runs: WidthRun[] = [{ start: 1, count: widths.length, width: base }];
  widths.forEach((width, i) => {
    if (width === base) return;
    const last = runs[runs.length - 1];
    if (runs.length > 1 && last.width === width && last.start + last.count === i + 1) last.count++;
    else runs.push({ start: i + 1, count: 1, width });
  });
  return runs;
}

/** A kept value and a formula read from the sheet go back in the sheet's own syntax, as they were read. */
function editCell(v: EditValue, locale: () => LocaleFacts): unknown {
  if (isKept(v)) return v.kept;
  if (v !== null && isSheetFormula(v)) return v.formula;
  return toSheetValue(v, locale, true);
}

/**
 * Every string an edit writes is the user's text, so its cell is made plain text ("@") first, in
 * one call for the whole plan, and the string goes in as it is. Whatever format the user gave the
 * cell, or cleared, or whatever row a shift moves the text into, it can never become a formula, and
 * no apostrophe ever shows in a plain-text cell. What goes in is decided by the value, not by the
 * column it lands in.
 */
function markTextCellsPlain(sheet: SheetApi, writes: readonly ValueWrite[]): void {
  const cells: string[] = [];
  for (const w of writes) {
    w.values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (typeof v === 'string' && v !== '') cells.push(a1Range(w.range.row + i, w.range.column + j, 1, 1));
      }),
    );
  }
  if (cells.length > 0) sheet.getRangeList(cells).setNumberFormat('@');
}

/**
 * Carries out an edit plan on an existing sheet of `ss`: the row insertions, the plain-text format of the
 * cells that take text, then one call per rectangle of values and one per rectangle of fills. No
 * reads in between.
 */
export function applyEditPlan(ss: SpreadsheetApi, sheet: SheetApi, plan: EditPlan, knownLocale?: LocaleFacts): void {
  // Asked for only when the plan writes a formula: most edits write text and numbers alone.
  let known: LocaleFacts | null = knownLocale ?? null;
  const locale = () => {
    known ??= localeFacts(ss.getSpreadsheetLocale());
    return known;
  };
  for (const ins of plan.insertions) {
    if (ins.formatsFrom === 'above') sheet.insertRowsAfter(ins.at - 1, ins.count);
    else sheet.insertRowsBefore(ins.at, ins.count);
  }
  markTextCellsPlain(sheet, plan.values);
  for (const f of plan.numberFormats ?? []) range(sheet, f.range).setNumberFormats(f.formats);
  for (const w of plan.values) {
    range(sheet, w.range).setValues(w.values.map((row) => row.map((v) => editCell(v, locale))));
  }
  for (const f of plan.fills) range(sheet, f.range).setBackgrounds(f.colors);
}
