/**
 * "Check this spreadsheet": builds the fixed check canvas on a temporary sheet, reads what Sheets
 * computed and how it stored it, takes the sheet away again, and reports (src/core/diagnostics.ts).
 */
import {
  CHECK_CANVAS,
  CHECK_DATE,
  CheckResult,
  checkReport,
  dateCheck,
  errorCellsCheck,
  kpiCheck,
  moneyCheck,
  separatorCheck,
} from '../core/diagnostics';
import { PROJECTION_CHART_TITLE } from '../core/finance/projection';
import { KPIS } from '../core/finance/kpis';
import { localeFacts } from '../core/locale';
import { PlanServices, removeSheetAndItsNames } from './apply-plan';
import { readCanvas, writeNewCanvas } from './canvas-sheet';
import { SheetApi, SpreadsheetApi } from './spreadsheet-api';

/** The named ranges, the date round trip, the key figures and how money shows, read back through the canvas's names. */
function readBackChecks(ss: SpreadsheetApi, sheet: SheetApi, locale: string): CheckResult[] {
  const first = readCanvas(sheet);
  const partners = first.ok ? first.places.find((p) => p.block === 'keyPartners') : undefined;
  if (partners) sheet.getRange(partners.items.row, partners.items.column, 1, 1).setValue(CHECK_DATE);
  const read = readCanvas(sheet);
  const names: CheckResult = {
    what: 'The canvas reads back through its named ranges',
    differences: read.ok ? [] : read.problems,
  };
  if (!read.ok) return [names];
  return [
    names,
    dateCheck(read.canvas.blocks.keyPartners.map((i) => i.text)),
    kpiCheck((key) => {
      const name = KPIS[key].name;
      return name === undefined ? undefined : ss.getRangeByName(`${read.prefix}_${name}`)?.getValue();
    }),
    moneyCheck(
      ss.getRangeByName(`${read.prefix}_${KPIS.revenue.name}`)?.getDisplayValues()[0]?.[0],
      localeFacts(locale),
    ),
  ];
}

/**
 * The projection chart is there with its three rows (months, revenue and total costs), joined as
 * rows and transposed, so that Sheets plots Revenue and Total costs as its two series.
 */
function chartCheck(sheet: SheetApi): CheckResult {
  const chart = sheet.getCharts().find((c) => c.getOptions().get('title') === PROJECTION_CHART_TITLE);
  const differences: string[] = [];
  if (chart === undefined) differences.push('the projection chart is missing');
  else {
    const ranges = chart.getRanges().length;
    if (ranges !== 3) differences.push(`the projection chart has ${ranges} data ranges, not 3`);
    // Apps Script's enums print as their names.
    const merge = String(chart.getMergeStrategy());
    if (merge !== 'MERGE_ROWS') differences.push(`the projection chart joins its ranges by ${merge}, not MERGE_ROWS`);
    if (!chart.getTransposeRowsAndColumns()) differences.push('the projection chart is not transposed');
  }
  return { what: 'The projection chart is there with its three rows', differences };
}

/** Runs every check on a temporary canvas, which is always taken away, and returns the report. */
export function checkSpreadsheet(ss: SpreadsheetApi, services: PlanServices, today: string): string {
  const locale = ss.getSpreadsheetLocale();
  const timeZone = ss.getSpreadsheetTimeZone();
  const sheet = writeNewCanvas(ss, CHECK_CANVAS, today, services);
  let results: CheckResult[];
  try {
    const all = sheet.getDataRange();
    results = [
      ...readBackChecks(ss, sheet, locale),
      errorCellsCheck(all.getValues()),
      separatorCheck(all.getFormulas(), localeFacts(locale)),
      chartCheck(sheet),
    ];
  } finally {
    removeSheetAndItsNames(ss, sheet);
  }
  return checkReport(results, { locale, timeZone });
}
