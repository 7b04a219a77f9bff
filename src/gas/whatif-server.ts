/**
 * The sidebar's what-if panel on the server: carries out the scenario edit the core decides
 * (src/core/whatif/scenario-edit.ts) and answers with the KPIs before and after.
 */
import { WhatIfRequest, WhatIfResult } from '../core/api';
import { assertWhatIfRequest } from '../core/edit/check-request';
import { financeLayout } from '../core/finance/layout';
import { scenarioEdit } from '../core/whatif/scenario-edit';
import { applyEditPlan } from './apply-plan';
import { answering, failed, locked, ServerContext } from './server-function';
import { canvasToChange, WORDS } from './sidebar-server';
import { readCanvas, sidebarStateOf } from './canvas-sheet';

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
  const { scenario, keep } = request;
  const target = canvasToChange(ctx.ss, request.canvas);
  if ('ok' in target) return target;
  const { sheet, at, read } = target;
  const { sheetName } = at;
  const w = financeLayout(read.finance).whatIf;
  const edit = scenarioEdit(w, read.grid.values[w.headerRow - 1] ?? [], scenario, keep, request.keepAs);
  if (!edit.ok) return failed(edit.message);
  applyEditPlan(ctx.ss, sheet, edit.plan);

  const after = readCanvas(sheet, { sheetName, metadata: read.metadata, namedRanges: read.namedRanges });
  if (!after.ok)
    return failed(WORDS.unreadable(sheetName, after.problems, 'so the what-if was written but cannot be shown'));
  const state = sidebarStateOf(after, at);
  return {
    ok: true,
    scenario: edit.scenario,
    kept: edit.kept,
    before: sidebarStateOf(read, at).kpis,
    after: state.kpis,
    state,
  };
}
