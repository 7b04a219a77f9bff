import { createAppsScriptGlobals } from '../../../src/local/emulator';

/** A sheet with months across row 1 and two one-row series under it, labels in column A. */
function sheetWithRows() {
  const g = createAppsScriptGlobals();
  const sheet = g.spreadsheet.getSheets()[0];
  sheet.getRange(1, 1, 3, 4).setValues([
    ['Month', 1, 2, 3],
    ['Revenue', 10, 20, 30],
    ['Costs', 5, 5, 5],
  ]);
  const rows = [1, 2, 3].map((r) => sheet.getRange(r, 1, 1, 4));
  const chart = (build: (b: ReturnType<typeof sheet.newChart>) => ReturnType<typeof sheet.newChart>) => {
    let builder = sheet.newChart().setChartType(g.Charts.ChartType.LINE).setNumHeaders(1);
    for (const r of rows) builder = builder.addRange(r);
    return build(builder).build().series();
  };
  return { g, sheet, chart };
}

describe('chart series', () => {
  test('one-row ranges merged as columns, Sheets’ default, make one long row: no series with data', () => {
    const { chart } = sheetWithRows();
    const asColumns = chart((b) => b).series;
    expect(asColumns).toHaveLength(11);
    expect(asColumns.every((s) => s.values.length === 0)).toBe(true);
    expect(chart((b) => b.setTransposeRowsAndColumns(true)).series).toEqual([]);
  });

  test('merged as rows and transposed, each row is a series named by its first cell', () => {
    const { g, chart } = sheetWithRows();
    const { domain, series } = chart((b) =>
      b.setMergeStrategy(g.Charts.ChartMergeStrategy.MERGE_ROWS).setTransposeRowsAndColumns(true),
    );
    expect(domain).toEqual({ name: 'Month', labels: [1, 2, 3] });
    expect(series).toEqual([
      { name: 'Revenue', values: [10, 20, 30], axis: 0 },
      { name: 'Costs', values: [5, 5, 5], axis: 0 },
    ]);
  });

  test('merged as rows but not transposed, each month is a series', () => {
    const { g, chart } = sheetWithRows();
    const { domain, series } = chart((b) => b.setMergeStrategy(g.Charts.ChartMergeStrategy.MERGE_ROWS));
    expect(domain).toEqual({ name: 'Month', labels: ['Revenue', 'Costs'] });
    expect(series.map((s) => s.name)).toEqual(['1', '2', '3']);
  });

  test('column ranges merged as columns sit side by side; the series option picks each series’ axis', () => {
    const { g, sheet } = sheetWithRows();
    sheet.getRange(5, 1, 3, 3).setValues([
      ['Canvas', 'Profit', 'Margin'],
      ['A', 100, 0.1],
      ['B', 50, 0.2],
    ]);
    const { domain, series } = sheet
      .newChart()
      .setChartType(g.Charts.ChartType.COLUMN)
      .addRange(sheet.getRange(5, 1, 3, 1))
      .addRange(sheet.getRange(5, 2, 3, 2))
      .setNumHeaders(1)
      .setOption('series', { 1: { targetAxisIndex: 1 } })
      .build()
      .series();
    expect(domain).toEqual({ name: 'Canvas', labels: ['A', 'B'] });
    expect(series).toEqual([
      { name: 'Profit', values: [100, 50], axis: 0 },
      { name: 'Margin', values: [0.1, 0.2], axis: 1 },
    ]);
  });

  test('a chart that never says how many header rows it has is refused: Sheets would guess', () => {
    const { g, sheet } = sheetWithRows();
    const chart = sheet
      .newChart()
      .setChartType(g.Charts.ChartType.LINE)
      .addRange(sheet.getRange(1, 1, 3, 4))
      .build();
    expect(() => chart.series()).toThrow('header rows');
  });
});
