/** What every server function and menu command needs from Apps Script, gathered in one place. */
import { ServerContext } from './server-function';
import { SpreadsheetApi } from './spreadsheet-api';

/** Today's date as a new canvas shows it: yyyy-MM-dd in the spreadsheet's time zone. */
function todayIn(ss: SpreadsheetApi): string {
  return Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
}

/** The active spreadsheet, its document lock, the given services and today's date. */
export function appsScriptContext<S>(services: S): ServerContext<S> {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return {
    ss,
    documentLock: () => LockService.getDocumentLock(),
    services,
    today: () => todayIn(ss),
  };
}
