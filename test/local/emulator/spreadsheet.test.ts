import { EmuSpreadsheet } from '../../../src/local/emulator';

describe('sheets in a spreadsheet', () => {
  test('insertSheet puts the new sheet after the active one and activates it', () => {
    const ss = new EmuSpreadsheet();
    const first = ss.getSheets()[0];
    const b = ss.insertSheet('B');
    ss.setActiveSheet(first);
    const a = ss.insertSheet('A');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'A', 'B']);
    expect(ss.getActiveSheet()).toBe(a);
    expect([first, a, b].map((s) => s.getIndex())).toEqual([1, 2, 3]);
  });

  test('an index puts it exactly there; with no name it is "Sheet" and the next free number', () => {
    const ss = new EmuSpreadsheet();
    ss.insertSheet('Last');
    const front = ss.insertSheet('Front', 0);
    const unnamed = ss.insertSheet();
    expect(front.getIndex()).toBe(1);
    expect(unnamed.getName()).toBe('Sheet4');
    expect(ss.insertSheet(1).getIndex()).toBe(2);
  });

  test('names are unique whatever their case; lookups ignore case', () => {
    const ss = new EmuSpreadsheet();
    const acme = ss.insertSheet('Acme Coffee');
    expect(() => ss.insertSheet('acme coffee')).toThrow(
      'A sheet with the name "acme coffee" already exists. Please enter another name.',
    );
    expect(() => ss.getSheets()[0].setName('ACME COFFEE')).toThrow('already exists');
    expect(() => acme.setName('')).toThrow('cannot be empty');
    expect(ss.getSheetByName('ACME coffee')).toBe(acme);
    expect(ss.getSheetByName('Nope')).toBeNull();
  });

  test('sheet ids are stable and are not positions', () => {
    const ss = new EmuSpreadsheet();
    const first = ss.getSheets()[0];
    const second = ss.insertSheet('Two', 0);
    expect(first.getSheetId()).toBe(0);
    expect(second.getSheetId()).not.toBe(0);
    expect(second.getSheetId()).not.toBe(1);
    expect(first.getSheetId()).toBe(0);
  });

  test('deleting the active sheet activates a neighbour; the last sheet cannot go', () => {
    const ss = new EmuSpreadsheet();
    const first = ss.getSheets()[0];
    const second = ss.insertSheet('Two');
    ss.deleteSheet(second);
    expect(ss.getActiveSheet()).toBe(first);
    expect(() => ss.deleteSheet(first)).toThrow("You can't remove all the sheets in a document.");
  });

  test('activate, toast and the spreadsheet’s own details', () => {
    const ss = new EmuSpreadsheet({ name: 'Plan', id: 'abc', timeZone: 'Asia/Tokyo' });
    const two = ss.insertSheet('Two');
    ss.getSheets()[0].activate();
    expect(ss.getActiveSheet().getName()).toBe('Sheet1');
    two.activate();
    ss.toast('Canvas created', 'Business Model Canvas', 5);
    expect(ss.toasts).toEqual([{ message: 'Canvas created', title: 'Business Model Canvas', timeoutSeconds: 5 }]);
    expect([ss.getName(), ss.getId(), ss.getSpreadsheetTimeZone()]).toEqual(['Plan', 'abc', 'Asia/Tokyo']);
    expect(ss.getActiveSheet()).toBe(two);
  });

  test('Spreadsheet.getRange takes a sheet-qualified A1 reference', () => {
    const ss = new EmuSpreadsheet();
    const acme = ss.insertSheet('Acme Coffee');
    acme.getRange('B3').setValue('here');
    expect(ss.getRange("'Acme Coffee'!B3").getValue()).toBe('here');
    expect(() => ss.getRange("'Nowhere'!A1")).toThrow('Range not found');
  });
});
