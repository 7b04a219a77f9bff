/**
 * Evaluates a SheetPlan in HyperFormula, configured like Google Sheets: plan strings become
 * literal text, formulas stay formulas, named ranges become named expressions. Tests read
 * computed values by position or by range name, and type into cells to see everything follow.
 */
import { DetailedCellError, HyperFormula, RawCellContent } from 'hyperformula';
import { a1Range } from '../../src/core/a1';
import { quoteSheetName } from '../../src/core/formula';
import { isFormula, PlanValue, SheetPlan } from '../../src/core/plan';

export type Computed = number | string | boolean | null | { error: string };

export function isError(v: Computed): v is { error: string } {
  return typeof v === 'object' && v !== null;
}

function rawOf(v: PlanValue): RawCellContent {
  if (v === null) return null;
  if (isFormula(v)) return v.formula;
  // An apostrophe keeps text as text, as the adapter does on Sheets.
  if (typeof v === 'string') return v === '' ? null : `'${v}`;
  return v;
}

export class EvaluatedPlan {
  readonly hf: HyperFormula;

  constructor(readonly plan: SheetPlan) {
    this.hf = HyperFormula.buildFromSheets(
      { [plan.sheetName]: plan.values.map((row) => row.map(rawOf)) },
      {
        licenseKey: 'gpl-v3',
        functionArgSeparator: ',',
        decimalSeparator: '.',
        thousandSeparator: '',
        smartRounding: false,
        useArrayArithmetic: false,
      },
    );
    for (const n of plan.namedRanges) {
      const r = n.range;
      this.hf.addNamedExpression(
        n.name,
        `=${quoteSheetName(plan.sheetName)}!${absolute(a1Range(r.row, r.column, r.numRows, r.numColumns))}`,
      );
    }
  }

  private get sheet(): number {
    return this.hf.getSheetId(this.plan.sheetName) as number;
  }

  value(row: number, column: number): Computed {
    const v = this.hf.getCellValue({ sheet: this.sheet, row: row - 1, col: column - 1 });
    if (v instanceof DetailedCellError) return { error: v.value };
    return v;
  }

  /** The value of a one-cell named range. */
  named(name: string): Computed {
    const n = this.plan.namedRanges.find((x) => x.name === name);
    if (!n) throw new Error(`No named range ${name} in the plan`);
    return this.value(n.range.row, n.range.column);
  }

  /** Types into a cell as a user would: a number, text, or null to clear it. */
  type(row: number, column: number, value: number | string | null): void {
    const content = typeof value === 'string' ? `'${value}` : value;
    this.hf.setCellContents({ sheet: this.sheet, row: row - 1, col: column - 1 }, [[content]]);
  }

  /** Every cell holding an error value, as "A1: #DIV/0!". */
  errors(): string[] {
    const out: string[] = [];
    const values = this.hf.getSheetValues(this.sheet);
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v instanceof DetailedCellError) out.push(`${a1Range(r + 1, c + 1, 1, 1)}: ${v.value}`);
      }),
    );
    return out;
  }
}

function absolute(a1: string): string {
  return a1.replace(/([A-Z]+)([0-9]+)/g, '$$$1$$$2');
}
