import { EmuSpreadsheet, formatNumber } from '../../../src/local/emulator';

describe('formatNumber', () => {
  test.each<[number, string, string]>([
    [1234.5, 'General', '1234.5'],
    [0.1 + 0.2, 'General', '0.3'],
    [1 / 3, 'General', '0.3333333333'],
    [-42, 'General', '-42'],
    [1e20, 'General', '1E+20'],
    [1234.5, '0', '1235'],
    [2.5, '0', '3'],
    [-2.5, '0', '-3'],
    [1.005, '0.00', '1.01'],
    [3, '0.00', '3.00'],
    [1234567.891, '#,##0', '1,234,568'],
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [-1234.5, '#,##0.00', '-1,234.50'],
    [0, '#,##0', '0'],
    [0.125, '0%', '13%'],
    [0.125, '0.0%', '12.5%'],
    [-0.05, '0.0%', '-5.0%'],
    [1234, '$#,##0', '$1,234'],
    [-1234, '$#,##0', '-$1,234'],
    [1234.5, '[$€]#,##0.00', '€1,234.50'],
    [1234.5, '[$€-407]#,##0.00', '€1,234.50'],
    [1234.5, '"USD" #,##0', 'USD 1,235'],
    [1234.5, '#,##0.00 "kr"', '1,234.50 kr'],
    [-1234, '#,##0;(#,##0)', '(1,234)'],
    [0, '#,##0;(#,##0);"–"', '–'],
    [1234567, '#,##0,"k"', '1,235k'],
    [12345, '0.00E+00', '1.23E+04'],
    [5, '0.##', '5.'],
    [5.25, '0.##', '5.25'],
    [0.5, '#.00', '.50'],
  ])('%p as %s → %s', (value, pattern, shown) => {
    expect(formatNumber(value, pattern)).toBe(shown);
  });

  test('dates and times from serial numbers', () => {
    // 45688 is 31 January 2025 (days since 30 December 1899): 2025-01-01 is 45658.
    expect(formatNumber(45658 + 30, 'yyyy-mm-dd')).toBe('2025-01-31');
    expect(formatNumber(45688, 'd MMM yyyy')).toBe('31 Jan 2025');
    expect(formatNumber(45688, 'dddd, mmmm d')).toBe('Friday, January 31');
    expect(formatNumber(45688, 'M/d/yyyy')).toBe('1/31/2025');
    expect(formatNumber(45688.75, 'hh:mm')).toBe('18:00');
    expect(formatNumber(45688.75, 'h:mm AM/PM')).toBe('6:00 PM');
  });
});

describe('getDisplayValues', () => {
  test('formats each cell by its own number format', () => {
    const ss = new EmuSpreadsheet();
    const sheet = ss.getSheets()[0];
    const r = sheet.getRange(1, 1, 1, 5);
    r.setValues([[1234.5, 0.25, 1500, true, 'text']]);
    r.setNumberFormats([['#,##0.00', '0%', '"USD" #,##0', '0.00', '0.00']]);
    expect(r.getDisplayValues()).toEqual([['1,234.50', '25%', 'USD 1,500', 'TRUE', 'text']]);
    expect(r.getValues()).toEqual([[1234.5, 0.25, 1500, true, 'text']]);
  });

  test('a formula typed as a date by the engine shows as a date', () => {
    const ss = new EmuSpreadsheet();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1').setFormula('=DATE(2025,1,31)');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('1/31/2025');
    expect(sheet.getRange('A1').getValue()).toEqual(new Date(Date.UTC(2025, 0, 31)));
  });
});

describe('the spreadsheet’s locale draws the separators, and nothing else', () => {
  test.each<[string, number, string, string]>([
    ['de_DE', 1234.5, '#,##0.00', '1.234,50'],
    ['de_DE', 12.5, 'General', '12,5'],
    ['de_DE', 0.125, '0.0%', '12,5%'],
    ['fr_FR', 1234567.5, '#,##0.00', '1\u202f234\u202f567,50'],
    ['en_GB', 1234.5, '#,##0.00', '1,234.50'],
    // The symbol stays where the pattern puts it: the locale does not move it.
    ['de_DE', 1234.5, '"€"#,##0.00', '€1.234,50'],
    ['de_DE', -1234.5, '#,##0.00" €"', '-1.234,50 €'],
  ])('in %s, %p as %s → %s', (locale, value, pattern, shown) => {
    const sheet = new EmuSpreadsheet({ locale }).getSheets()[0];
    const cell = sheet.getRange('A1');
    cell.setValue(value);
    cell.setNumberFormat(pattern);
    expect(cell.getDisplayValue()).toBe(shown);
    expect(cell.getValue()).toBe(value);
  });
});
