/**
 * The saved workbook's shape check: everything the add-on writes passes it, and each kind of
 * hand damage is named in words, before anything is built from the file.
 */
import { CANVAS_MARKER_KEY } from '../../../src/core/layout/canvas-layout';
import { listTemplates } from '../../../src/core/patterns';
import { templateCanvas } from '../../../src/core/patterns/sheet';
import { emulatedWorkbook } from '../../../src/local/cli';
import type { SheetSnapshot, WorkbookSnapshot } from '../../../src/local/emulator/snapshot';
import { checkedWorkbook } from '../../../src/local/playground/workbook-shape';

jest.setTimeout(120_000);

let saved: WorkbookSnapshot;

beforeAll(() => {
  // Every template's canvas, its pattern check, and the Compare sheet that lines them up.
  const canvases = listTemplates().flatMap((t) => templateCanvas(t.id) ?? []);
  const { globals } = emulatedWorkbook(canvases, '2026-03-04');
  const sheet = globals.spreadsheet.getSheets()[0];
  sheet.getRange('A1:B2').merge();
  sheet.getRange('C1').setNote('a note').setBackground('#ABCDEF');
  saved = JSON.parse(JSON.stringify(globals.spreadsheet.toJSON())) as WorkbookSnapshot;
});

test('every workbook the add-on lays out passes as it is', () => {
  expect(saved.sheets.length).toBeGreaterThan(3);
  expect(saved.sheets.some((s) => s.metadata.some((m) => m.key === 'bmc.compare'))).toBe(true);
  expect(checkedWorkbook(saved)).toBe(saved);
});

function formulaCell(s: SheetSnapshot) {
  return s.cells.find((c) => c.formula !== undefined) as SheetSnapshot['cells'][number];
}

function damaged(damage: (w: WorkbookSnapshot, first: SheetSnapshot) => void): () => WorkbookSnapshot {
  return () => {
    const copy = JSON.parse(JSON.stringify(saved)) as WorkbookSnapshot;
    damage(copy, copy.sheets[0]);
    return checkedWorkbook(copy);
  };
}

test.each<[string, (w: WorkbookSnapshot, first: SheetSnapshot) => void, string]>([
  ['no sheets', (w) => (w.sheets = []), 'the list of sheets is empty'],
  ['two sheets with one name', (w) => (w.sheets[1].name = w.sheets[0].name.toUpperCase()), 'has two sheets named'],
  ['a cell twice', (_w, s) => s.cells.push({ ...s.cells[0] }), 'holds the cell at row 1, column 1 twice'],
  ['a cell past the last column', (_w, s) => (s.cells[0].column = s.maxColumns + 1), 'column, is'],
  ['a fractional row', (_w, s) => (s.cells[0].row = 1.5), 'row, is 1.5, not a whole number'],
  ['a formula and a value in one cell', (_w, s) => (formulaCell(s).literal = 1), 'holds both a formula and a value'],
  ['a formula that is a number', (_w, s) => ((formulaCell(s) as { formula: unknown }).formula = 42), 'is 42, not text'],
  ['a text longer than a cell holds', (_w, s) => (s.cells[0].note = 'x'.repeat(50_001)), 'is 50001 characters long'],
  ['a merge overlapping another', (_w, s) => s.merges.push({ ...s.merges[0], column: 2 }), 'overlaps merge 1'],
  [
    'a merge of one cell',
    (_w, s) => (s.merges[0] = { ...s.merges[0], numRows: 1, numColumns: 1 }),
    'covers one cell only',
  ],
  [
    'an unknown format',
    (_w, s) => ((s.cells[0].format as Record<string, unknown>).glow = true),
    'unknown format "glow"',
  ],
  ['a colour that is not one', (_w, s) => (s.cells[0].format = { background: 'red' }), 'is "red", not a colour'],
  [
    'a broken canvas marker',
    (_w, s) => (s.metadata.find((m) => m.key === CANVAS_MARKER_KEY)!.value = 'not json'),
    'The canvas marker of',
  ],
  [
    'a named range on no sheet',
    (w) => (w.namedRanges[0].range.sheetId = 12345),
    'on sheet 12345, which the workbook does not have',
  ],
  ['an active sheet that is gone', (w) => (w.activeSheetId = 777), 'the active sheet 777 is not one of the sheets'],
  ['more cells than Sheets allows', (_w, s) => (s.maxRows = 9_999_000), 'more than the 10000000 Sheets allows'],
  ['a metadata id past its counter', (w) => (w.sequences.metadata = 0), 'the metadata id counter is 0'],
])('%s is named', (_what, damage, problem) => {
  expect(damaged(damage)).toThrow(problem);
});
