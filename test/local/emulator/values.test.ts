import { EmuSpreadsheet } from '../../../src/local/emulator';

function freshSheet() {
  const ss = new EmuSpreadsheet();
  return { ss, sheet: ss.getSheets()[0] };
}

describe('a new spreadsheet', () => {
  test('has one sheet "Sheet1" of 1000 rows × 26 columns, empty', () => {
    const { ss, sheet } = freshSheet();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange(1, 1, 2, 2).getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
  });
});

describe('getRange', () => {
  test('takes 2, 3 or 4 numbers or A1 text, 1-based', () => {
    const { sheet } = freshSheet();
    expect(sheet.getRange(2, 3).getA1Notation()).toBe('C2');
    expect(sheet.getRange(2, 3, 4).getA1Notation()).toBe('C2:C5');
    expect(sheet.getRange(2, 3, 4, 2).getA1Notation()).toBe('C2:D5');
    const r = sheet.getRange('B2:D5');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 2, 4, 3]);
    expect([r.getLastRow(), r.getLastColumn()]).toEqual([5, 4]);
  });

  test('resolves another sheet named in the A1 text', () => {
    const { ss, sheet } = freshSheet();
    const acme = ss.insertSheet('My Sheet');
    acme.getRange(2, 2).setValue('there');
    const r = sheet.getRange("'My Sheet'!B2");
    expect(r.getSheet()).toBe(acme);
    expect(r.getValue()).toBe('there');
  });

  test('throws outside the sheet, as Sheets does', () => {
    const { sheet } = freshSheet();
    expect(() => sheet.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1, 27)).toThrow('outside the dimensions');
    expect(() => sheet.getRange(0, 1)).toThrow('outside the dimensions');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
  });

  test('a handle reads the current state, not a copy', () => {
    const { sheet } = freshSheet();
    const handle = sheet.getRange('A1');
    sheet.getRange(1, 1).setValue(5);
    expect(handle.getValue()).toBe(5);
  });
});

describe('setValues', () => {
  test('throws on a row count mismatch with Sheets’ message', () => {
    const { sheet } = freshSheet();
    expect(() => sheet.getRange(1, 1, 3, 1).setValues([[1], [2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
  });

  test('throws on a column count mismatch with Sheets’ message', () => {
    const { sheet } = freshSheet();
    expect(() => sheet.getRange(1, 1, 1, 3).setValues([[1, 2]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
    expect(sheet.getRange(1, 1, 1, 3).getValues()).toEqual([['', '', '']]);
  });

  test('other 2-D setters check the shape too', () => {
    const { sheet } = freshSheet();
    expect(() => sheet.getRange(1, 1, 2, 2).setBackgrounds([['#ff0000', null]])).toThrow(
      'The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setNotes([['x']])).toThrow('The data has 1 but the range has 2.');
  });

  test('strings become what Sheets makes of them', () => {
    const { sheet } = freshSheet();
    const r = sheet.getRange(1, 1, 1, 8);
    r.setValues([['=1+2', '42', '-3.5', 'TRUE', 'false', 'hello', '', '1e3']]);
    expect(r.getValues()).toEqual([[3, 42, -3.5, true, false, 'hello', '', 1000]]);
    expect(r.getFormulas()).toEqual([['=1+2', '', '', '', '', '', '', '']]);
  });

  test('a leading apostrophe stores the rest as text, without the apostrophe', () => {
    const { sheet } = freshSheet();
    const texts = ['=SUM(A1)', '+1', '-x', '@me', '123', 'TRUE', '2020-01-01', "'quoted"];
    const r = sheet.getRange(1, 1, texts.length, 1);
    r.setValues(texts.map((t) => [`'${t}`]));
    expect(r.getValues()).toEqual(texts.map((t) => [t]));
    expect(r.getFormulas()).toEqual(texts.map(() => ['']));
    expect(r.getDisplayValues()).toEqual(texts.map((t) => [t]));
  });

  test('in a cell formatted "@" a string is stored as given, "=" text included', () => {
    const { sheet } = freshSheet();
    const r = sheet.getRange(1, 1, 1, 4);
    r.setNumberFormat('@');
    r.setValues([['=1+2', '007', 'TRUE', "'kept"]]);
    expect(r.getValues()).toEqual([['=1+2', '007', 'TRUE', "'kept"]]);
    expect(r.getFormulas()).toEqual([['', '', '', '']]);
  });

  test('numbers, booleans and null are stored as they are', () => {
    const { sheet } = freshSheet();
    const r = sheet.getRange(1, 1, 1, 4);
    r.setValues([[0.1, true, null, -7]]);
    expect(r.getValues()).toEqual([[0.1, true, '', -7]]);
  });

  test('percentages, grouped numbers and dollar amounts are read as numbers with a format', () => {
    const { sheet } = freshSheet();
    const r = sheet.getRange(1, 1, 1, 3);
    r.setValues([['12%', '1,234', '$5.50']]);
    expect(r.getValues()).toEqual([[0.12, 1234, 5.5]]);
    expect(r.getNumberFormats()).toEqual([['0%', '#,##0', '$#,##0.00']]);
    expect(r.getDisplayValues()).toEqual([['12%', '1,234', '$5.50']]);
  });

  test('a date string or a Date becomes a date, read back as a Date', () => {
    const { sheet } = freshSheet();
    sheet.getRange('A1').setValue('2025-01-31');
    sheet.getRange('A2').setValue(new Date(Date.UTC(2024, 1, 29)));
    expect(sheet.getRange('A1').getValue()).toEqual(new Date(Date.UTC(2025, 0, 31)));
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2025-01-31');
    expect(sheet.getRange('A2').getValue()).toEqual(new Date(Date.UTC(2024, 1, 29)));
    expect(sheet.getRange('A2').getDisplayValue()).toBe('2/29/2024');
    sheet.getRange('A3').setFormula('=A1-A2');
    expect(sheet.getRange('A3').getValue()).toBe(337);
  });

  test('setValue fills every cell of the range', () => {
    const { sheet } = freshSheet();
    sheet.getRange(1, 1, 2, 2).setValue('x');
    expect(sheet.getRange(1, 1, 2, 2).getValues()).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
  });

  test('getValue reads the top-left cell', () => {
    const { sheet } = freshSheet();
    sheet.getRange(1, 1, 1, 2).setValues([['first', 'second']]);
    expect(sheet.getRange(1, 1, 1, 2).getValue()).toBe('first');
  });
});

describe('formulas and errors', () => {
  test('getValues computes, getFormulas returns "=..." or ""', () => {
    const { sheet } = freshSheet();
    sheet.getRange(1, 1, 3, 1).setValues([[2], [3], ['=A1*A2']]);
    expect(sheet.getRange(3, 1).getValue()).toBe(6);
    expect(sheet.getRange(1, 1, 3, 1).getFormulas()).toEqual([[''], [''], ['=A1*A2']]);
  });

  test('setFormulas writes formulas whatever the format', () => {
    const { sheet } = freshSheet();
    sheet.getRange('B1').setNumberFormat('@');
    sheet.getRange(1, 1, 1, 2).setFormulas([['=2+2', '=3*3']]);
    expect(sheet.getRange(1, 1, 1, 2).getValues()).toEqual([[4, 9]]);
  });

  test('error values read as Sheets’ error text', () => {
    const { sheet } = freshSheet();
    sheet
      .getRange(1, 1, 1, 5)
      .setFormulas([['=1/0', '=NOSUCHFUNCTION(1)', '=MATCH(9,{1,2},0)', '=UnknownName', '=C1+']]);
    expect(sheet.getRange(1, 1, 1, 5).getValues()).toEqual([['#DIV/0!', '#NAME?', '#N/A', '#NAME?', '#ERROR!']]);
    expect(sheet.getRange(1, 1, 1, 5).getDisplayValues()).toEqual([['#DIV/0!', '#NAME?', '#N/A', '#NAME?', '#ERROR!']]);
  });

  test('a circular reference reads #REF! as in Sheets', () => {
    const { sheet } = freshSheet();
    sheet.getRange(1, 1, 1, 2).setFormulas([['=B1', '=A1']]);
    expect(sheet.getRange(1, 1, 1, 2).getValues()).toEqual([['#REF!', '#REF!']]);
  });

  test('a reference to an empty cell reads empty; arithmetic on it reads 0', () => {
    const { sheet } = freshSheet();
    sheet.getRange(1, 1, 1, 2).setFormulas([['=Z99', '=Z99+0']]);
    expect(sheet.getRange(1, 1, 1, 2).getValues()).toEqual([['', 0]]);
  });
});

describe('clearing and the data range', () => {
  test('clearContent keeps formats and notes', () => {
    const { sheet } = freshSheet();
    const r = sheet.getRange(1, 1, 1, 2);
    r.setValues([[1, 'a']])
      .setBackground('#ff0000')
      .setNote('why');
    r.clearContent();
    expect(r.getValues()).toEqual([['', '']]);
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#ff0000']]);
    expect(r.getNotes()).toEqual([['why', 'why']]);
  });

  test('getLastRow/getLastColumn/getDataRange follow the content', () => {
    const { sheet } = freshSheet();
    sheet.getRange(4, 3).setValue('x');
    sheet.getRange(2, 5).setValue(1);
    sheet.getRange(9, 1).setBackground('#00ff00');
    expect(sheet.getLastRow()).toBe(4);
    expect(sheet.getLastColumn()).toBe(5);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:E4');
  });
});
