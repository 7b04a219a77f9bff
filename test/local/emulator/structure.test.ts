import { EmuDataValidationBuilder, EmuSheet, EmuSpreadsheet, Enums } from '../../../src/local/emulator';

/**
 * Column A holds 1..5, B1 sums them, B2 is A3×10, "Block" names A2:A4, A3 is red, A4 has a note,
 * C2:D3 is merged, row 3 is 40px high and carries metadata, a chart sits on row 4.
 */
function layout(): { ss: EmuSpreadsheet; sheet: EmuSheet } {
  const ss = new EmuSpreadsheet();
  const sheet = ss.getSheets()[0];
  sheet.getRange(1, 1, 5, 1).setValues([[1], [2], [3], [4], [5]]);
  sheet.getRange(1, 2, 2, 1).setFormulas([['=SUM(A1:A5)'], ['=A3*10']]);
  ss.setNamedRange('Block', sheet.getRange('A2:A4'));
  sheet.getRange('F1').setFormula('=SUM(Block)');
  sheet.getRange('A3').setBackground('#ff0000');
  sheet.getRange('A4').setNote('four');
  sheet.getRange('C2:D3').merge();
  sheet.setRowHeight(3, 40);
  sheet.getRange(3, 1, 1, 26).addDeveloperMetadata('row-kind', 'item');
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType(Enums.ChartType.LINE)
      .addRange(sheet.getRange('A1:A5'))
      .setPosition(4, 7, 0, 0)
      .build(),
  );
  return { ss, sheet };
}

function columnA(sheet: EmuSheet, rows: number): unknown[] {
  return sheet
    .getRange(1, 1, rows, 1)
    .getValues()
    .map((r) => r[0]);
}

describe('inserting rows', () => {
  test('inside a block: values, formulas, formats, notes, names, merges, sizes, metadata and charts move like Sheets', () => {
    const { ss, sheet } = layout();
    sheet.insertRowsAfter(2, 2);

    expect(sheet.getMaxRows()).toBe(1002);
    expect(columnA(sheet, 7)).toEqual([1, 2, '', '', 3, 4, 5]);
    expect(sheet.getRange(1, 2, 2, 1).getFormulas()).toEqual([['=SUM(A1:A7)'], ['=A5*10']]);
    expect(sheet.getRange(1, 2, 2, 1).getValues()).toEqual([[15], [30]]);

    expect(ss.getRangeByName('Block')?.getA1Notation()).toBe('A2:A6');
    sheet.getRange('A3').setValue(100);
    expect(sheet.getRange('F1').getValue()).toBe(2 + 100 + 3 + 4);

    expect(sheet.getRange(3, 1, 3, 1).getBackgrounds()).toEqual([['#ffffff'], ['#ffffff'], ['#ff0000']]);
    expect(sheet.getRange('A6').getNote()).toBe('four');
    expect(sheet.getRange('A4').getNote()).toBe('');
    expect(
      sheet
        .getRange('C2')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['C2:D5']);
    expect(sheet.getRowHeight(5)).toBe(40);
    expect(sheet.getRowHeight(3)).toBe(21);
    expect(
      sheet
        .getRange(5, 1, 1, 26)
        .getDeveloperMetadata()
        .map((m) => m.getValue()),
    ).toEqual(['item']);
    expect(sheet.getCharts()[0].getContainerInfo().getAnchorRow()).toBe(6);
    expect(
      sheet
        .getCharts()[0]
        .getRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1:A7']);
  });

  test('new rows copy the formats of the row above (after) or below (before), not its note', () => {
    const { sheet } = layout();
    sheet.getRange('A3').setNumberFormat('@');
    sheet.insertRowsAfter(3, 1);
    expect(sheet.getRange('A4').getBackground()).toBe('#ff0000');
    expect(sheet.getRange('A4').getNumberFormat()).toBe('@');
    expect(sheet.getRowHeight(4)).toBe(40);
    expect(sheet.getRange('A5').getNote()).toBe('four');
    sheet.getRange('A5').setBackground('#00ff00');
    sheet.insertRowsBefore(5, 1);
    expect(sheet.getRange('A5').getBackground()).toBe('#00ff00');
    expect(sheet.getRange('A5').getNote()).toBe('');
    expect(sheet.getRange('A6').getNote()).toBe('four');
  });

  test('validation moves with its cells and new rows beside a validated row get the rule too', () => {
    const { sheet } = layout();
    const rule = new EmuDataValidationBuilder().requireValueInList(['Low', 'High']).build();
    sheet.getRange('E3').setDataValidation(rule);
    sheet.insertRowsBefore(1, 1);
    expect(sheet.getRange('E3').getDataValidation()).toBeNull();
    expect(sheet.getRange('E4').getDataValidation()).toBe(rule);
    sheet.insertRowsAfter(4, 1);
    expect(sheet.getRange('E5').getDataValidation()).toBe(rule);
    sheet.deleteRows(4, 2);
    expect(
      sheet
        .getRange(1, 5, 10, 1)
        .getDataValidations()
        .flat()
        .filter((v) => v !== null),
    ).toEqual([]);
  });

  test('above a named range moves it; just below its last row leaves it', () => {
    const { ss, sheet } = layout();
    sheet.insertRowsBefore(2, 1);
    expect(ss.getRangeByName('Block')?.getA1Notation()).toBe('A3:A5');
    sheet.insertRowsAfter(5, 3);
    expect(ss.getRangeByName('Block')?.getA1Notation()).toBe('A3:A5');
    expect(sheet.getRange('F1').getValue()).toBe(2 + 3 + 4);
  });

  test('inside the frozen rows grows them', () => {
    const { sheet } = layout();
    sheet.setFrozenRows(2);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getFrozenRows()).toBe(4);
    sheet.insertRowsAfter(4, 1);
    expect(sheet.getFrozenRows()).toBe(4);
  });

  test('rejects positions outside the sheet', () => {
    const { sheet } = layout();
    expect(() => sheet.insertRowsAfter(1001, 1)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.insertRowsBefore(0, 1)).toThrow('Those rows are out of bounds.');
  });
});

describe('deleting rows', () => {
  test('inside a block shrinks it; formulas lose the deleted cells', () => {
    const { ss, sheet } = layout();
    sheet.deleteRows(3, 1);
    expect(sheet.getMaxRows()).toBe(999);
    expect(columnA(sheet, 4)).toEqual([1, 2, 4, 5]);
    expect(sheet.getRange('B1').getFormula()).toBe('=SUM(A1:A4)');
    expect(sheet.getRange('B1').getValue()).toBe(12);
    expect(sheet.getRange('B2').getValue()).toBe('#REF!');
    expect(ss.getRangeByName('Block')?.getA1Notation()).toBe('A2:A3');
    expect(sheet.getRange('F1').getValue()).toBe(2 + 4);
    expect(sheet.getRange('A3').getNote()).toBe('four');
    expect(sheet.getRange('A3').getBackground()).toBe('#ffffff');
    expect(
      sheet
        .getRange('C2')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['C2:D2']);
    expect(sheet.getRowHeight(3)).toBe(21);
    expect(ss.toJSON().sheets[0].metadata.filter((m) => m.location.type === 'ROW')).toEqual([]);
    expect(sheet.getCharts()[0].getContainerInfo().getAnchorRow()).toBe(3);
  });

  test('all the rows of a named range: formulas read #REF! and the name is dropped', () => {
    const { ss, sheet } = layout();
    sheet.deleteRows(2, 3);
    expect(sheet.getRange('F1').getValue()).toBe('#REF!');
    expect(ss.getRangeByName('Block')).toBeNull();
    expect(ss.getNamedRanges()).toEqual([]);
    expect(columnA(sheet, 2)).toEqual([1, 5]);
  });

  test('a merge reduced to one cell is gone', () => {
    const { sheet } = layout();
    sheet.getRange('C6:C7').merge();
    sheet.deleteRows(7, 1);
    expect(sheet.getRange('C6').isPartOfMerge()).toBe(false);
  });

  test('Sheets refuses to delete every row', () => {
    const { sheet } = layout();
    expect(() => sheet.deleteRows(1, 1000)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
    expect(() => sheet.deleteRows(999, 5)).toThrow('Those rows are out of bounds.');
  });
});

describe('columns', () => {
  test('inserting and deleting columns moves values, formulas, widths and names', () => {
    const { ss, sheet } = layout();
    sheet.setColumnWidth(2, 250);
    sheet.insertColumnsAfter(1, 2);
    expect(sheet.getMaxColumns()).toBe(28);
    expect(sheet.getRange('D1').getFormula()).toBe('=SUM(A1:A5)');
    expect(sheet.getColumnWidth(4)).toBe(250);
    expect(sheet.getColumnWidth(2)).toBe(100);
    sheet.deleteColumns(1, 1);
    expect(sheet.getRange('C1').getFormula()).toBe('=SUM(#REF!)');
    expect(sheet.getRange('C1').getValue()).toBe('#REF!');
    expect(ss.getRangeByName('Block')).toBeNull();
  });

  test('a named range spanning an inserted column grows', () => {
    const { ss, sheet } = layout();
    ss.setNamedRange('Wide', sheet.getRange('A10:C10'));
    sheet.insertColumnsBefore(2, 1);
    expect(ss.getRangeByName('Wide')?.getA1Notation()).toBe('A10:D10');
  });
});

describe('ranges that point into another sheet', () => {
  test('a list-from-range validation source follows its rows', () => {
    const ss = new EmuSpreadsheet();
    const main = ss.getSheets()[0];
    const lists = ss.insertSheet('Lists');
    lists.getRange(1, 1, 2, 1).setValues([['Yes'], ['No']]);
    const rule = new EmuDataValidationBuilder()
      .requireValueInRange(lists.getRange('A1:A2'))
      .setAllowInvalid(false)
      .build();
    main.getRange('B2').setDataValidation(rule);
    lists.insertRowsBefore(1, 3);
    const source = ss.toJSON().sheets[0].cells.find((c) => c.a1 === 'B2')?.validation?.criterion;
    expect(source).toMatchObject({ kind: 'listFromRange', source: { sheetName: 'Lists', a1: 'A4:A5' } });
  });
});
