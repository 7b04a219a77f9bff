import {
  cellA1,
  columnToLetters,
  lettersToColumn,
  parseA1,
  quoteSheetName,
  rectA1,
  sheetRectA1,
} from '../../../src/local/emulator/a1';

describe('column letters', () => {
  test.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [18278, 'ZZZ'],
  ])('%i ↔ %s', (column, letters) => {
    expect(columnToLetters(column)).toBe(letters);
    expect(lettersToColumn(letters)).toBe(column);
    expect(lettersToColumn(letters.toLowerCase())).toBe(column);
  });

  test('round-trips every column up to 1000', () => {
    for (let c = 1; c <= 1000; c++) expect(lettersToColumn(columnToLetters(c))).toBe(c);
  });

  test('rejects what is not a column', () => {
    expect(() => columnToLetters(0)).toThrow('Invalid column number: 0');
    expect(() => lettersToColumn('A1')).toThrow('Invalid column letters');
  });
});

describe('writing A1', () => {
  test('cells and rectangles', () => {
    expect(cellA1(2, 3)).toBe('C2');
    expect(rectA1({ row: 2, column: 2, numRows: 1, numColumns: 1 })).toBe('B2');
    expect(rectA1({ row: 2, column: 2, numRows: 4, numColumns: 3 })).toBe('B2:D5');
  });

  test('sheet names are quoted unless they are plain identifiers', () => {
    expect(quoteSheetName('Sheet1')).toBe('Sheet1');
    expect(quoteSheetName('Acme Coffee')).toBe("'Acme Coffee'");
    expect(quoteSheetName("Bob's")).toBe("'Bob''s'");
    expect(quoteSheetName('A1')).toBe("'A1'");
    expect(sheetRectA1('Acme Coffee', { row: 3, column: 2, numRows: 1, numColumns: 1 })).toBe("'Acme Coffee'!B3");
  });
});

describe('parsing A1', () => {
  const size = { maxRows: 1000, maxColumns: 26 };

  test('a cell, a rectangle and a reversed rectangle', () => {
    expect(parseA1('B2')).toEqual({ sheetName: null, row: 2, column: 2, numRows: 1, numColumns: 1 });
    expect(parseA1('A1:C3')).toEqual({ sheetName: null, row: 1, column: 1, numRows: 3, numColumns: 3 });
    expect(parseA1('C3:A1')).toEqual({ sheetName: null, row: 1, column: 1, numRows: 3, numColumns: 3 });
    expect(parseA1('$B$2:$C$10')).toEqual({ sheetName: null, row: 2, column: 2, numRows: 9, numColumns: 2 });
  });

  test('sheet names, quoted or not', () => {
    expect(parseA1("'My Sheet'!B2")).toEqual({ sheetName: 'My Sheet', row: 2, column: 2, numRows: 1, numColumns: 1 });
    expect(parseA1("'Bob''s'!A1:A2").sheetName).toBe("Bob's");
    expect(parseA1('Data!D4').sheetName).toBe('Data');
  });

  test('whole columns and rows resolve against the sheet size', () => {
    expect(parseA1('B:C', size)).toEqual({ sheetName: null, row: 1, column: 2, numRows: 1000, numColumns: 2 });
    expect(parseA1('3:5', size)).toEqual({ sheetName: null, row: 3, column: 1, numRows: 3, numColumns: 26 });
    expect(parseA1('A2:A', size)).toEqual({ sheetName: null, row: 2, column: 1, numRows: 999, numColumns: 1 });
    expect(() => parseA1('B:C')).toThrow('open-ended');
  });

  test('rejects what is not a reference', () => {
    expect(() => parseA1('hello world')).toThrow('Range not found');
    expect(() => parseA1('A0')).toThrow('Range not found');
    expect(() => parseA1('A1:B2:C3')).toThrow('Range not found');
  });
});
