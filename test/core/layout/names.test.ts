import { SHEET_NAME_LENGTH } from '../../../src/core/rules/limits';
import { prefixFromName, sheetNameFor, uniqueName, uniquePrefix } from '../../../src/core/layout/names';

describe('sheet names', () => {
  test('a free name is kept', () => {
    expect(uniqueName('Acme', () => false)).toBe('Acme');
  });
  test('a taken name gets the next free number', () => {
    const taken = new Set(['Acme', 'Acme (2)']);
    expect(uniqueName('Acme', (n) => taken.has(n))).toBe('Acme (3)');
  });
});

describe('named-range prefixes', () => {
  test.each([
    ['Acme Coffee', 'AcmeCoffee'],
    ['acme coffee', 'AcmeCoffee'],
    ['Café del Mar', 'CafeDelMar'],
    ['2025 plan', 'C2025Plan'],
    ['Q1', 'C_Q1'],
    ['AB12', 'C_AB12'],
    ['R1C1', 'C_R1C1'],
    ['true', 'C_True'],
    ['True north', 'C_TrueNorth'],
    ['FALSEHOOD', 'C_FALSEHOOD'],
    ['r', 'C_R'],
    ['c', 'C_C'],
    ['RC', 'C_RC'],
    ['r2', 'C_R2'],
    ['ABC123', 'C_ABC123'],
    ['ABCD123', 'ABCD123'],
    ['咖啡店', 'Canvas'],
    ['=SUM(A1)', 'SUMA1'],
  ])('%s → %s', (name, prefix) => {
    expect(prefixFromName(name)).toBe(prefix);
  });

  test('prefixes are at most 40 characters', () => {
    expect(prefixFromName('x'.repeat(100))).toHaveLength(40);
  });

  test('a prefix already in use gets a number', () => {
    expect(uniquePrefix('Acme', ['Acme_KP', 'Acme2_KP', 'Other_KP'])).toBe('Acme3');
    expect(uniquePrefix('Acme', ['AcmeCo_KP'])).toBe('Acme');
  });

  test('prefixes are unique ignoring case, as Sheets compares names', () => {
    expect(uniquePrefix('ACME', ['Acme_KP', 'Acme_Revenue'])).toBe('ACME2');
    expect(uniquePrefix('acme', ['Acme_KP', 'ACME2_KP'])).toBe('Acme3');
  });

  test('a numbered prefix that would read as a cell reference is made safe', () => {
    expect(uniquePrefix('Ab', ['Ab_KP'])).toBe('C_Ab2');
  });
});

describe('sheet names from canvas names', () => {
  test.each([
    ['Acme', 'Acme'],
    ['Q1: plan [draft]?', 'Q1  plan  draft'],
    ["'quoted'", 'quoted'],
    ['a/b\\c*d', 'a b c d'],
    ['line\nbreak', 'line break'],
    [':::', 'Canvas'],
  ])('%j → %j', (name, sheet) => {
    expect(sheetNameFor(name)).toBe(sheet);
  });
  test('leaves room for a " (n)" suffix within the 100 characters Sheets allows a sheet name', () => {
    expect([...sheetNameFor('é'.repeat(200))].length).toBe(SHEET_NAME_LENGTH - 5);
  });
});
