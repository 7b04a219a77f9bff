import { RangeApi, SheetApi } from './spreadsheet-api';

function isDate(v: unknown): v is Date {
  // Dates may come from another realm (a vm context), so no instanceof.
  return Object.prototype.toString.call(v) === '[object Date]';
}

/**
 * A range's values with each date as the day the sheet shows, `yyyy-MM-dd`. getValues gives a
 * date as midnight in the spreadsheet's time zone, so the day is read in that zone: read in UTC
 * it is the day before anywhere east of UTC. The time zone is asked for only when a date is there.
 */
export function valuesAsShown(sheet: SheetApi, range: RangeApi): unknown[][] {
  let timeZone: string | null = null;
  return range.getValues().map((row) =>
    row.map((v) => {
      if (!isDate(v)) return v;
      timeZone ??= sheet.getParent().getSpreadsheetTimeZone();
      return Utilities.formatDate(v, timeZone, 'yyyy-MM-dd');
    }),
  );
}
