import { localeFacts } from '../../src/core/locale';
import { toSheetValue, widthCalls } from '../../src/gas/apply-plan';

const enUS = () => localeFacts('en_US');

describe('column widths in few calls', () => {
  test('the most common width goes to every column first, then the other runs', () => {
    expect(widthCalls([160, 90, 90, 160, 90, 90, 160, 90, 90])).toEqual([
      { start: 1, count: 9, width: 90 },
      { start: 1, count: 1, width: 160 },
      { start: 4, count: 1, width: 160 },
      { start: 7, count: 1, width: 160 },
    ]);
  });
  test('consecutive columns of another width share a call', () => {
    expect(widthCalls([80, 80, 120, 120, 80])).toEqual([
      { start: 1, count: 5, width: 80 },
      { start: 3, count: 2, width: 120 },
    ]);
  });
  test('no columns, no calls', () => {
    expect(widthCalls([])).toEqual([]);
  });
});

describe('values as Sheets should store them', () => {
  test('text always gets the quote prefix, so Sheets never parses it', () => {
    expect(toSheetValue('=1+1', enUS)).toBe("'=1+1");
    expect(toSheetValue('123', enUS)).toBe("'123");
    expect(toSheetValue("'x", enUS)).toBe("''x");
  });
  test('plain-text cells take text as it is', () => {
    expect(toSheetValue('=1+1', enUS, true)).toBe('=1+1');
  });
  test('formulas, numbers, booleans and empty cells pass through', () => {
    expect(toSheetValue({ formula: '=A1*2' }, enUS)).toBe('=A1*2');
    expect(toSheetValue(12.5, enUS)).toBe(12.5);
    expect(toSheetValue(false, enUS)).toBe(false);
    expect(toSheetValue(null, enUS)).toBe('');
    expect(toSheetValue('', enUS)).toBe('');
  });
  test('a formula is written with the separators of the spreadsheet’s locale; text is not', () => {
    const deDE = () => localeFacts('de_DE');
    expect(toSheetValue({ formula: '=IF(A1>0,ROUND(A1*1.5,2),"a, b")' }, deDE)).toBe(
      '=IF(A1>0;ROUND(A1*1,5;2);"a, b")',
    );
    expect(toSheetValue('=IF(A1,1,2)', deDE)).toBe("'=IF(A1,1,2)");
  });
});
