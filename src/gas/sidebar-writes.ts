/**
 * Carries out an edit plan on a sheet: at most one row insertion, then one call per rectangle of
 * values and one per rectangle of fills. No reads in between.
 */
import { EditValue, isKept } from '../core/edit/cells';
import { EditPlan } from '../core/edit/plan-edit';
import { GridRange } from '../core/plan';
import { toSheetValue } from './apply-plan';
import { SheetApi } from './spreadsheet-api';

function cellValue(v: EditValue, plainText: boolean): unknown {
  return isKept(v) ? v.kept : toSheetValue(v, plainText);
}

function rangeOf(sheet: SheetApi, r: GridRange) {
  return sheet.getRange(r.row, r.column, r.numRows, r.numColumns);
}

export function applyEditPlan(sheet: SheetApi, plan: EditPlan): void {
  const ins = plan.insert;
  if (ins) {
    if (ins.formatsFrom === 'above') sheet.insertRowsAfter(ins.at - 1, ins.count);
    else sheet.insertRowsBefore(ins.at, ins.count);
  }
  for (const w of plan.values) {
    rangeOf(sheet, w.range).setValues(w.values.map((row) => row.map((v, c) => cellValue(v, w.plainText[c]))));
  }
  for (const f of plan.fills) rangeOf(sheet, f.range).setBackgrounds(f.colors);
}
