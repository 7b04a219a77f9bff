import { createAppsScriptGlobals, EmuSpreadsheet } from '../../../src/local/emulator';

function workbook() {
  const ss = new EmuSpreadsheet();
  const main = ss.getSheets()[0];
  return { ss, main };
}

describe('functions the finance sheets use', () => {
  const { main } = workbook();
  // A: cash flows, B: labels, C: amounts, D: regions
  main.getRange(1, 1, 4, 4).setValues([
    [-100, 'a', 10, 'north'],
    [60, 'b', 20, 'south'],
    [60, 'c', 30, 'north'],
    ['', 'b', 40, 'north'],
  ]);
  const value = (formula: string) => {
    main.getRange('F1').setFormula(formula);
    return main.getRange('F1').getValue();
  };

  test('IRR solves the cash flows', () => {
    // -100 + 60x + 60x² = 0 with x = 1/(1+r)
    const x = (-60 + Math.sqrt(60 * 60 + 4 * 60 * 100)) / (2 * 60);
    expect(value('=IRR(A1:A3)')).toBeCloseTo(1 / x - 1, 9);
  });

  test('NPV discounts from the first period', () => {
    expect(value('=NPV(0.1,100,100)')).toBeCloseTo(100 / 1.1 + 100 / 1.1 ** 2, 9);
  });

  test('lookups and choices', () => {
    expect(value('=INDEX(C1:C4,3)')).toBe(30);
    expect(value('=INDEX(A1:D4,2,4)')).toBe('south');
    expect(value('=MATCH("c",B1:B4,0)')).toBe(3);
    expect(value('=CHOOSE(2,"low","mid","high")')).toBe('mid');
  });

  test('conditional sums and counts', () => {
    expect(value('=SUMPRODUCT(C1:C2,C3:C4)')).toBe(10 * 30 + 20 * 40);
    expect(value('=SUMIF(B1:B4,"b",C1:C4)')).toBe(20 + 40);
    expect(value('=SUMIFS(C1:C4,B1:B4,"b",D1:D4,"north")')).toBe(40);
    expect(value('=COUNTIF(D1:D4,"north")')).toBe(3);
    expect(value('=COUNTIFS(D1:D4,"north",C1:C4,">15")')).toBe(2);
  });

  test('errors, bounds, rounding and logic', () => {
    expect(value('=IFERROR(1/0,"none")')).toBe('none');
    expect(value('=MIN(C1:C4)')).toBe(10);
    expect(value('=MAX(C1:C4,45)')).toBe(45);
    expect(value('=ROUND(1234.5678,2)')).toBe(1234.57);
    expect(value('=ROUND(-2.5,0)')).toBe(-3);
    expect(value('=AND(TRUE,FALSE)')).toBe(false);
    expect(value('=OR(FALSE,TRUE)')).toBe(true);
    expect(value('=IF(A4="","empty","full")')).toBe('empty');
  });

  test('no smart rounding: values come back exactly as the arithmetic gives them', () => {
    expect(value('=0.1+0.2')).toBe(0.1 + 0.2);
  });
});

describe('references to other sheets', () => {
  test('quoted sheet names work and the formula reads back as written', () => {
    const { ss, main } = workbook();
    const acme = ss.insertSheet('Acme Coffee');
    acme.getRange('B3').setValue(1200);
    main.getRange('A1').setFormula("='Acme Coffee'!B3*2");
    expect(main.getRange('A1').getValue()).toBe(2400);
    expect(main.getRange('A1').getFormula()).toBe("='Acme Coffee'!B3*2");
    acme.getRange('B3').setValue(1500);
    expect(main.getRange('A1').getValue()).toBe(3000);
  });

  test('renaming a sheet rewrites the formulas that refer to it', () => {
    const { ss, main } = workbook();
    const acme = ss.insertSheet('Acme Coffee');
    acme.getRange('B3').setValue(7);
    main.getRange('A1').setFormula("='Acme Coffee'!B3");
    acme.setName('Acme Tea');
    expect(main.getRange('A1').getFormula()).toBe("='Acme Tea'!B3");
    expect(main.getRange('A1').getValue()).toBe(7);
    expect(ss.getSheetByName('Acme Coffee')).toBeNull();
    expect(ss.getSheetByName('Acme Tea')).toBe(acme);
  });

  test('deleting a sheet turns formulas that refer to it into #REF!', () => {
    const { ss, main } = workbook();
    const acme = ss.insertSheet('Acme Coffee');
    acme.getRange('B3').setValue(7);
    main.getRange('A1').setFormula("='Acme Coffee'!B3+1");
    ss.deleteSheet(acme);
    expect(main.getRange('A1').getValue()).toBe('#REF!');
    expect(ss.getSheets()).toEqual([main]);
  });

  test('named ranges follow their sheet’s new name, and go with a deleted sheet', () => {
    const { ss, main } = workbook();
    const acme = ss.insertSheet('Acme Coffee');
    acme.getRange('B3').setValue(7);
    ss.setNamedRange('Cups', acme.getRange('B3'));
    main.getRange('A1').setFormula('=Cups*3');
    acme.setName('Acme Tea');
    acme.getRange('B3').setValue(8);
    expect(main.getRange('A1').getValue()).toBe(24);
    expect(ss.toJSON().namedRanges[0].range.qualifiedA1).toBe("'Acme Tea'!B3");
    ss.deleteSheet(acme);
    expect(main.getRange('A1').getValue()).toBe('#REF!');
    expect(ss.getNamedRanges()).toEqual([]);
  });
});

describe('named ranges in formulas', () => {
  test('a named range on another sheet is usable by name', () => {
    const { ss, main } = workbook();
    const acme = ss.insertSheet('Acme Coffee');
    acme.getRange(2, 2, 3, 1).setValues([[100], [200], [300]]);
    ss.setNamedRange('Revenue', acme.getRange('B2:B4'));
    main.getRange('A1').setFormula('=SUM(Revenue)');
    expect(main.getRange('A1').getValue()).toBe(600);
    expect(ss.getRangeByName('Revenue')?.getA1Notation()).toBe('B2:B4');
    expect(ss.getRangeByName('Revenue')?.getSheet()).toBe(acme);
  });

  test('a formula written before its name exists picks the name up', () => {
    const { ss, main } = workbook();
    main.getRange('A1').setFormula('=Price*2');
    expect(main.getRange('A1').getValue()).toBe('#NAME?');
    main.getRange('B1').setValue(21);
    ss.setNamedRange('Price', main.getRange('B1'));
    expect(main.getRange('A1').getValue()).toBe(42);
  });

  test('moving a named range with setRange changes what formulas see', () => {
    const { ss, main } = workbook();
    main.getRange(1, 2, 2, 1).setValues([[5], [9]]);
    ss.setNamedRange('Rate', main.getRange('B1'));
    main.getRange('A1').setFormula('=Rate');
    ss.getNamedRanges()[0].setRange(main.getRange('B2'));
    expect(main.getRange('A1').getValue()).toBe(9);
  });

  test('removing a named range leaves #NAME? behind', () => {
    const { ss, main } = workbook();
    main.getRange('B1').setValue(5);
    ss.setNamedRange('Rate', main.getRange('B1'));
    main.getRange('A1').setFormula('=Rate*2');
    ss.removeNamedRange('Rate');
    expect(main.getRange('A1').getValue()).toBe('#NAME?');
    expect(ss.getRangeByName('Rate')).toBeNull();
    expect(() => ss.removeNamedRange('Rate')).toThrow('Named range "Rate" does not exist.');
  });

  test('Sheet.getNamedRanges lists the names on that sheet only', () => {
    const { ss, main } = workbook();
    const other = ss.insertSheet('Other');
    ss.setNamedRange('OnMain', main.getRange('A1:A2'));
    ss.setNamedRange('OnOther', other.getRange('C3'));
    expect(main.getNamedRanges().map((n) => n.getName())).toEqual(['OnMain']);
    expect(other.getNamedRanges().map((n) => n.getName())).toEqual(['OnOther']);
    expect(ss.getNamedRanges().map((n) => n.getName())).toEqual(['OnMain', 'OnOther']);
  });

  test('names that Sheets refuses are refused', () => {
    const { ss, main } = workbook();
    for (const bad of [
      'A1',
      'has space',
      '1st',
      'TRUE',
      'R1C1',
      '',
      'TrueNorth',
      'false_x',
      'R',
      'c',
      'RC',
      'R2C',
      'zz99',
      'Straße',
      'a-b',
      'x'.repeat(251),
    ]) {
      expect(() => ss.setNamedRange(bad, main.getRange('A1'))).toThrow('Invalid named range name');
    }
    for (const good of ['x'.repeat(250), '_x', 'Acme_Revenue', 'ABCD123_x', 'Q1_Plan', 'Untrue']) {
      expect(() => ss.setNamedRange(good, main.getRange('A1'))).not.toThrow();
    }
  });

  test('names ignore case: a name that differs only in case is the same name, and is refused as new', () => {
    const { ss, main } = workbook();
    main.getRange('B1').setValue(5);
    ss.setNamedRange('acme_Price', main.getRange('B1'));
    main.getRange('A1').setFormula('=ACME_PRICE*2');
    expect(main.getRange('A1').getValue()).toBe(10);
    expect(ss.getRangeByName('ACME_price')?.getA1Notation()).toBe('B1');
    expect(() => ss.setNamedRange('ACME_Price', main.getRange('B2'))).toThrow(
      'A named range "acme_Price" already exists',
    );
    expect(ss.getRangeByName('acme_Price')?.getA1Notation()).toBe('B1');
  });
});

describe('formula syntax follows the spreadsheet’s locale', () => {
  test.each(['de_DE', 'fr_FR', 'it_IT', 'pt_BR', 'es_ES'])(
    'in %s, "," between arguments is an error cell and ";" calculates',
    (locale) => {
      const sheet = createAppsScriptGlobals({ spreadsheetOptions: { locale } }).spreadsheet.getSheets()[0];
      sheet.getRange(1, 1, 1, 3).setFormulas([['=IF(TRUE,1,2)', '=IF(TRUE;1;2)', '=ROUND(2,345;2)']]);
      expect(sheet.getRange(1, 1, 1, 3).getValues()).toEqual([['#ERROR!', 1, 2.35]]);
      expect(sheet.getRange(1, 1, 1, 2).getFormulas()).toEqual([['=IF(TRUE,1,2)', '=IF(TRUE;1;2)']]);
    },
  );

  test.each(['en_US', 'en_GB', 'ja_JP'])('in %s, "," separates arguments and ";" is an error cell', (locale) => {
    const sheet = createAppsScriptGlobals({ spreadsheetOptions: { locale } }).spreadsheet.getSheets()[0];
    sheet.getRange(1, 1, 1, 2).setFormulas([['=IF(TRUE,1,2)', '=IF(TRUE;1;2)']]);
    expect(sheet.getRange(1, 1, 1, 2).getValues()).toEqual([[1, '#ERROR!']]);
  });
});

test('a text result longer than 50,000 characters is #VALUE!, as Sheets shows it (TEXTJOIN, &)', () => {
  const { main } = workbook();
  main.getRange(1, 1, 2, 1).setValues([['a'.repeat(30_000)], ['b'.repeat(30_000)]]);
  main.getRange('B1').setFormula('=TEXTJOIN(CHAR(10),TRUE,A1:A2)');
  main.getRange('B2').setFormula('=A1&A2');
  main.getRange('B3').setFormula('=TEXTJOIN(CHAR(10),TRUE,A1)');
  expect(main.getRange('B1:B3').getDisplayValues()).toEqual([['#VALUE!'], ['#VALUE!'], ['a'.repeat(30_000)]]);
});
