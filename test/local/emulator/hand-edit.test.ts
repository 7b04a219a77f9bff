import {
  clearCell,
  editCell,
  EmuDataValidationBuilder,
  EmuSpreadsheet,
  RejectedEditError,
} from '../../../src/local/emulator';

function freshSheet() {
  const ss = new EmuSpreadsheet();
  return { ss, sheet: ss.getSheets()[0] };
}

describe('editCell: typing into a cell', () => {
  test('reads what is typed the way Sheets does', () => {
    const { sheet } = freshSheet();
    sheet.getRange('A1').setValue(20);
    editCell(sheet, 1, 2, '=A1*2');
    editCell(sheet, 1, 3, '3.5');
    editCell(sheet, 1, 4, "'0042");
    editCell(sheet, 1, 5, 'true');
    editCell(sheet, 1, 6, 'Coffee beans, roasted');
    expect(sheet.getRange('B1:F1').getValues()).toEqual([[40, 3.5, '0042', true, 'Coffee beans, roasted']]);
    expect(sheet.getRange('B1').getFormula()).toBe('=A1*2');
  });

  test('in a cell formatted "@" everything typed stays text', () => {
    const { sheet } = freshSheet();
    sheet.getRange('A1:A3').setNumberFormat('@');
    editCell(sheet, 1, 1, '=SUM(B1:B3)');
    editCell(sheet, 2, 1, '12');
    editCell(sheet, 3, 1, '+44 20 7946 0000');
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['=SUM(B1:B3)'], ['12'], ['+44 20 7946 0000']]);
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });

  test('typing nothing, or clearCell, empties the cell but keeps its format', () => {
    const { sheet } = freshSheet();
    sheet
      .getRange('A1:A2')
      .setValues([['x'], ['y']])
      .setBackground('#ffeeaa');
    editCell(sheet, 1, 1, '');
    clearCell(sheet, 2, 1);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[''], ['']]);
    expect(sheet.getRange('A2').getBackground()).toBe('#ffeeaa');
  });

  test('outside the sheet is an error', () => {
    const { sheet } = freshSheet();
    expect(() => editCell(sheet, 1001, 1, 'x')).toThrow('outside the dimensions');
  });
});

describe('editCell against data validation', () => {
  function validated(allowInvalid: boolean) {
    const { ss, sheet } = freshSheet();
    const other = ss.insertSheet('Acme Coffee');
    const rule = new EmuDataValidationBuilder()
      .requireNumberBetween(1, 10)
      .setAllowInvalid(allowInvalid)
      .setHelpText('Enter a score from 1 to 10.')
      .build();
    other.getRange('B3').setValue(5).setDataValidation(rule);
    return { sheet, other };
  }

  test('a rejected value throws an error naming the cell and the help text, and changes nothing', () => {
    const { other } = validated(false);
    let error: unknown;
    try {
      editCell(other, 3, 2, '11');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RejectedEditError);
    expect((error as Error).message).toBe("Invalid entry in 'Acme Coffee'!B3: Enter a score from 1 to 10.");
    expect(() => editCell(other, 3, 2, 'ten')).toThrow("'Acme Coffee'!B3");
    expect(other.getRange('B3').getValue()).toBe(5);
  });

  test('a valid value, or emptying the cell, is accepted', () => {
    const { other } = validated(false);
    editCell(other, 3, 2, '10');
    expect(other.getRange('B3').getValue()).toBe(10);
    editCell(other, 3, 2, '');
    expect(other.getRange('B3').getValue()).toBe('');
  });

  test('a formula is checked by the value it computes: a valid one stays, an invalid one changes nothing', () => {
    const { other } = validated(false);
    other.getRange('C3').setValue(4);
    editCell(other, 3, 2, '=C3*2');
    expect(other.getRange('B3').getFormula()).toBe('=C3*2');
    expect(other.getRange('B3').getValue()).toBe(8);
    expect(() => editCell(other, 3, 2, '=C3*3')).toThrow(
      "Invalid entry in 'Acme Coffee'!B3: Enter a score from 1 to 10.",
    );
    expect(() => editCell(other, 3, 2, '="ten"')).toThrow("'Acme Coffee'!B3");
    expect(other.getRange('B3').getFormula()).toBe('=C3*2');
    expect(other.getRange('B3').getValue()).toBe(8);
  });

  test('with allowInvalid the value is stored anyway', () => {
    const { other } = validated(true);
    editCell(other, 3, 2, '42');
    expect(other.getRange('B3').getValue()).toBe(42);
  });

  test('lists: from values, and from a range on another sheet, without help text', () => {
    const { ss, sheet } = freshSheet();
    const lists = ss.insertSheet('Lists');
    lists.getRange('A1:A2').setValues([['Monthly'], ['Yearly']]);
    sheet
      .getRange('A1')
      .setDataValidation(
        new EmuDataValidationBuilder().requireValueInList(['Low', 'High']).setAllowInvalid(false).build(),
      );
    sheet
      .getRange('A2')
      .setDataValidation(
        new EmuDataValidationBuilder().requireValueInRange(lists.getRange('A1:A2')).setAllowInvalid(false).build(),
      );
    editCell(sheet, 1, 1, 'High');
    editCell(sheet, 2, 1, 'Yearly');
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['High'], ['Yearly']]);
    expect(() => editCell(sheet, 1, 1, 'Medium')).toThrow(
      'Invalid entry in Sheet1!A1: Input must be an item on the specified list.',
    );
    expect(() => editCell(sheet, 2, 1, 'Weekly')).toThrow('Sheet1!A2');
  });

  test('script writes are not checked, as in Sheets', () => {
    const { other } = validated(false);
    other.getRange('B3').setValue(99);
    expect(other.getRange('B3').getValue()).toBe(99);
  });
});
