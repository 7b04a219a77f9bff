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
import type { KeepAs } from '../api';
import { EditPlan } from '../edit/plan-edit';
import { WhatIfLayout } from './layout';
import { DRIVER_KEYS, DriverKey } from './scenarios';

/** The scenario column a what-if that is not kept goes into. */
export const WHAT_IF_SCENARIO = 'What-if';

export type ScenarioEdit =
  | {
      ok: true;
      plan: EditPlan;
      scenario: string;
      /** Whether a kept scenario took a free column or replaced the one of its name; null when not kept. */
      kept: 'added' | 'replaced' | null;
    }
  | { ok: false; message: string };

const noColumn = (name: string, taken: string[]) =>
  `There is no free scenario column for "${name}": all ${taken.length} hold scenarios (${taken.join(', ')}). Nothing was changed. ` +
  'To make room, clear the name and set the multipliers back to 1 of a scenario you no longer need in the What-ifs on the sheet, or keep these settings under the name of one of them.';

/** A scenario name cell's text as the dropdown matches it ("" for an empty cell). */
function nameIn(v: unknown): string {
  if (v === undefined || v === null) return '';
  return String(v).trim();
}

const alreadyThere = (name: string) =>
  `There is already a scenario named "${name}". Nothing was changed. To overwrite it, choose to replace "${name}"; to add a scenario, pick another name.`;

const notThere = (name: string) =>
  `There is no scenario named "${name}" to replace (it may have been renamed or cleared on the sheet). Nothing was changed. Press Refresh to see the scenarios the sheet holds.`;

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
 * The column for a new scenario: as `scenarioColumn`, but with no free column the one of the
 * unkept what-if, which holds figures tried and not kept, makes room.
 */
function newScenarioColumn(names: readonly string[], name: string): ReturnType<typeof scenarioColumn> {
  const target = scenarioColumn(names, name);
  if (target !== null) return target;
  const tried = names.indexOf(WHAT_IF_SCENARIO);
  return tried >= 0 && name !== WHAT_IF_SCENARIO ? { index: tried, name } : null;
}

/** How many new scenarios there is room for: the free columns, and the unkept what-if's. */
export function roomForScenarios(names: readonly string[]): number {
  return names.filter((n) => n === '' || n === WHAT_IF_SCENARIO).length;
}

/** The scenario names of the what-ifs' header row as read (0-based by column), "" for a free column. */
export function scenarioNamesIn(w: WhatIfLayout, headerRow: readonly unknown[]): string[] {
  return Array.from({ length: w.scenarioNames.numColumns }, (_, j) =>
    nameIn(headerRow[w.scenarioNames.column + j - 1]),
  );
}

/**
 * The writes that put `multipliers` into a scenario column and make it active. `headerRow` is the
 * what-ifs' header row as read (0-based by column), which holds the scenario names. A kept
 * scenario `keepAs` "new" must take a free column under a name not yet used; "replace" must name
 * a scenario on the sheet; without `keepAs`, the name's column is reused or a free one taken.
 */
export function scenarioEdit(
  w: WhatIfLayout,
  headerRow: readonly unknown[],
  scenario: { name: string; multipliers: Record<DriverKey, number> },
  keep: boolean,
  keepAs?: KeepAs,
): ScenarioEdit {
  const names = scenarioNamesIn(w, headerRow);
  const wanted = keep ? scenario.name.trim() : WHAT_IF_SCENARIO;
  const target = keep && keepAs === 'new' ? newScenarioColumn(names, wanted) : scenarioColumn(names, wanted);
  if (keep && keepAs === 'replace' && (target === null || ('index' in target && names[target.index] === '')))
    return { ok: false, message: notThere(wanted) };
  if (target === null) return { ok: false, message: noColumn(wanted, names) };
  if ('taken' in target) return { ok: false, message: onlyCase(wanted, target.taken) };
  const replaced = names[target.index] === target.name;
  if (keep && keepAs === 'new' && replaced) return { ok: false, message: alreadyThere(wanted) };
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
  return { ok: true, plan, scenario: target.name, kept: keep ? (replaced ? 'replaced' : 'added') : null };
}
