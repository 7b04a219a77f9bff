import { EmuConditionalFormatRuleBuilder, EmuSpreadsheet, Enums } from '../../../src/local/emulator';
import { chartViewsOf, conditionalColoursOf } from '../../../src/local/playground/shown-on-sheet';

/** A profit row for three prices, coloured red below zero and green from zero up. */
function profitSheet() {
  const ss = new EmuSpreadsheet();
  const sheet = ss.getSheets()[0];
  sheet.getRange('A1:D2').setValues([
    ['Price', 'Low', 'Mid', 'High'],
    ['Profit', -50, 0, 120],
  ]);
  const row = sheet.getRange('B2:D2');
  sheet.setConditionalFormatRules([
    new EmuConditionalFormatRuleBuilder()
      .whenFormulaSatisfied('=B2<0')
      .setBackground('#f4cccc')
      .setFontColor('#8a1c1c')
      .setRanges([row])
      .build(),
    new EmuConditionalFormatRuleBuilder()
      .whenFormulaSatisfied('=B2>=0')
      .setBackground('#d9ead3')
      .setRanges([row])
      .build(),
  ]);
  return { ss, sheet };
}

test('each cell of a rule gets the colours of the first rule that holds for it, shifted to the cell', () => {
  const { sheet } = profitSheet();
  expect(conditionalColoursOf(sheet)).toEqual([
    { row: 2, column: 2, background: '#f4cccc', fontColor: '#8a1c1c' },
    { row: 2, column: 3, background: '#d9ead3', fontColor: null },
    { row: 2, column: 4, background: '#d9ead3', fontColor: null },
  ]);
});

test('the colours follow the values, and a cell no rule holds for has none', () => {
  const { sheet } = profitSheet();
  sheet.getRange('B2').setValue(10);
  sheet.getRange('D2').setValue(-5);
  sheet.getRange('C2').setFormula('=NA()');
  expect(conditionalColoursOf(sheet).map((c) => [c.column, c.background])).toEqual([
    [2, '#d9ead3'],
    [4, '#f4cccc'],
  ]);
});

test('a chart comes with its place, size, title and the series Sheets plots, non-numbers as gaps', () => {
  const { sheet } = profitSheet();
  sheet.getRange('A3:D3').setValues([['Margin', 'n/a', 0, 0.25]]);
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType(Enums.ChartType.COLUMN)
      .addRange(sheet.getRange('A1:D3'))
      .setTransposeRowsAndColumns(true)
      .setNumHeaders(1)
      .setPosition(5, 2, 4, 8)
      .setOption('title', 'Profit and margin')
      .setOption('series', { 1: { targetAxisIndex: 1 } })
      .setOption('vAxes', { 1: { format: 'percent' } })
      .build(),
  );
  expect(chartViewsOf(sheet)).toEqual([
    {
      id: expect.any(Number),
      type: 'COLUMN',
      anchor: { row: 5, column: 2, offsetX: 4, offsetY: 8 },
      width: 600,
      height: 371,
      title: 'Profit and margin',
      domain: { name: 'Price', labels: ['Low', 'Mid', 'High'] },
      series: [
        { name: 'Profit', values: [-50, 0, 120], axis: 0 },
        { name: 'Margin', values: [null, 0, 0.25], axis: 1 },
      ],
      rightAxisFormat: 'percent',
    },
  ]);
});

test('a chart whose header count Sheets would have to guess is left out rather than guessed', () => {
  const { sheet } = profitSheet();
  sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:D2')).setPosition(5, 1, 0, 0).build());
  expect(chartViewsOf(sheet)).toEqual([]);
});
