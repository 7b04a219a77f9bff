import {
  clearCell,
  editCell,
  EmuDataValidationBuilder,
  EmuSpreadsheet,
  Enums,
  spreadsheetFromSnapshot,
} from '../../../src/local/emulator';

function counted() {
  const ss = new EmuSpreadsheet();
  const sheet = ss.getSheets()[0];
  ss.calls.reset();
  return { ss, sheet, calls: ss.calls };
}

describe('the call-counting rule', () => {
  test('handles and local accessors are free', () => {
    const { ss, sheet, calls } = counted();
    const r = sheet.getRange(1, 1, 2, 2);
    sheet.getRange('B2:C3');
    sheet.getRangeList(['A1', 'B2']);
    [r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getA1Notation()];
    r.getSheet();
    ss.setNamedRange('Spot', r);
    calls.reset();
    const [named] = sheet.getNamedRanges();
    named.getName();
    named.getRange();
    sheet.addDeveloperMetadata('k', 'v');
    const [meta] = sheet.getDeveloperMetadata();
    meta.getKey();
    meta.getValue();
    expect(calls.byMethod()).toEqual({
      'Sheet.getNamedRanges': 1,
      'Sheet.addDeveloperMetadata': 1,
      'Sheet.getDeveloperMetadata': 1,
    });
    expect(calls.total()).toBe(3);
  });

  test('builders are free up to build(); inserting the result is one call', () => {
    const { sheet, calls } = counted();
    const rule = new EmuDataValidationBuilder()
      .requireValueInList(['a'])
      .setAllowInvalid(false)
      .setHelpText('a')
      .build();
    const chart = sheet
      .newChart()
      .setChartType(Enums.ChartType.LINE)
      .addRange(sheet.getRange('A1:A3'))
      .setPosition(1, 1, 0, 0)
      .build();
    expect(calls.total()).toBe(0);
    sheet.getRange('A1').setDataValidation(rule);
    sheet.insertChart(chart);
    expect(calls.byMethod()).toEqual({ 'Range.setDataValidation': 1, 'Sheet.insertChart': 1 });
  });

  test('every other method is one call, named Type.method, whatever it does inside', () => {
    const { ss, sheet, calls } = counted();
    const r = sheet.getRange(1, 1, 2, 2);
    r.setValues([
      [1, 2],
      [3, 4],
    ]);
    r.setValues([
      [5, 6],
      [7, 8],
    ]);
    r.getValues();
    r.setBackgrounds([
      ['#ffffff', '#ffffff'],
      ['#ffffff', '#ffffff'],
    ]);
    r.merge();
    sheet.insertRowsAfter(1, 5);
    ss.getSheetByName('Sheet1');
    ss.insertSheet('Two');
    expect(calls.byMethod()).toEqual({
      'Range.getValues': 1,
      'Range.merge': 1,
      'Range.setBackgrounds': 1,
      'Range.setValues': 2,
      'Sheet.insertRowsAfter': 1,
      'Spreadsheet.getSheetByName': 1,
      'Spreadsheet.insertSheet': 1,
    });
    expect(calls.total()).toBe(8);
  });

  test('a call that throws still counts as a call', () => {
    const { sheet, calls } = counted();
    expect(() => sheet.getRange(1, 1, 2, 1).setValues([[1]])).toThrow();
    expect(calls.byMethod()).toEqual({ 'Range.setValues': 1 });
  });

  test('named range and metadata methods that change things count', () => {
    const { ss, sheet, calls } = counted();
    ss.setNamedRange('Spot', sheet.getRange('A1'));
    sheet.addDeveloperMetadata('k', 'v');
    const [meta] = sheet.getDeveloperMetadata();
    const [named] = ss.getNamedRanges();
    calls.reset();
    named.setRange(sheet.getRange('B2'));
    meta.setValue('w');
    meta.remove();
    named.remove();
    expect(calls.byMethod()).toEqual({
      'DeveloperMetadata.remove': 1,
      'DeveloperMetadata.setValue': 1,
      'NamedRange.remove': 1,
      'NamedRange.setRange': 1,
    });
  });

  test('reset starts from zero; snapshots and hand edits are not calls', () => {
    const { ss, sheet, calls } = counted();
    sheet.getRange('A1').setValue(1);
    calls.reset();
    expect(calls.total()).toBe(0);
    expect(calls.byMethod()).toEqual({});
    spreadsheetFromSnapshot(ss.toJSON());
    editCell(sheet, 2, 1, '=A1+1');
    clearCell(sheet, 1, 1);
    expect(calls.total()).toBe(0);
  });
});
