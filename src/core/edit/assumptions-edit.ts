/**
 * The sidebar's Assumptions step as an edit of the sheet: each value given goes into its cell of
 * the viability panel's Assumptions block, where every formula reads it.
 */
import { ASSUMPTION_KEYS, type AssumptionKey } from '../finance/assumptions';
import { financeLayout } from '../finance/layout';
import type { FinanceGeometry } from '../layout/geometry';
import type { EditPlan } from './plan-edit';

/** The writes that put `values` into their assumption cells, one write per value. */
export function assumptionsEdit(g: FinanceGeometry, values: Partial<Record<AssumptionKey, number>>): EditPlan {
  const cells = financeLayout(g).assumptions;
  // By key, not by the object's own entries: a request from another realm is read field by field.
  const writes = ASSUMPTION_KEYS.flatMap((key) => {
    const value = values[key];
    if (value === undefined) return [];
    const { row, column } = cells[key].value;
    return [{ range: { row, column, numRows: 1, numColumns: 1 }, values: [[value]] }];
  });
  return { insertions: [], values: writes, fills: [] };
}
