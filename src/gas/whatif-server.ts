/**
 * The sidebar's what-if panel on the server: writes the driver multipliers the user set into a
 * scenario column of the canvas and makes it the active scenario, so every KPI, the projection and
 * the what-ifs follow it; answers with the KPIs before and after.
 *
 * An unkept what-if goes into the column named "What-if"; a kept one into the column of the name
 * the user gave. Either reuses the column of that name, else takes the first column without a
 * name. The numbers of another scenario (Base, Upside, Downside or the user's own) are never
 * overwritten unless the user names that scenario.
 */
import { FieldMessage, WhatIfRequest, WhatIfResult } from '../core/api';
import { isRecord, RequestError, shown } from '../core/edit/check-request';
import { financeLayout } from '../core/finance/layout';
import { DRIVER_KEYS, DRIVER_LABELS } from '../core/whatif/scenarios';
import { toSheetValue } from './apply-plan';
import { failed, LOCK_WAIT_MS, ServerContext, WORDS } from './sidebar-server';
import { readForSidebar } from './sidebar-read';

/** The longest scenario name accepted, in characters. */
export const SCENARIO_NAME_LENGTH = 40;

/** The scenario column a what-if that is not kept goes into. */
export const WHAT_IF_SCENARIO = 'What-if';

const MAX_SHEET_NAME = 100;

const noColumn = (name: string, taken: string[]) =>
  `There is no free scenario column for "${name}": all ${taken.length} hold scenarios (${taken.join(', ')}). Nothing was changed. ` +
  'To make room, clear the name and set the multipliers back to 1 of a scenario you no longer need in the What-ifs on the sheet, or keep these settings under the name of one of them.';

/** Checks what the sidebar sent, field by field; throws a RequestError listing every bad field. */
export function assertWhatIfRequest(x: unknown): asserts x is WhatIfRequest {
  const messages: FieldMessage[] = [];
  const fail = (field: string, message: string) => messages.push({ field, message });
  if (!isRecord(x)) throw new RequestError([{ field: '', message: `expected an object, got ${shown(x)}` }]);
  const { sheetName, scenario, keep } = x;
  if (typeof sheetName !== 'string' || sheetName === '' || sheetName.length > MAX_SHEET_NAME) {
    fail('sheetName', `expected the name of a canvas sheet, got ${shown(sheetName)}`);
  }
  if (typeof keep !== 'boolean') fail('keep', `expected true or false, got ${shown(keep)}`);
  if (!isRecord(scenario)) fail('scenario', `expected an object, got ${shown(scenario)}`);
  else {
    const { name, multipliers } = scenario;
    if (typeof name !== 'string') fail('scenario.name', `The scenario name must be text, got ${shown(name)}`);
    else if (name.trim() === '') fail('scenario.name', 'The scenario name cannot be empty');
    else if ([...name.trim()].length > SCENARIO_NAME_LENGTH) {
      fail(
        'scenario.name',
        `The scenario name can have at most ${SCENARIO_NAME_LENGTH} characters; this one has ${[...name.trim()].length}`,
      );
    }
    if (!isRecord(multipliers)) fail('scenario.multipliers', `expected an object, got ${shown(multipliers)}`);
    else {
      for (const key of DRIVER_KEYS) {
        const v = multipliers[key];
        if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
          fail(
            `scenario.multipliers.${key}`,
            `The ${DRIVER_LABELS[key].toLowerCase()} multiplier must be a number of 0 or more, got ${shown(v)}`,
          );
        }
      }
      for (const key of Object.keys(multipliers)) {
        if (!(DRIVER_KEYS as readonly string[]).includes(key))
          fail(`scenario.multipliers.${key}`, 'is not a driver of a scenario');
      }
    }
  }
  if (messages.length > 0) throw new RequestError(messages);
}

/** A scenario name cell's text as the dropdown matches it ("" for an empty cell). */
function nameIn(v: unknown): string {
  if (v === undefined || v === null) return '';
  return String(v).trim();
}

/**
 * The scenario column to write: the one already named `name` (the dropdown's look-up ignores case,
 * so this does too), else the first without a name; null when every column holds a scenario.
 */
export function scenarioColumn(names: readonly string[], name: string): { index: number; name: string } | null {
  const wanted = name.toLowerCase();
  const same = names.findIndex((n) => n.toLowerCase() === wanted);
  if (same >= 0) return { index: same, name: names[same] };
  const free = names.indexOf('');
  return free >= 0 ? { index: free, name } : null;
}

/**
 * Writes the multipliers into a scenario column and makes it active, under the document lock:
 * four reads (the sheet, its metadata, its named ranges, its values), one write for the column,
 * one for the dropdown, one read back.
 */
export function whatIf(ctx: ServerContext, request: unknown): WhatIfResult {
  try {
    assertWhatIfRequest(request);
    const lock = ctx.documentLock();
    if (lock === null) return failed(WORDS.noLock);
    if (!lock.tryLock(LOCK_WAIT_MS)) return failed(WORDS.busy);
    try {
      return writeWhatIf(ctx, request);
    } finally {
      lock.releaseLock();
    }
  } catch (err) {
    if (err instanceof RequestError) return { ok: false, reason: 'invalid', messages: err.messages };
    if (typeof console !== 'undefined') console.error(err);
    const message = typeof err === 'object' && err !== null && 'message' in err ? String(err.message) : String(err);
    return failed(`The what-if could not be applied: ${message}`);
  }
}

function writeWhatIf(ctx: ServerContext, request: WhatIfRequest): WhatIfResult {
  const { sheetName, scenario, keep } = request;
  const sheet = ctx.ss.getSheetByName(sheetName);
  if (sheet === null) return failed(WORDS.sheetGone(sheetName));
  const read = readForSidebar(sheet, sheetName, { formulas: false });
  if (!read.ok) return failed(WORDS.unreadable(sheetName, read.problems, 'nothing was changed'));
  const w = financeLayout(read.onSheet.finance).whatIf;
  const header = read.grid.values[w.headerRow - 1] ?? [];
  const names = Array.from({ length: w.scenarioNames.numColumns }, (_, j) =>
    nameIn(header[w.scenarioNames.column + j - 1]),
  );
  const wanted = keep ? scenario.name.trim() : WHAT_IF_SCENARIO;
  const target = scenarioColumn(names, wanted);
  if (target === null) return failed(noColumn(wanted, names));

  const column = w.scenarioNames.column + target.index;
  const cells = [[toSheetValue(target.name)], ...DRIVER_KEYS.map((k) => [scenario.multipliers[k]])];
  sheet.getRange(w.headerRow, column, cells.length, 1).setValues(cells);
  sheet.getRange(w.activeScenario.row, w.activeScenario.column, 1, 1).setValues([[toSheetValue(target.name)]]);

  const after = readForSidebar(sheet, sheetName, {
    formulas: false,
    metadata: read.metadata,
    namedRanges: read.namedRanges,
  });
  if (!after.ok)
    return failed(WORDS.unreadable(sheetName, after.problems, 'the what-if was written but cannot be shown'));
  return { ok: true, scenario: target.name, before: read.state.kpis, after: after.state.kpis, state: after.state };
}
