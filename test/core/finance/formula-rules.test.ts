import { PROJECTION_COLUMNS, PROJECTION_KEYS } from '../../../src/core/finance/layout';
import { COST_COLUMNS, REVENUE_COLUMNS } from '../../../src/core/layout/geometry';
import { isFormula } from '../../../src/core/plan';
import { planFinance } from '../../helpers/finance-plan';
import { ruleBreaches, toR1C1 } from '../../helpers/formula-rules';
import { KPI_CASES, loadFixture } from '../../helpers/kpi-cases';

// Many plans are built and evaluated in HyperFormula: seconds, not milliseconds, on a busy machine.
jest.setTimeout(60_000);

function plannedCases() {
  return KPI_CASES.map(({ fixture }) => {
    const c = loadFixture(fixture);
    return { fixture, f: planFinance({ streams: c.revenueStreams, costs: c.costs, assumptions: c.assumptions }) };
  });
}

function formulasOf(values: ReturnType<typeof planFinance>['plan']['values']) {
  const out: { row: number; column: number; formula: string }[] = [];
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (isFormula(v)) out.push({ row: r + 1, column: c + 1, formula: v.formula });
    }),
  );
  return out;
}

describe('the rule scanner', () => {
  test('flags each kind of breach', () => {
    expect(ruleBreaches('=NOW()+A1')).toContain('volatile function NOW');
    expect(ruleBreaches('=SUM(INDIRECT("A1"))')).toContain('volatile function INDIRECT');
    expect(ruleBreaches('=SUM(OFFSET(A1,1,1))')).toEqual(expect.arrayContaining(['volatile function OFFSET']));
    expect(ruleBreaches('=SUM(A:A)')).toContain('whole-column reference A:A');
    expect(ruleBreaches("=SUM('My sheet'!$B:$B)")).toContain("whole-column reference 'My sheet'!$B:$B");
    expect(ruleBreaches('=SUM(3:3)')).toContain('whole-row reference 3:3');
    expect(ruleBreaches('=IF(A1>0,IF(B1>0,1,0),0)')).toContain('IF nested in IF');
    expect(ruleBreaches('=IF(A1>0,SUM(IF(B1>0,1,0)),0)')).toContain('IF nested in IF');
    expect(ruleBreaches('=A1*36')).toContain('constant 36 inside a formula');
    expect(ruleBreaches('=A1*0.5')).toContain('constant 0.5 inside a formula');
    expect(ruleBreaches('=LET(x,A1,x)')).toContain('function LET is not on the portable list');
    expect(ruleBreaches('=XLOOKUP(A1,B1:B3,C1:C3)')).toContain('function XLOOKUP is not on the portable list');
    expect(ruleBreaches('=IFERROR(A1/B1,0)')).toContain('IFERROR around something other than IRR');
  });

  test('passes formulas that keep the rules, whatever their text literals hold', () => {
    expect(ruleBreaches('=IF(A1=0,"n/a 36",B1/A1)')).toEqual([]);
    expect(ruleBreaches('=A1*12+B1/1000')).toEqual([]);
    expect(ruleBreaches('=IF(A1>0,1,0)+IF(B1>0,1,0)')).toEqual([]);
    expect(ruleBreaches('=IFERROR(IRR($B$5:$AL$5),"n/a")')).toEqual([]);
  });

  test('writes references relative to a cell in R1C1', () => {
    expect(toR1C1('=C5+$D$7*D$3', 5, 4)).toBe('=R[0]C[-1]+R7C4*R3C[0]');
  });
});

describe.each(plannedCases())('every formula of the $fixture canvas', ({ f }) => {
  const formulas = formulasOf(f.plan.values);

  test('keeps the analyst rules', () => {
    const breaches = formulas.flatMap((x) =>
      ruleBreaches(x.formula).map((b) => `R${x.row}C${x.column} ${x.formula}: ${b}`),
    );
    expect(breaches).toEqual([]);
    expect(formulas.length).toBeGreaterThan(400);
  });

  test('each projection row has one formula across its months', () => {
    const { rows, lastMonthColumn, monthRow } = f.layout.projection;
    for (const row of [monthRow, ...PROJECTION_KEYS.map((k) => rows[k])]) {
      const shapes = new Set<string>();
      for (let c = PROJECTION_COLUMNS.firstMonth; c <= lastMonthColumn; c++) {
        const v = f.plan.values[row - 1][c - 1];
        if (!isFormula(v)) throw new Error(`R${row}C${c} is not a formula`);
        shapes.add(toR1C1(v.formula, row, c));
      }
      expect([...shapes]).toHaveLength(1);
    }
  });

  test('each calculated column of the item rows has one formula down its rows', () => {
    const columns = [
      COST_COLUMNS.basis,
      COST_COLUMNS.monthly,
      COST_COLUMNS.share,
      REVENUE_COLUMNS.basis,
      REVENUE_COLUMNS.monthly,
      REVENUE_COLUMNS.share,
    ];
    for (const c of columns) {
      const shapes = new Set<string>();
      for (let row = f.geometry.costRows.first; row < f.geometry.costRows.first + f.geometry.costRows.count; row++) {
        const v = f.plan.values[row - 1][c - 1];
        if (!isFormula(v)) throw new Error(`R${row}C${c} is not a formula`);
        shapes.add(toR1C1(v.formula, row, c));
      }
      expect([...shapes]).toHaveLength(1);
    }
  });
});
