import { readFinanceRows } from '../../../src/core/finance';
import { whatIfInputExtent } from '../../../src/core/finance/read';
import { a1 } from '../../../src/core/a1';
import { FinanceCase, planFinance } from '../../helpers/finance-plan';

/** The sheet's values as getValues() gives them: text, numbers, "" for empty cells. */
function sheetValues(f: ReturnType<typeof planFinance>): unknown[][] {
  return f.sheet.hf
    .getSheetValues(0)
    .map((row) => row.map((v) => (v === null ? '' : typeof v === 'object' ? '#ERROR' : v)));
}

const shop: FinanceCase = {
  streams: [{ name: 'Coffee', type: 'asset-sale', price: 4, volume: 2000 }],
  costs: [{ name: 'Rent', behavior: 'fixed', amount: 3000 }],
};

describe('what-if inputs: model → sheet → model', () => {
  test('the target profit, steps and swing given in the canvas are written and read back', () => {
    const whatIf = {
      targetProfit: 900,
      sensitivitySteps: [-0.45, -0.3, -0.15, 0, 0.15, 0.3, 0.45],
      tornadoSwing: 0.05,
    };
    const f = planFinance({ ...shop, assumptions: { churn: 0.02, whatIf } });
    const w = f.layout.whatIf;
    expect(
      f.sheet.hf.getCellValue({ sheet: 0, row: w.goals.targetProfit.row - 1, col: w.goals.targetProfit.column - 1 }),
    ).toBe(900);
    const read = readFinanceRows(sheetValues(f), f.geometry);
    expect(read.problems).toEqual([]);
    expect(read.assumptions?.whatIf).toEqual(whatIf);
  });

  test('the defaults read back as none of its own', () => {
    const f = planFinance(shop);
    const read = readFinanceRows(sheetValues(f), f.geometry);
    expect(read.problems).toEqual([]);
    expect(read.assumptions?.whatIf).toBeUndefined();
  });

  test('bad values are named by cell, never read as something else', () => {
    const f = planFinance(shop);
    const w = f.layout.whatIf;
    f.sheet.type(w.goals.targetProfit.row, w.goals.targetProfit.column, 'lots');
    f.sheet.type(w.axisRow, w.grid.column + 1, -2);
    f.sheet.type(w.tornado.swing.row, w.tornado.swing.column, 1.5);
    const read = readFinanceRows(sheetValues(f), f.geometry);
    expect(read.problems).toEqual([
      `What-ifs (${a1(w.goals.targetProfit.row, w.goals.targetProfit.column)}): the target operating profit must be a number ≥ 0, got "lots"`,
      `What-ifs (${a1(w.axisRow, w.grid.column + 1)}): a step of the sensitivity grid must be a number ≥ -1, got -2`,
      `What-ifs (${a1(w.tornado.swing.row, w.tornado.swing.column)}): the tornado swing must be a number between 0 and 1, got 1.5`,
    ]);
    expect(read.assumptions?.whatIf).toBeUndefined();
  });

  test('a reader that fetches the what-if input extent reaches every input, one row short it reads none', () => {
    const f = planFinance(shop);
    const w = f.layout.whatIf;
    f.sheet.type(w.tornado.swing.row, w.tornado.swing.column, 0.3);
    const extent = whatIfInputExtent(f.geometry);
    // The swing sits lowest; the grid's last column (AC) is rightmost.
    expect(extent.numRows).toBe(w.tornado.swing.row);
    expect(extent.numColumns).toBe(29);
    const clipped = sheetValues(f)
      .slice(0, extent.numRows)
      .map((row) => row.slice(0, extent.numColumns));
    expect(readFinanceRows(clipped, f.geometry).assumptions?.whatIf?.tornadoSwing).toBe(0.3);
    expect(readFinanceRows(clipped.slice(0, -1), f.geometry).assumptions?.whatIf).toBeUndefined();
  });
});
