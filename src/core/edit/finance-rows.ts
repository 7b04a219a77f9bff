/**
 * What the finance section puts in a cost-and-revenue row besides the entries, taken from the
 * section's own plan so an edit writes exactly what a freshly laid out canvas holds: the formulas
 * of rows an edit inserts (Sheets gives new rows none).
 */
import { addFinance, financeLayout } from '../finance';
import { CANVAS_COLUMNS, COST_COLUMNS, FinanceGeometry, REVENUE_COLUMNS } from '../layout/geometry';
import { emptyCanvas } from '../model';
import { SheetPlan } from '../plan';
import { PlanBuilder } from '../plan-builder';
import { EditValue } from './cells';
import { ValueWrite } from './writes';

function financePlan(g: FinanceGeometry): SheetPlan {
  const b = new PlanBuilder('finance', CANVAS_COLUMNS);
  addFinance(b, emptyCanvas('finance', g.currency), g);
  return b.build();
}

/**
 * Cost columns E–G, and revenue columns M–O with the row's columns right of the canvas (the
 * streams table, the fixed cost's start month, the stream's months) of `count` rows from `first`,
 * as two writes.
 */
export function itemRowFormulas(g: FinanceGeometry, first: number, count: number): ValueWrite[] {
  const plan = financePlan(g);
  const last = financeLayout(g).lastColumn;
  const spans = [
    { column: COST_COLUMNS.basis, width: COST_COLUMNS.share - COST_COLUMNS.basis + 1 },
    // M–O and the columns right of the canvas are one run.
    { column: REVENUE_COLUMNS.basis, width: last - REVENUE_COLUMNS.basis + 1 },
  ];
  return spans.map(({ column, width }) => {
    const values: EditValue[][] = [];
    for (let row = first; row < first + count; row++)
      values.push(plan.values[row - 1].slice(column - 1, column - 1 + width));
    return { range: { row: first, column, numRows: count, numColumns: width }, values };
  });
}
