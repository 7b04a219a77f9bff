import {
  conditionalFormatAt,
  editCell,
  EmuConditionalFormatRuleBuilder,
  EmuDataValidationBuilder,
  EmuSheet,
  EmuSpreadsheet,
  Enums,
  SNAPSHOT_VERSION,
  spreadsheetFromSnapshot,
  WorkbookSnapshot,
} from '../../../src/local/emulator';

/** A workbook using every feature the snapshot carries. */
function acmeWorkbook(): EmuSpreadsheet {
  const ss = new EmuSpreadsheet({ name: 'Acme plan', timeZone: 'Europe/London' });
  const canvas = ss.getSheets()[0].setName('Acme Coffee');
  const lists = ss.insertSheet('Lists');
  lists.getRange('A1:A2').setValues([['Monthly'], ['Yearly']]);
  canvas.getRange(1, 1, 4, 3).setValues([
    ["'=not a formula", 'Price', 4.5],
    ['Cups', "'0042", 1200],
    ['Revenue', '', '=C1*C2'],
    ['Check', '=1/0', '2025-01-31'],
  ]);
  canvas.getRange('C3').setNumberFormat('[$€]#,##0.00');
  canvas.getRange('A5').setNumberFormat('@').setValue('=kept as text');
  canvas
    .getRange('A1:C1')
    .setBackground('#fce5cd')
    .setFontWeight('bold')
    .setBorder(true, true, true, true, true, null, '#999999', Enums.BorderStyle.SOLID);
  canvas
    .getRange('A2')
    .setNote('How many cups a month?')
    .setWrap(true)
    .setHorizontalAlignment('center')
    .setFontSize(12);
  canvas.getRange('D1:E2').merge();
  canvas
    .getRange('B2')
    .setDataValidation(
      new EmuDataValidationBuilder()
        .requireNumberBetween(0, 9999)
        .setAllowInvalid(false)
        .setHelpText('0 to 9999')
        .build(),
    );
  canvas
    .getRange('B5')
    .setDataValidation(new EmuDataValidationBuilder().requireValueInRange(lists.getRange('A1:A2')).build());
  canvas
    .getRange('B6')
    .setDataValidation(new EmuDataValidationBuilder().requireValueInList(['Low', 'High'], false).build());
  canvas.getRange('B7').setDataValidation(new EmuDataValidationBuilder().requireNumberGreaterThanOrEqualTo(0).build());
  canvas.setColumnWidth(1, 160).setRowHeight(3, 40).setFrozenRows(1);
  canvas.setTabColor('#ff9900').setHiddenGridlines(true);
  canvas.addDeveloperMetadata('bmc-canvas', 'v1');
  canvas.getRange(3, 1, 1, 26).addDeveloperMetadata('row', 'revenue');
  ss.setNamedRange('Revenue', canvas.getRange('C3'));
  lists.getRange('C1').setFormula("=Revenue/'Acme Coffee'!C1");
  canvas.getRange('C9').setFormula('=Lists!A2');
  canvas.insertChart(
    canvas
      .newChart()
      .setChartType(Enums.ChartType.BAR)
      .addRange(canvas.getRange('A1:C3'))
      .setPosition(8, 2, 5, 5)
      .setOption('title', 'Plan')
      .build(),
  );
  canvas.setConditionalFormatRules([
    new EmuConditionalFormatRuleBuilder()
      .whenFormulaSatisfied('=C1>$C$2')
      .setBackground('#d9ead3')
      .setFontColor('#0b5d1e')
      .setRanges([canvas.getRange('C1:C3'), canvas.getRange('E7')])
      .build(),
    new EmuConditionalFormatRuleBuilder()
      .whenFormulaSatisfied('=ISERROR(B4)')
      .setBackground('#f4cccc')
      .setRanges([canvas.getRange('B4')])
      .build(),
  ]);
  ss.documentProperties.setProperty('layoutVersion', '1');
  canvas.activate();
  return ss;
}

describe('toJSON', () => {
  test('is plain JSON', () => {
    const snap = acmeWorkbook().toJSON();
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    expect(snap.version).toBe(SNAPSHOT_VERSION);
  });

  test('lists sheets in order with their settings', () => {
    const snap = acmeWorkbook().toJSON();
    expect(snap.sheets.map((s) => [s.name, s.index, s.maxRows, s.maxColumns])).toEqual([
      ['Acme Coffee', 0, 1000, 26],
      ['Lists', 1, 1000, 26],
    ]);
    const canvas = snap.sheets[0];
    expect(canvas).toMatchObject({
      frozenRows: 1,
      tabColor: '#ff9900',
      hiddenGridlines: true,
      columnWidths: [{ column: 1, width: 160 }],
      rowHeights: [{ row: 3, height: 40 }],
      merges: [{ row: 1, column: 4, numRows: 2, numColumns: 2, a1: 'D1:E2' }],
    });
    expect(canvas.metadata.map((m) => [m.key, m.value, m.location])).toEqual([
      ['bmc-canvas', 'v1', { type: 'SHEET' }],
      ['row', 'revenue', { type: 'ROW', start: 3, count: 1 }],
    ]);
    expect(snap.activeSheetId).toBe(canvas.id);
    expect(snap.properties).toEqual({ layoutVersion: '1' });
  });

  test('gives each cell its content, value, display and formats', () => {
    const snap = acmeWorkbook().toJSON();
    const cell = (a1: string) => snap.sheets[0].cells.find((c) => c.a1 === a1);
    expect(cell('A1')).toMatchObject({
      literal: '=not a formula',
      value: '=not a formula',
      valueType: 'string',
      format: { background: '#fce5cd', fontWeight: 'bold' },
    });
    expect(cell('B2')).toMatchObject({ literal: '0042', value: '0042', display: '0042' });
    expect(cell('C3')).toMatchObject({
      formula: '=C1*C2',
      value: 4.5 * 1200,
      display: '€5,400.00',
      format: { numberFormat: '[$€]#,##0.00' },
    });
    expect(cell('B4')).toMatchObject({ formula: '=1/0', value: '#DIV/0!', valueType: 'error' });
    expect(cell('C4')).toMatchObject({
      literal: 45658 + 30,
      display: '2025-01-31',
      format: { numberFormat: 'yyyy-mm-dd' },
    });
    expect(cell('A5')).toMatchObject({ literal: '=kept as text', format: { numberFormat: '@' } });
    expect(cell('A2')).toMatchObject({
      note: 'How many cups a month?',
      format: { wrap: true, horizontalAlignment: 'center', fontSize: 12 },
    });
    expect(cell('B1')?.borders).toEqual({
      top: { color: '#999999', style: 'SOLID' },
      bottom: { color: '#999999', style: 'SOLID' },
      left: { color: '#999999', style: 'SOLID' },
      right: { color: '#999999', style: 'SOLID' },
    });
    expect(cell('B2')?.validation).toEqual({
      criterion: { kind: 'numberBetween', min: 0, max: 9999 },
      allowInvalid: false,
      helpText: '0 to 9999',
    });
    expect(cell('B5')?.validation?.criterion).toMatchObject({
      kind: 'listFromRange',
      source: { sheetName: 'Lists', qualifiedA1: 'Lists!A1:A2' },
    });
    expect(cell('B6')?.validation?.criterion).toEqual({ kind: 'list', values: ['Low', 'High'], showDropdown: false });
    expect(cell('C9')).toMatchObject({ formula: '=Lists!A2', value: 'Yearly' });
    expect(cell('E5')).toBeUndefined();
  });

  test('names the named ranges and records charts', () => {
    const snap = acmeWorkbook().toJSON();
    expect(snap.namedRanges).toEqual([
      {
        name: 'Revenue',
        range: {
          row: 3,
          column: 3,
          numRows: 1,
          numColumns: 1,
          a1: 'C3',
          sheetId: snap.sheets[0].id,
          sheetName: 'Acme Coffee',
          qualifiedA1: "'Acme Coffee'!C3",
        },
      },
    ]);
    expect(snap.sheets[1].cells.find((c) => c.a1 === 'C1')).toMatchObject({
      formula: "=Revenue/'Acme Coffee'!C1",
      value: 1200,
    });
    expect(snap.sheets[0].charts).toEqual([
      {
        id: 1,
        type: 'BAR',
        ranges: [expect.objectContaining({ qualifiedA1: "'Acme Coffee'!A1:C3" })],
        anchor: { row: 8, column: 2, offsetX: 5, offsetY: 5 },
        options: { title: 'Plan' },
        numHeaders: -1,
        transposed: false,
        mergeStrategy: 'MERGE_COLUMNS',
      },
    ]);
  });

  test('records conditional formats in order, with their ranges', () => {
    const snap = acmeWorkbook().toJSON();
    expect(snap.sheets[0].conditionalFormats).toEqual([
      {
        formula: '=C1>$C$2',
        ranges: [
          { row: 1, column: 3, numRows: 3, numColumns: 1, a1: 'C1:C3' },
          { row: 7, column: 5, numRows: 1, numColumns: 1, a1: 'E7' },
        ],
        background: '#d9ead3',
        fontColor: '#0b5d1e',
      },
      {
        formula: '=ISERROR(B4)',
        ranges: [{ row: 4, column: 2, numRows: 1, numColumns: 1, a1: 'B4' }],
        background: '#f4cccc',
        fontColor: null,
      },
    ]);
    expect(snap.sheets[1].conditionalFormats).toEqual([]);
  });

  test('leaves out a rule whose cells were all deleted, and moves the others', () => {
    const ss = acmeWorkbook();
    const canvas = ss.getSheetByName('Acme Coffee') as EmuSheet;
    canvas.deleteRows(4, 1);
    canvas.insertRowsBefore(1, 2);
    expect(ss.toJSON().sheets[0].conditionalFormats).toEqual([
      expect.objectContaining({
        formula: '=C1>$C$2',
        ranges: [expect.objectContaining({ a1: 'C3:C5' }), expect.objectContaining({ a1: 'E8' })],
      }),
    ]);
  });
});

describe('spreadsheetFromSnapshot', () => {
  test('rebuilds an equal workbook', () => {
    const snap = acmeWorkbook().toJSON();
    const rebuilt = spreadsheetFromSnapshot(JSON.parse(JSON.stringify(snap)));
    expect(rebuilt.toJSON()).toEqual(snap);
  });

  test('the rebuilt workbook is live: formulas, names, validation and ids carry on', () => {
    const original = acmeWorkbook();
    const rebuilt = spreadsheetFromSnapshot(original.toJSON());
    const canvas = rebuilt.getSheetByName('Acme Coffee');
    if (!canvas) throw new Error('sheet missing');
    editCell(canvas, 2, 3, '1000');
    expect(canvas.getRange('C3').getValue()).toBe(4.5 * 1000);
    expect(rebuilt.getSheetByName('Lists')?.getRange('C1').getValue()).toBe(1000);
    expect(() => editCell(canvas, 2, 2, '-1')).toThrow('0 to 9999');
    canvas.insertRowsBefore(1, 1);
    expect(rebuilt.getRangeByName('Revenue')?.getA1Notation()).toBe('C4');
    expect(rebuilt.insertSheet('Next').getSheetId()).toBe(original.insertSheet('Next').getSheetId());
  });

  test('the rebuilt rules still show and still move with their cells', () => {
    const rebuilt = spreadsheetFromSnapshot(acmeWorkbook().toJSON());
    const canvas = rebuilt.getSheetByName('Acme Coffee') as EmuSheet;
    // C3 = 4.5 × 1200 is above C2 = 1200; C2 itself is not above itself.
    expect(conditionalFormatAt(canvas, 3, 3)).toEqual({ background: '#d9ead3', fontColor: '#0b5d1e' });
    expect(conditionalFormatAt(canvas, 2, 3)).toBeNull();
    expect(conditionalFormatAt(canvas, 4, 2)).toEqual({ background: '#f4cccc', fontColor: null });
    canvas.insertRowsBefore(1, 1);
    expect(conditionalFormatAt(canvas, 4, 3)).toEqual({ background: '#d9ead3', fontColor: '#0b5d1e' });
    expect(canvas.getConditionalFormatRules().map((r) => r.getRanges().map((x) => x.getA1Notation()))).toEqual([
      ['C2:C4', 'E8'],
      ['B5'],
    ]);
  });

  test('reads a snapshot saved before conditional formats were recorded', () => {
    const snap = acmeWorkbook().toJSON();
    const old = JSON.parse(JSON.stringify(snap), (key, value) =>
      key === 'conditionalFormats' ? undefined : value,
    ) as WorkbookSnapshot;
    const rebuilt = spreadsheetFromSnapshot(old).toJSON();
    expect(rebuilt.sheets.map((s) => s.conditionalFormats)).toEqual([[], []]);
    expect(rebuilt.sheets[0].cells).toEqual(snap.sheets[0].cells);
  });

  test('refuses a snapshot of another version', () => {
    const snap = { ...acmeWorkbook().toJSON(), version: 99 } as unknown as WorkbookSnapshot;
    expect(() => spreadsheetFromSnapshot(snap)).toThrow('Unsupported snapshot version 99.');
  });
});
