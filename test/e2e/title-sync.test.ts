/**
 * One name everywhere: retyping a canvas's title in its title cell renames its sheet tab (the
 * add-on's onEdit simple trigger), so the tab, the sidebar, Compare and the toasts say the same.
 */
import { listCanvasSheets, readCanvas } from '../../src/gas/canvas-sheet';
import { editCell } from '../../src/local/emulator';
import { loadAddon } from '../../src/local/load-addon';
import { sheetNames } from './workbook';

function withCanvas(name: string) {
  const addon = loadAddon();
  const { spreadsheet, ui } = addon.globals;
  ui.respondToPrompts([{ button: 'OK', text: name }]);
  addon.call('menuNewCanvas');
  const sheet = spreadsheet.getActiveSheet();
  /** Types into a cell as a user would; Sheets then runs the trigger. */
  const type = (row: number, column: number, text: string) => {
    editCell(sheet, row, column, text);
    addon.call('onEdit', { range: sheet.getRange(row, column), value: text, source: spreadsheet });
  };
  return { addon, spreadsheet, sheet, type };
}

test('a title typed into A1 renames the tab, and the canvas reads back under that one name', () => {
  const { spreadsheet, sheet, type } = withCanvas('Corner bakery');
  type(1, 1, 'Harbour bakery');
  expect(sheet.getName()).toBe('Harbour bakery');
  const read = readCanvas(sheet);
  expect(read.ok && read.canvas.name).toBe('Harbour bakery');
  expect(listCanvasSheets(spreadsheet).map((c) => c.sheetName)).toEqual(['Harbour bakery']);
});

test('a title another tab already has gets a tab of its own name; characters a tab cannot hold become spaces', () => {
  const { sheet, type } = withCanvas('Corner bakery');
  type(1, 1, 'Sheet1');
  expect(sheet.getName()).toBe('Sheet1 (2)');
  type(1, 1, 'Q1: plan [draft]');
  expect(sheet.getName()).toBe('Q1  plan  draft');
});

test('any other cell, an emptied title or a sheet that is no canvas leaves every tab alone, without a spreadsheet call for any other cell', () => {
  const { addon, spreadsheet, sheet, type } = withCanvas('Corner bakery');
  editCell(sheet, 6, 1, 'Cloud storage provider');
  const range = sheet.getRange(6, 1);
  addon.globals.calls.reset();
  addon.call('onEdit', { range, value: 'Cloud storage provider', source: spreadsheet });
  // It reads the edited cell's address from the event's range, and stops there.
  expect(addon.globals.calls.total()).toBe(0);
  type(1, 1, '');
  const other = spreadsheet.getSheetByName('Sheet1')!;
  editCell(other, 1, 1, 'Notes');
  addon.call('onEdit', { range: other.getRange(1, 1), value: 'Notes', source: spreadsheet });
  expect(sheetNames(spreadsheet)).toEqual(['Sheet1', 'Corner bakery']);
  expect(sheet.getName()).toBe('Corner bakery');
});

test('Compare names the canvases by the name their titles gave them, in a sentence', () => {
  const { addon, spreadsheet, type } = withCanvas('Corner bakery');
  type(1, 1, 'Harbour bakery');
  addon.globals.ui.respondToPrompts([{ button: 'OK', text: 'Hill café' }]);
  addon.call('menuNewCanvas');
  addon.globals.ui.respondToPrompts([{ button: 'OK', text: '' }]);
  addon.call('menuCompareCanvases');
  expect(spreadsheet.toasts.map((t) => t.message).at(-1)).toBe(
    'The sheet "Compare" now compares 2 canvases side by side: "Harbour bakery" and "Hill café".',
  );
});
