/**
 * The sidebar's what-if panel on the server: carries out the scenario edit the core decides
 * (src/core/whatif/scenario-edit.ts) and answers with the KPIs before and after.
 */
import { FieldMessage, WhatIfRequest, WhatIfResult } from '../core/api';
import { isRecord, RequestError, shown } from '../core/edit/check-request';
import { financeLayout } from '../core/finance/layout';
import { DRIVER_KEYS, DRIVER_LABELS } from '../core/whatif/scenarios';
import { scenarioEdit } from '../core/whatif/scenario-edit';
import { applyEditPlan } from './apply-plan';
import { answering, failed, locked, ServerContext } from './server-function';
import { WORDS } from './sidebar-server';
import { readCanvas, sidebarStateOf } from './canvas-sheet';

/** The longest scenario name accepted, in characters. */
export const SCENARIO_NAME_LENGTH = 40;

const MAX_SHEET_NAME = 100;

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

/**
 * Writes the multipliers into a scenario column and makes it active, under the document lock:
 * four reads (the sheet, its metadata, its named ranges, its values), one write for the column,
 * one for the dropdown, one read back.
 */
export function whatIf(ctx: ServerContext, request: unknown): WhatIfResult {
  return answering('The what-if could not be applied', () => {
    assertWhatIfRequest(request);
    return locked(ctx, () => writeWhatIf(ctx, request));
  });
}

function writeWhatIf(ctx: ServerContext, request: WhatIfRequest): WhatIfResult {
  const { sheetName, scenario, keep } = request;
  const sheet = ctx.ss.getSheetByName(sheetName);
  if (sheet === null) return failed(WORDS.sheetGone(sheetName));
  const read = readCanvas(sheet, { sheetName });
  if (!read.ok) return failed(WORDS.unreadable(sheetName, read.problems, 'so nothing was changed'));
  const w = financeLayout(read.finance).whatIf;
  const edit = scenarioEdit(w, read.grid.values[w.headerRow - 1] ?? [], scenario, keep);
  if (!edit.ok) return failed(edit.message);
  applyEditPlan(sheet, edit.plan);

  const after = readCanvas(sheet, { sheetName, metadata: read.metadata, namedRanges: read.namedRanges });
  if (!after.ok)
    return failed(WORDS.unreadable(sheetName, after.problems, 'so the what-if was written but cannot be shown'));
  const state = sidebarStateOf(after, sheetName);
  return { ok: true, scenario: edit.scenario, before: sidebarStateOf(read, sheetName).kpis, after: state.kpis, state };
}
