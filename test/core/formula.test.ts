import {
  ABS,
  ABS_COLUMN,
  ABS_ROW,
  add,
  cell,
  concat,
  div,
  eq,
  formula,
  formulaCell,
  IF,
  INDEX,
  MATCH,
  mul,
  named,
  neg,
  onSheet,
  pow,
  quoteSheetName,
  range,
  sub,
  SUM,
} from '../../src/core/formula';

describe('references', () => {
  test('cells and ranges print in A1, with $ where anchored', () => {
    expect(formula(cell(3, 2))).toBe('=B3');
    expect(formula(cell(3, 2, ABS))).toBe('=$B$3');
    expect(formula(cell(3, 2, ABS_ROW))).toBe('=B$3');
    expect(formula(cell(3, 2, ABS_COLUMN))).toBe('=$B3');
    expect(formula(range(3, 2, 10, 28, ABS))).toBe('=$B$3:$AB$10');
    expect(formula(cell(1, 702))).toBe('=ZZ1');
    expect(formula(cell(1, 703))).toBe('=AAA1');
  });

  test('sheet names are quoted when they are not plain words, with quotes doubled', () => {
    expect(quoteSheetName('Summary')).toBe('Summary');
    expect(quoteSheetName('Acme Coffee')).toBe("'Acme Coffee'");
    expect(quoteSheetName("Bob's café")).toBe("'Bob''s café'");
    expect(quoteSheetName('A1')).toBe("'A1'");
    expect(quoteSheetName('R2C3')).toBe("'R2C3'");
    expect(quoteSheetName('true')).toBe("'true'");
    expect(quoteSheetName('2024')).toBe("'2024'");
    expect(formula(onSheet("Bob's", range(1, 1, 2, 1, ABS)))).toBe("='Bob''s'!$A$1:$A$2");
  });

  test('named ranges print as their name and bad names are refused', () => {
    expect(formula(mul(named('Acme_Revenue'), 12))).toBe('=Acme_Revenue*12');
    expect(() => named('Acme Revenue')).toThrow(/Bad range name/);
  });

  test('bad positions are refused', () => {
    expect(() => cell(0, 1)).toThrow();
    expect(() => cell(1, 0)).toThrow();
    expect(() => range(5, 1, 4, 1)).toThrow();
  });
});

describe('printing', () => {
  const a = cell(1, 1);
  const b = cell(1, 2);
  const c = cell(1, 3);

  test('brackets only where the tree needs them', () => {
    expect(formula(add(a, mul(b, c)))).toBe('=A1+B1*C1');
    expect(formula(mul(add(a, b), c))).toBe('=(A1+B1)*C1');
    expect(formula(sub(a, sub(b, c)))).toBe('=A1-(B1-C1)');
    expect(formula(sub(sub(a, b), c))).toBe('=A1-B1-C1');
    expect(formula(div(a, mul(b, c)))).toBe('=A1/(B1*C1)');
    expect(formula(pow(add(1, a), div(1, 12)))).toBe('=(1+A1)^(1/12)');
    expect(formula(pow(pow(a, b), c))).toBe('=(A1^B1)^C1');
    expect(formula(eq(eq(a, b), c))).toBe('=(A1=B1)=C1');
    expect(formula(concat('x', add(a, 1)))).toBe('="x"&A1+1');
    expect(formula(concat(eq(a, b), 'x'))).toBe('=(A1=B1)&"x"');
  });

  test('negation binds tightly, so it is bracketed around anything but an atom and under a power', () => {
    expect(formula(neg(a))).toBe('=-A1');
    expect(formula(neg(add(a, b)))).toBe('=-(A1+B1)');
    expect(formula(pow(neg(a), 2))).toBe('=(-A1)^2');
    expect(formula(neg(pow(a, 2)))).toBe('=-(A1^2)');
    expect(formula(add(a, -5))).toBe('=A1+-5');
  });

  test('text literals double their quotes; numbers print as plain decimals', () => {
    expect(formula(IF(eq(a, 0), 'say "n/a"', 'it’s fine'))).toBe('=IF(A1=0,"say ""n/a""","it’s fine")');
    expect(formula(add(a, 0.0001))).toBe('=A1+0.0001');
    expect(formula(add(a, 1e-7))).toBe('=A1+0.0000001');
    expect(formula(add(a, 2e21))).toBe('=A1+2000000000000000000000');
    expect(formula(add(a, 1.5e-30))).toBe(`=A1+0.${'0'.repeat(29)}15`);
    expect(formula(add(a, 1.25e22))).toBe('=A1+12500000000000000000000');
    expect(() => formula(add(a, Infinity))).toThrow(/cannot hold/);
  });

  test('functions print with their arguments; MATCH is always an exact match', () => {
    expect(formula(INDEX(range(1, 1, 3, 1, ABS), MATCH('x', range(1, 2, 3, 2, ABS))))).toBe(
      '=INDEX($A$1:$A$3,MATCH("x",$B$1:$B$3,0))',
    );
    expect(formula(SUM())).toBe('=SUM()');
    expect(formulaCell(SUM(a, b))).toEqual({ formula: '=SUM(A1,B1)' });
  });
});
