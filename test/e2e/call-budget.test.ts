import { readCanvas, writeNewCanvas } from '../../src/gas/canvas-sheet';
import { createAppsScriptGlobals } from '../../src/local/emulator';
import { servicesFrom } from '../../src/gas/apply-plan';
import { filledCanvas } from '../../bench/filled-canvas';
import { financeRangeNames } from '../../src/core/finance';

/** Spreadsheet calls per method made to lay out a canvas with `perBlock` items in each of its nine blocks. */
function layoutCalls(perBlock: number): Record<string, number> {
  const globals = createAppsScriptGlobals();
  globals.calls.reset();
  writeNewCanvas(globals.spreadsheet, filledCanvas(perBlock), '2025-01-15', servicesFrom(globals));
  return globals.calls.byMethod();
}

const total = (byMethod: Record<string, number>) => Object.values(byMethod).reduce((a, b) => a + b, 0);

test('a new canvas takes the same spreadsheet calls whatever it holds: at most 40, plus its finance section (2 and one per named range), plus 2 for its what-ifs', () => {
  const empty = layoutCalls(0);
  expect(layoutCalls(10)).toEqual(empty);
  expect(layoutCalls(300)).toEqual(empty);
  // Two charts: the projection's (finance) and the tornado's (what-ifs).
  expect(empty['Sheet.insertChart']).toBe(2);
  // The what-if block's calls: every conditional format (the sensitivity grid's colours) in one
  // call, and the tornado chart.
  const whatIf = empty['Sheet.setConditionalFormatRules'] + 1;
  expect(whatIf).toBe(2);
  // The finance section's calls: one per named range (Apps Script's SpreadsheetApp sets one name
  // a call; 22 since the model's yearly and cash KPIs have names), the projection chart, and the
  // columns the projection needs. Over the 15 the section once took: batching the names needs the
  // Sheets API (and its wider scope), which the add-on does not use.
  const names = financeRangeNames('X').length;
  expect(names).toBe(22);
  const finance = names + 1 + empty['Sheet.insertColumnsAfter'];
  expect(finance - names).toBeLessThanOrEqual(2);
  const canvas = total(empty) - finance - whatIf;
  expect(canvas).toBeGreaterThan(0);
  expect(canvas).toBeLessThanOrEqual(40);
});

test('reading a canvas back takes at most 3 spreadsheet calls', () => {
  const globals = createAppsScriptGlobals();
  const canvas = filledCanvas(10);
  const sheet = writeNewCanvas(globals.spreadsheet, canvas, '2025-01-15', servicesFrom(globals));
  globals.calls.reset();
  const result = readCanvas(sheet);
  expect(globals.calls.total()).toBeLessThanOrEqual(3);
  // A read that gave up early would be cheap; this one must have read every note.
  expect(result.ok && result.canvas.blocks).toEqual(canvas.blocks);
});
