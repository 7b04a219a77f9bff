/**
 * The sidebar's what-if as an edit of the sheet: the driver multipliers go into a scenario column
 * of the what-ifs, and that scenario becomes the active one, so every KPI, the projection and the
 * what-ifs follow it.
 *
 * An unkept what-if goes into the column named "What-if"; a kept one into the column of the name
 * the user gave. Either reuses the column of that name, else takes the first column without a
 * name. The numbers of another scenario (Base, Upside, Downside or the user's own) are never
 * overwritten unless the user names that scenario exactly: a name that differs from one only in
 * capitals is refused, since the dropdown could not tell the two apart and the one on the sheet
 * may be someone else's.
 */
import { EditPlan } from '../edit/plan-edit';
import { WhatIfLayout } from './layout';
import { DRIVER_KEYS, DriverKey } from './scenarios';

/** The scenario column a what-if that is not kept goes into. */
export const WHAT_IF_SCENARIO = 'What-if';

export type ScenarioEdit = { ok: true; plan: EditPlan; scenario: string } | { ok: false; message: string };

const noColumn = (name: string, taken: string[]) =>
  `There is no free scenario column for "${name}": all ${taken.length} hold scenarios (${taken.join(', ')}). Nothing was changed. ` +
  'To make room, clear the name and set the multipliers back to 1 of a scenario you no longer need in the What-ifs on the sheet, or keep these settings under the name of one of them.';

/** A scenario name cell's text as the dropdown matches it ("" for an empty cell). */
function nameIn(v: unknown): string {
  if (v === undefined || v === null) return '';
  return String(v).trim();
}

const onlyCase = (name: string, taken: string) =>
  `There is already a scenario named "${taken}", which differs from "${name}" only in capitals, and the sheet cannot tell the two apart. Nothing was changed. To replace "${taken}", keep these settings under exactly that name; otherwise pick another name.`;

/**
 * The scenario column to write: the one named exactly `name`, else the first without a name; a
 * column whose name differs only in capitals is `taken` (the dropdown's look-up ignores case), and
 * null means every column holds a scenario.
 */
export function scenarioColumn(
  names: readonly string[],
  name: string,
): { index: number; name: string } | { taken: string } | null {
  const same = names.indexOf(name);
  if (same >= 0) return { index: same, name };
  const wanted = name.toLowerCase();
  const taken = names.find((n) => n.toLowerCase() === wanted);
  if (taken !== undefined) return { taken };
  const free = names.indexOf('');
  return free >= 0 ? { index: free, name } : null;
}

/**
 * The writes that put `multipliers` into a scenario column and make it active. `headerRow` is the
 * what-ifs' header row as read (0-based by column), which holds the scenario names.
 */
export function scenarioEdit(
  w: WhatIfLayout,
  headerRow: readonly unknown[],
  scenario: { name: string; multipliers: Record<DriverKey, number> },
  keep: boolean,
): ScenarioEdit {
  const names = Array.from({ length: w.scenarioNames.numColumns }, (_, j) =>
    nameIn(headerRow[w.scenarioNames.column + j - 1]),
  );
  const wanted = keep ? scenario.name.trim() : WHAT_IF_SCENARIO;
  const target = scenarioColumn(names, wanted);
  if (target === null) return { ok: false, message: noColumn(wanted, names) };
  if ('taken' in target) return { ok: false, message: onlyCase(wanted, target.taken) };
  const column = w.scenarioNames.column + target.index;
  const cells = [[target.name], ...DRIVER_KEYS.map((k) => [scenario.multipliers[k]])];
  const plan: EditPlan = {
    insertions: [],
    values: [
      { range: { row: w.headerRow, column, numRows: cells.length, numColumns: 1 }, values: cells },
      {
        range: { row: w.activeScenario.row, column: w.activeScenario.column, numRows: 1, numColumns: 1 },
        values: [[target.name]],
      },
    ],
    fills: [],
  };
  return { ok: true, plan, scenario: target.name };
}
