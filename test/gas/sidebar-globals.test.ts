/**
 * The sidebar's server functions as the sidebar reaches them: globals of the built dist/Code.js,
 * called by name with plain JSON arguments, as google.script.run does (run `npm run build` first).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CanvasState, EditResult, ExportResult, OpenResult, ServerFunctionName } from '../../src/core/api';
import { loadAddon } from '../../src/local/load-addon';

const FIXTURES = join(__dirname, '..', 'fixtures');
/** Every name of the contract, once (the compiler rejects a missing or an unknown one). */
const CONTRACT: Record<ServerFunctionName, true> = {
  sidebarCreateCanvas: true,
  sidebarEdit: true,
  sidebarExportJson: true,
  sidebarImportJson: true,
  sidebarOpen: true,
  sidebarWhatIf: true,
  sidebarSetAssumptions: true,
  listTemplates: true,
  newCanvasFromTemplate: true,
  addTemplateToCanvas: true,
  patternHintsFor: true,
  undoTemplateAddition: true,
};
const SERVER_FUNCTIONS = Object.keys(CONTRACT) as ServerFunctionName[];
/** The gallery's list takes no request. */
const TAKING_A_REQUEST = SERVER_FUNCTIONS.filter((name) => name !== 'listTemplates');

/** Calls a global as google.script.run would: the request crosses as JSON, the result comes back as JSON. */
function run<R>(addon: ReturnType<typeof loadAddon>, name: ServerFunctionName, request: unknown): R {
  return JSON.parse(JSON.stringify(addon.call(name, JSON.parse(JSON.stringify(request))))) as R;
}

function canvasOf(result: OpenResult | EditResult): CanvasState {
  if (result.ok && 'state' in result) return result.state;
  throw new Error(`Expected a canvas, got ${JSON.stringify(result)}`);
}

test('every server function the contract names is a global of Code.js', () => {
  const addon = loadAddon();
  for (const name of SERVER_FUNCTIONS) expect(typeof addon.context[name]).toBe('function');
});

test('create, edit and read back through the globals, under the document lock', () => {
  const addon = loadAddon();
  const created = run<OpenResult>(addon, 'sidebarCreateCanvas', { name: 'Tea Room' });
  expect(canvasOf(created).sheetName).toBe('Tea Room');
  const tea = canvasOf(created);
  const added = run<EditResult>(addon, 'sidebarEdit', {
    canvas: { sheetId: tea.sheetId, prefix: tea.prefix, sheetName: tea.sheetName },
    version: tea.versions.revenueStreams,
    edit: { kind: 'add', block: 'revenueStreams', value: { name: 'Tea', type: 'asset-sale', price: 3, volume: 1000 } },
  });
  // 3 × 1000.
  expect(canvasOf(added).kpis.revenue).toBe(3000);
  const opened = run<OpenResult>(addon, 'sidebarOpen', { canvas: null, activate: false });
  expect(canvasOf(opened).canvas.revenueStreams).toEqual([{ name: 'Tea', type: 'asset-sale', price: 3, volume: 1000 }]);
  // Every call let go of the lock.
  expect(addon.globals.LockService.getDocumentLock().tryLock(0)).toBe(true);
});

test('a bad request gets its messages back, not an exception or a stack trace', () => {
  const addon = loadAddon();
  for (const name of TAKING_A_REQUEST) {
    const result = run<{ ok: boolean; reason: string; messages: { field: string; message: string }[] }>(
      addon,
      name,
      42,
    );
    expect(result).toEqual({
      ok: false,
      reason: 'invalid',
      messages: [{ field: '', message: 'expected an object, got 42' }],
    });
  }
});

test('importing a JSON file adds its canvas; exporting gives the same canvas back', () => {
  const addon = loadAddon();
  const jsonText = readFileSync(join(FIXTURES, 'one-stream.json'), 'utf8');
  const imported = run<OpenResult>(addon, 'sidebarImportJson', { jsonText });
  const state = canvasOf(imported);
  expect(state.sheetName).toBe('Corner Coffee');
  expect(addon.globals.spreadsheet.getActiveSheet().getName()).toBe('Corner Coffee');
  const exported = run<ExportResult>(addon, 'sidebarExportJson', {
    canvas: { sheetId: state.sheetId, prefix: state.prefix, sheetName: state.sheetName },
  });
  if (!exported.ok) throw new Error(JSON.stringify(exported));
  expect(exported.fileName).toBe('Corner Coffee.json');
  const original = JSON.parse(jsonText);
  expect(JSON.parse(exported.json)).toMatchObject({
    name: original.name,
    revenueStreams: original.revenueStreams,
    costs: original.costs,
  });
});

test('an invalid JSON file is refused with a message per bad field, and nothing is added', () => {
  const addon = loadAddon();
  const sheetsBefore = addon.globals.spreadsheet.getSheets().length;
  const result = run<OpenResult>(addon, 'sidebarImportJson', {
    jsonText: JSON.stringify({
      name: 'Bad',
      revenueStreams: [{ name: 'Tea', type: 'asset-sale', price: 'ten', volume: 5 }],
    }),
  });
  expect(result).toEqual({
    ok: false,
    reason: 'invalid',
    messages: [
      { field: '', message: 'revenueStreams[0].price: expected a number between 0 and 1,000,000,000,000, got "ten"' },
    ],
  });
  expect(addon.globals.spreadsheet.getSheets()).toHaveLength(sheetsBefore);
});
