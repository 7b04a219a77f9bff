import { SEGMENT_COLORS } from '../../../src/core/blocks';
import { canvasState, lastNamedRow } from '../../../src/core/edit/sidebar-state';
import { financeLayout } from '../../../src/core/finance';
import { emptyCanvas } from '../../../src/core/model';
import { laidOut, readBack } from './canvas-grid';

test('a read reaches the lowest range the canvas names, whatever other canvases name', () => {
  const names = {
    Acme_KP: { row: 3, column: 1, numRows: 16, numColumns: 3 },
    Acme_Revenue: { row: 40, column: 4, numRows: 1, numColumns: 1 },
    Other_Revenue: { row: 90, column: 4, numRows: 1, numColumns: 1 },
  };
  expect(lastNamedRow('Acme', names)).toBe(40);
});

test('the KPIs are the values in their named cells; words stay words; the master check is read too', () => {
  const c = emptyCanvas('Acme');
  c.blocks.customerSegments = [{ text: 'Commuters' }, { text: 'Offices' }];
  const sheet = laidOut(c, 'Acme');
  const onSheet = readBack(sheet);
  const put = (name: string, value: unknown) => {
    const r = sheet.namedRanges[name];
    sheet.values[r.row - 1][r.column - 1] = value;
  };
  put('Acme_Revenue', 12500);
  put('Acme_Profit', -250.5);
  put('Acme_BreakEvenRevenue', 'not reachable');
  put('Acme_ProfitMargin', 'n/a');
  const master = financeLayout(onSheet.finance).master.value;
  sheet.values[master.row - 1][master.column - 1] = 'A cost names a stream that is not on the canvas';
  const state = canvasState({ sheetId: 7, sheetName: 'Acme sheet' }, onSheet, sheet.values, sheet.namedRanges);
  expect(state.kpis).toEqual({
    revenue: 12500,
    profit: -250.5,
    breakEvenRevenue: 'not reachable',
    profitMargin: 'n/a',
    check: 'A cost names a stream that is not on the canvas',
  });
  expect(state.sheetName).toBe('Acme sheet');
  expect([state.sheetId, state.prefix]).toEqual([7, 'Acme']);
  expect(state.segmentColors).toEqual([SEGMENT_COLORS[0], SEGMENT_COLORS[1]]);
});

test('a canvas without the KPI names shows no KPIs rather than wrong ones', () => {
  const sheet = laidOut(emptyCanvas('Acme'), 'Acme');
  const onSheet = readBack(sheet);
  const names = Object.fromEntries(Object.entries(sheet.namedRanges).filter(([n]) => !n.endsWith('Revenue')));
  expect(canvasState({ sheetId: 7, sheetName: 'Acme' }, onSheet, sheet.values, names).kpis.revenue).toBeNull();
});
