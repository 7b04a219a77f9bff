import { canvasRef, elsewhereCanvas, elsewhereNotice } from '../../sidebar/elsewhere';

const shown = { sheetName: 'Corner Coffee' };

test('another canvas made active: the notice names both and offers to show it or stay', () => {
  const tea = { sheetId: 12, sheetName: 'Tea Room', prefix: 'TeaRoom' };
  expect(elsewhereNotice(tea, shown)).toEqual({
    text: 'You\'re now on the sheet "Tea Room". This sidebar still shows "Corner Coffee", and changes made here go to "Corner Coffee".',
    show: 'Show "Tea Room"',
    stay: 'Stay on "Corner Coffee"',
  });
  expect(elsewhereCanvas(tea)).toEqual({ sheetId: 12, sheetName: 'Tea Room', prefix: 'TeaRoom' });
});

test('a sheet that is not a canvas made active: nothing to show instead', () => {
  const plain = { sheetId: 3, sheetName: 'Sheet1', prefix: null };
  expect(elsewhereNotice(plain, shown)).toEqual({
    text: 'You\'re now on the sheet "Sheet1", which is not a canvas. This sidebar still shows "Corner Coffee", and changes made here go to "Corner Coffee".',
    show: null,
    stay: 'Stay on "Corner Coffee"',
  });
  expect(elsewhereCanvas(plain)).toBeNull();
});

test('the canvas shown is named by its sheet id, prefix and name only', () => {
  const state = {
    sheetId: 5,
    prefix: 'CornerCoffee',
    sheetName: 'Corner Coffee',
    canvas: {} as never,
    versions: {} as never,
    segmentColors: [],
    kpis: { revenue: null, profit: null, breakEvenRevenue: null, profitMargin: null, check: null },
    scenarios: null,
  };
  expect(canvasRef(state)).toEqual({ sheetId: 5, prefix: 'CornerCoffee', sheetName: 'Corner Coffee' });
});
