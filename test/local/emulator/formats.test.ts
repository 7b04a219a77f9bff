import { EmuDataValidationBuilder, EmuSpreadsheet, Enums } from '../../../src/local/emulator';

function freshSheet() {
  const ss = new EmuSpreadsheet();
  return { ss, sheet: ss.getSheets()[0] };
}

describe('cell formats', () => {
  test('unformatted cells report Sheets’ defaults', () => {
    const { sheet } = freshSheet();
    const r = sheet.getRange('A1');
    expect(r.getBackgrounds()).toEqual([['#ffffff']]);
    expect(r.getFontColors()).toEqual([['#000000']]);
    expect(r.getFontWeights()).toEqual([['normal']]);
    expect(r.getFontSizes()).toEqual([[10]]);
    expect(r.getNumberFormats()).toEqual([['General']]);
    expect(r.getNotes()).toEqual([['']]);
  });

  test('2-D setters write cell by cell; null restores the default', () => {
    const { sheet } = freshSheet();
    const r = sheet.getRange(1, 1, 1, 2);
    r.setBackgrounds([['#FF0000', '#0f0']]);
    r.setFontColors([['#123456', null]]);
    r.setFontWeights([['bold', 'normal']]);
    r.setFontStyles([['italic', null]]);
    r.setFontSizes([[14, 9]]);
    r.setWraps([[true, false]]);
    r.setHorizontalAlignments([['center', 'right']]);
    r.setVerticalAlignments([['top', 'middle']]);
    r.setNumberFormats([['0.00', '@']]);
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#00ff00']]);
    expect(r.getFontColors()).toEqual([['#123456', '#000000']]);
    expect(r.getFontWeights()).toEqual([['bold', 'normal']]);
    expect(r.getFontStyles()).toEqual([['italic', 'normal']]);
    expect(r.getFontSizes()).toEqual([[14, 9]]);
    expect(r.getWraps()).toEqual([[true, false]]);
    expect(r.getHorizontalAlignments()).toEqual([['center', 'right']]);
    expect(r.getVerticalAlignments()).toEqual([['top', 'middle']]);
    expect(r.getNumberFormats()).toEqual([['0.00', '@']]);
    r.setBackgrounds([[null, null]]);
    expect(r.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
  });

  test('a colour Sheets cannot read is refused', () => {
    const { sheet } = freshSheet();
    expect(() => sheet.getRange('A1').setBackground('not-a-colour')).toThrow('Invalid color');
  });

  test('notes are set and cleared per cell', () => {
    const { sheet } = freshSheet();
    const r = sheet.getRange(1, 1, 2, 1);
    r.setNotes([['first'], [null]]);
    expect(r.getNotes()).toEqual([['first'], ['']]);
    r.setNotes([[''], ['second']]);
    expect(r.getNotes()).toEqual([[''], ['second']]);
  });

  test('a RangeList formats every range it names in one call', () => {
    const { ss, sheet } = freshSheet();
    ss.calls.reset();
    const list = sheet.getRangeList(['A1:B1', 'D4']);
    list.setBackground('#eeeeee').setFontWeight('bold').setNumberFormat('#,##0');
    list.setBorder(true, true, true, true, null, null, '#333333', Enums.BorderStyle.SOLID_MEDIUM);
    expect(sheet.getRange('B1').getBackground()).toBe('#eeeeee');
    expect(sheet.getRange('D4').getFontWeights()).toEqual([['bold']]);
    expect(sheet.getRange('D4').getNumberFormat()).toBe('#,##0');
    expect(sheet.getRange('C1').getBackground()).toBe('#ffffff');
    const d4 = ss.toJSON().sheets[0].cells.find((c) => c.a1 === 'D4');
    expect(d4?.borders?.top).toEqual({ color: '#333333', style: 'SOLID_MEDIUM' });
    expect(ss.calls.byMethod()).toMatchObject({ 'RangeList.setBackground': 1, 'RangeList.setBorder': 1 });
  });
});

describe('borders', () => {
  function bordersOf(ss: EmuSpreadsheet, a1: string) {
    return ss.toJSON().sheets[0].cells.find((c) => c.a1 === a1)?.borders;
  }

  test('outline only: the outer edges of the edge cells', () => {
    const { ss, sheet } = freshSheet();
    sheet.getRange('B2:C3').setBorder(true, true, true, true, false, false, '#000000', Enums.BorderStyle.SOLID);
    const line = { color: '#000000', style: 'SOLID' };
    expect(bordersOf(ss, 'B2')).toEqual({ top: line, left: line });
    expect(bordersOf(ss, 'C3')).toEqual({ bottom: line, right: line });
  });

  test('inner lines sit on both cells they separate; false removes, null leaves', () => {
    const { ss, sheet } = freshSheet();
    const r = sheet.getRange('A1:B2');
    r.setBorder(null, null, null, null, true, true, null, null);
    const line = { color: '#000000', style: 'SOLID' };
    expect(bordersOf(ss, 'A1')).toEqual({ right: line, bottom: line });
    expect(bordersOf(ss, 'B2')).toEqual({ left: line, top: line });
    r.setBorder(null, null, null, null, false, null, null, null);
    expect(bordersOf(ss, 'A1')).toEqual({ bottom: line });
  });
});

describe('merges', () => {
  test('merge keeps only the top-left value and reads back as one merged range', () => {
    const { sheet } = freshSheet();
    const r = sheet.getRange('A1:B2');
    r.setValues([
      ['keep', 'lost'],
      ['lost', 'lost'],
    ]);
    r.merge();
    expect(r.getValues()).toEqual([
      ['keep', ''],
      ['', ''],
    ]);
    expect(
      sheet
        .getRange('B2')
        .getMergedRanges()
        .map((m) => m.getA1Notation()),
    ).toEqual(['A1:B2']);
    expect(sheet.getRange('C1').isPartOfMerge()).toBe(false);
  });

  test('mergeAcross merges each row on its own', () => {
    const { sheet } = freshSheet();
    sheet.getRange('A1:C2').mergeAcross();
    expect(
      sheet
        .getRange('A1:C2')
        .getMergedRanges()
        .map((m) => m.getA1Notation()),
    ).toEqual(['A1:C1', 'A2:C2']);
  });

  test('merging across part of an existing merge is refused; breakApart undoes', () => {
    const { sheet } = freshSheet();
    sheet.getRange('A1:B2').merge();
    expect(() => sheet.getRange('B2:C3').merge()).toThrow('You must select all cells in a merged range');
    sheet.getRange('A1:B2').breakApart();
    expect(sheet.getRange('A1').isPartOfMerge()).toBe(false);
  });
});

describe('data validation', () => {
  test('rules read back with their criteria and help text', () => {
    const { sheet } = freshSheet();
    const list = new EmuDataValidationBuilder().requireValueInList(['Yes', 'No']).setHelpText('Yes or No').build();
    const between = new EmuDataValidationBuilder().requireNumberBetween(0, 100).setAllowInvalid(false).build();
    const atLeast = new EmuDataValidationBuilder().requireNumberGreaterThanOrEqualTo(0).build();
    sheet.getRange(1, 1, 1, 3).setDataValidations([[list, between, atLeast]]);
    const rules = sheet.getRange(1, 1, 1, 4).getDataValidations()[0];
    expect(rules.map((r) => r && String(r.getCriteriaType()))).toEqual([
      'VALUE_IN_LIST',
      'NUMBER_BETWEEN',
      'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      null,
    ]);
    expect(rules[0]?.getHelpText()).toBe('Yes or No');
    expect(rules[1]?.getAllowInvalid()).toBe(false);
    sheet.getRange('A1').setDataValidation(null);
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();
  });

  test('a builder without a criterion cannot build', () => {
    expect(() => new EmuDataValidationBuilder().build()).toThrow('criteria');
  });
});

describe('sheet properties', () => {
  test('frozen rows, sizes, tab colour and gridlines', () => {
    const { sheet } = freshSheet();
    sheet.setFrozenRows(2);
    sheet.setColumnWidth(1, 180).setColumnWidths(2, 3, 90).setRowHeight(1, 36).setRowHeights(2, 2, 30);
    sheet.setTabColor('#3366CC').setHiddenGridlines(true);
    expect(sheet.getFrozenRows()).toBe(2);
    expect([1, 2, 4, 5].map((c) => sheet.getColumnWidth(c))).toEqual([180, 90, 90, 100]);
    expect([1, 2, 3, 4].map((r) => sheet.getRowHeight(r))).toEqual([36, 30, 30, 21]);
    expect(sheet.getTabColor()).toBe('#3366cc');
    expect(sheet.hasHiddenGridlines()).toBe(true);
    sheet.setTabColor(null);
    expect(sheet.getTabColor()).toBeNull();
  });

  test('developer metadata on the sheet can be read, changed and removed', () => {
    const { sheet } = freshSheet();
    sheet.addDeveloperMetadata('bmc-canvas', 'v1').addDeveloperMetadata('other', 'x');
    const [first] = sheet.getDeveloperMetadata();
    expect([first.getKey(), first.getValue()]).toEqual(['bmc-canvas', 'v1']);
    first.setValue('v2');
    expect(sheet.getDeveloperMetadata().map((m) => `${m.getKey()}=${m.getValue()}`)).toEqual([
      'bmc-canvas=v2',
      'other=x',
    ]);
    first.remove();
    expect(sheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['other']);
  });

  test('metadata goes on whole rows or columns only, as in Sheets', () => {
    const { sheet } = freshSheet();
    sheet.getRange(4, 1, 2, 26).addDeveloperMetadata('block', 'KP');
    sheet.getRange(1, 3, 1000, 1).addDeveloperMetadata('col', 'C');
    expect(
      sheet
        .getRange(4, 1, 2, 26)
        .getDeveloperMetadata()
        .map((m) => m.getValue()),
    ).toEqual(['KP']);
    expect(
      sheet
        .getRange(1, 3, 1000, 1)
        .getDeveloperMetadata()
        .map((m) => m.getValue()),
    ).toEqual(['C']);
    expect(sheet.getDeveloperMetadata()).toEqual([]);
    expect(() => sheet.getRange('B2:C3').addDeveloperMetadata('k', 'v')).toThrow(
      'arbitrary ranges is not currently supported',
    );
  });

  test('charts record type, ranges, position and options', () => {
    const { sheet } = freshSheet();
    const chart = sheet
      .newChart()
      .setChartType(Enums.ChartType.COLUMN)
      .addRange(sheet.getRange('A1:A12'))
      .addRange(sheet.getRange('B1:C12'))
      .setPosition(3, 5, 10, 20)
      .setOption('title', 'Revenue by month')
      .setOption('width', 600)
      .setNumHeaders(1)
      .build();
    expect(sheet.getCharts()).toEqual([]);
    sheet.insertChart(chart);
    const [stored] = sheet.getCharts();
    expect(stored.getChartType()).toBe('COLUMN');
    expect(stored.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:A12', 'B1:C12']);
    expect(stored.getOptions().get('title')).toBe('Revenue by month');
    expect(stored.getOptions().get('width')).toBe(600);
    const info = stored.getContainerInfo();
    expect([info.getAnchorRow(), info.getAnchorColumn(), info.getOffsetX(), info.getOffsetY()]).toEqual([3, 5, 10, 20]);
    sheet.removeChart(stored);
    expect(sheet.getCharts()).toEqual([]);
  });
});
