/**
 * The finance section of a canvas sheet: Cost Structure and Revenue Streams rows as live inputs,
 * and below the canvas the viability panel, the projection, its chart and the named ranges.
 */
import { FinanceGeometry } from '../layout/geometry';
import { Canvas } from '../model';
import { cellRange, PlanBuilder } from '../plan-builder';
import { assumptionsOf } from './assumptions';
import { writeHeaders, writeItemRows } from './items';
import { namedKpis } from './kpis';
import { financeLayout } from './layout';
import { writePanel } from './panel';
import { projectionChart, writeProjection } from './projection';
import { refsOf } from './refs';
import { DEFAULT_SCENARIO_SET, writeWhatIf } from '../whatif';

export { financeLayout } from './layout';
export type { FinanceLayout } from './layout';
export { readFinanceRows } from './read';

/** `<prefix>_<suffix>` for every named KPI, e.g. "AcmeCoffee_Revenue". */
export function financeRangeNames(prefix: string): string[] {
  return namedKpis().map((k) => `${prefix}_${k.name}`);
}

/**
 * Writes the finance section of `canvas` into `b`: the column header row above the item rows,
 * every cost and stream row, and everything from `g.panelFirstRow` down: the panel, the
 * projection and its chart, and the what-ifs below them. Every KPI is a formula over the input
 * cells and the active scenario, so any edit on the sheet updates them all.
 */
export function addFinance(b: PlanBuilder, canvas: Canvas, g: FinanceGeometry): void {
  const layout = financeLayout(g);
  const r = refsOf(layout);
  writeHeaders(b, layout.headerRow);
  writeItemRows(
    b,
    r,
    canvas.costs,
    canvas.revenueStreams,
    g.currency,
    canvas.blocks.customerSegments.map((s) => s.text),
  );
  const assumptions = assumptionsOf(canvas);
  writePanel(b, r, assumptions, g.prefix, g.currency);
  writeProjection(b, r, g.currency);
  for (const { key, name } of namedKpis()) {
    const p = layout.kpis[key].value;
    b.name(`${g.prefix}_${name}`, cellRange(p.row, p.column));
  }
  b.chart(projectionChart(layout));
  writeWhatIf(b, r, assumptions.scenarios ?? DEFAULT_SCENARIO_SET, g.currency, assumptions.whatIf);
}
