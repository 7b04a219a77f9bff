/**
 * The sidebar's Assumptions step on the server: writes growth, churn, acquisition cost, investment
 * and the discount rate into the canvas's panel and answers with the canvas read back.
 */
import { EditResult } from '../core/api';
import { assumptionsEdit } from '../core/edit/assumptions-edit';
import { assertAssumptionsRequest } from '../core/edit/check-request';
import { applyEditPlan } from './apply-plan';
import { readCanvas, sidebarStateOf } from './canvas-sheet';
import { answering, failed, locked, ServerContext } from './server-function';
import { canvasToChange, WORDS } from './sidebar-server';

/**
 * Checks the values by the rules table, then under the document lock: the sheet, its metadata,
 * its named ranges and its values read, one write per value, one read back.
 */
export function setAssumptions(ctx: ServerContext, request: unknown): EditResult {
  return answering('The assumptions could not be saved', () => {
    assertAssumptionsRequest(request);
    return locked(ctx, (): EditResult => {
      const target = canvasToChange(ctx.ss, request.canvas);
      if ('ok' in target) return target;
      const { sheet, at, read } = target;
      const { sheetName } = at;
      applyEditPlan(ctx.ss, sheet, assumptionsEdit(read.finance, request.values));
      const after = readCanvas(sheet, { sheetName, metadata: read.metadata, namedRanges: read.namedRanges });
      if (!after.ok)
        return failed(WORDS.unreadable(sheetName, after.problems, 'so the assumptions were saved but cannot be shown'));
      return { ok: true, state: sidebarStateOf(after, at) };
    });
  });
}
