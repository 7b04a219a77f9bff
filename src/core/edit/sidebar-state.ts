/** What the sidebar is sent about a canvas, taken from the sheet's values as read. */
import { CanvasState, KpiValue } from '../api';
import { financeLayout } from '../finance';
import { segmentColor } from '../blocks';
import { CanvasOnSheet } from '../layout/read-canvas';
import { GridRange } from '../plan';
import { listVersions } from './list-versions';
import { roomForScenarios, scenarioNamesIn, WHAT_IF_SCENARIO } from '../whatif/scenario-edit';

/** The named ranges of the four KPIs the sidebar shows: `<prefix>_<suffix>`. */
export const SIDEBAR_KPIS = {
  revenue: 'Revenue',
  profit: 'Profit',
  breakEvenRevenue: 'BreakEvenRevenue',
  profitMargin: 'ProfitMargin',
} as const;

type Grid = readonly (readonly unknown[])[];

/**
 * The last row a read must reach: the bottom of everything the canvas names (its blocks and the
 * viability panel's KPIs), so one read of rows 1… holds the canvas and its KPIs.
 */
export function lastNamedRow(prefix: string, namedRanges: Readonly<Record<string, GridRange>>): number {
  let last = 1;
  for (const [name, r] of Object.entries(namedRanges)) {
    if (name.startsWith(`${prefix}_`)) last = Math.max(last, r.row + r.numRows - 1);
  }
  return last;
}

function kpiValue(v: unknown): KpiValue {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v !== '') return v;
  return null;
}

/** The canvas state of the canvas read from the sheet `sheet` (its id and name). */
export function canvasState(
  sheet: { sheetId: number; sheetName: string },
  onSheet: CanvasOnSheet,
  values: Grid,
  namedRanges: Readonly<Record<string, GridRange>>,
): CanvasState {
  const at = (suffix: string): KpiValue => {
    const r = namedRanges[`${onSheet.prefix}_${suffix}`];
    return r ? kpiValue(values[r.row - 1]?.[r.column - 1]) : null;
  };
  const layout = financeLayout(onSheet.finance);
  const master = layout.master.value;
  const check = values[master.row - 1]?.[master.column - 1];
  const w = layout.whatIf;
  const active = values[w.activeScenario.row - 1]?.[w.activeScenario.column - 1];
  const names = scenarioNamesIn(w, values[w.headerRow - 1] ?? []);
  return {
    sheetId: sheet.sheetId,
    sheetName: sheet.sheetName,
    prefix: onSheet.prefix,
    canvas: onSheet.canvas,
    versions: listVersions(onSheet.canvas),
    segmentColors: onSheet.canvas.blocks.customerSegments.map((_, i) => segmentColor(i)),
    kpis: {
      revenue: at(SIDEBAR_KPIS.revenue),
      profit: at(SIDEBAR_KPIS.profit),
      breakEvenRevenue: at(SIDEBAR_KPIS.breakEvenRevenue),
      profitMargin: at(SIDEBAR_KPIS.profitMargin),
      check: typeof check === 'string' && check !== '' ? check : null,
    },
    scenarios: {
      names,
      active: active === undefined || active === null ? '' : String(active).trim(),
      unkept: WHAT_IF_SCENARIO,
      room: roomForScenarios(names),
    },
  };
}
