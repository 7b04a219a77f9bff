/** JSON in and out of a spreadsheet, through the server functions the sidebar's buttons call. */
import { readFileSync } from 'node:fs';
import { parseCanvasJson } from '../../src/core/canvas-json';
import { REVENUE_COLUMNS } from '../../src/core/layout/geometry';
import { servicesFrom } from '../../src/gas/apply-plan';
import { readCanvas } from '../../src/gas/canvas-sheet';
import { exportCanvasJson, importCanvasJson } from '../../src/gas/json-commands';
import { createAppsScriptGlobals, editCell } from '../../src/local/emulator';
import { fixturePath } from '../helpers/kpi-cases';

// Each canvas is laid out and calculated in the emulator: seconds, not milliseconds, on a busy machine.
jest.setTimeout(60_000);

function workbook() {
  const globals = createAppsScriptGlobals();
  return { globals, ss: globals.spreadsheet, services: servicesFrom(globals) };
}

test('a JSON canvas becomes a new sheet, and exports back to the same canvas, assumptions included', () => {
  const { ss, services } = workbook();
  const text = readFileSync(fixturePath('subscription-churn-cac'), 'utf8');
  const imported = importCanvasJson(ss, text, '2025-01-15', services);
  expect(imported).toEqual({ ok: true, sheetName: 'Team planner SaaS' });
  const sheet = ss.getSheetByName('Team planner SaaS');
  if (!sheet) throw new Error('no sheet');
  const exported = exportCanvasJson(sheet);
  if (!exported.ok) throw new Error(exported.problems.join('\n'));
  expect(exported.fileName).toBe('Team planner SaaS.json');
  const again = parseCanvasJson(exported.json);
  const original = parseCanvasJson(text);
  if (!again.ok || !original.ok) throw new Error('does not parse');
  expect(again.canvas.revenueStreams).toEqual(original.canvas.revenueStreams);
  expect(again.canvas.costs).toEqual(original.canvas.costs);
  expect(again.canvas.assumptions).toEqual({
    growth: 0,
    churn: 0.04,
    acquisitionCost: 200,
    initialInvestment: 0,
    startingCash: 0,
    discountRate: 0.1,
    ltvCacBar: 3,
  });
});

test('edits on the sheet show in the exported JSON', () => {
  const { ss, services } = workbook();
  importCanvasJson(ss, readFileSync(fixturePath('one-stream'), 'utf8'), '2025-01-15', services);
  const sheet = ss.getSheetByName('Corner Coffee');
  if (!sheet) throw new Error('no sheet');
  const before = exportCanvasJson(sheet);
  if (!before.ok) throw new Error(before.problems.join('\n'));
  const revenueRow = JSON.parse(before.json).revenueStreams[0];
  expect(revenueRow.price).toBe(4);
  const read = readCanvas(sheet);
  if (!read.ok) throw new Error(read.problems.join('\n'));
  editCell(sheet, read.finance.revenueRows.first, REVENUE_COLUMNS.price, '4.5');
  const after = exportCanvasJson(sheet);
  if (!after.ok) throw new Error(after.problems.join('\n'));
  expect(JSON.parse(after.json).revenueStreams[0].price).toBe(4.5);
});

test('an invalid document adds nothing and says what is wrong, field by field', () => {
  const { ss, services } = workbook();
  const before = ss.getSheets().length;
  const result = importCanvasJson(
    ss,
    JSON.stringify({ name: 'X', costs: [{ name: 'Fees', behavior: 'variable', per: 'revenue', amount: 2 }] }),
    '2025-01-15',
    services,
  );
  expect(result).toEqual({
    ok: false,
    problems: ['costs[0].amount: expected a share between 0 and 1, got 2 (did you mean 2 %, that is 0.02?)'],
  });
  expect(importCanvasJson(ss, 42, '2025-01-15', services)).toEqual({
    ok: false,
    problems: ['Expected the text of a JSON canvas document.'],
  });
  expect(importCanvasJson(ss, 'x'.repeat(2_000_001), '2025-01-15', services)).toMatchObject({ ok: false });
  expect(ss.getSheets()).toHaveLength(before);
});

test('a sheet that is not a canvas cannot be exported, and says so', () => {
  const { ss } = workbook();
  const result = exportCanvasJson(ss.getSheets()[0]);
  expect(result).toEqual({ ok: false, problems: [expect.stringMatching(/is not a Business Model Canvas/)] });
});
