/**
 * The finance section of a canvas sheet: Cost Structure and Revenue Streams rows as live inputs,
 * and below the canvas the viability panel, the projection, its chart and the named ranges.
 */
import { FinanceGeometry } from '../layout/geometry';
import { Canvas } from '../model';
import { cellRange, PlanBuilder } from '../plan-builder';
import { assumptionsOf } from './assumptions';
import { writeHeaders, writeItemRows } from './items';
import { NAMED_YEARS, namedKpis } from './kpis';
import { FinanceLayout, financeLayout } from './layout';
import { writePanel } from './panel';
import { projectionChart, writeProjection, writeYears } from './projection';
import { writeTables } from './tables';
import { Pos } from '../layout/geometry';
import { YEAR_COLUMNS } from './layout';
import { refsOf } from './refs';
import { DEFAULT_SCENARIO_SET, writeWhatIf } from '../whatif';

export { financeLayout } from './layout';
export type { FinanceLayout } from './layout';
export { readFinanceRows } from './read';

/** Every named cell of the finance section: the named KPIs, then the named figures of the yearly summary. */
export function namedCells(layout: FinanceLayout): { name: string; at: Pos }[] {
  return [
    ...namedKpis().map(({ key, name }) => ({ name, at: layout.kpis[key].value })),
    ...NAMED_YEARS.map(({ key, year, name }) => ({
      name,
      at: { row: layout.years.rows[key], column: YEAR_COLUMNS.first + year - 1 },
    })),
  ];
}

/** The suffixes of every named cell, in the order they are set. */
export function namedCellSuffixes(): string[] {
  return [...namedKpis().map((k) => k.name), ...NAMED_YEARS.map((y) => y.name)];
}

/** `<prefix>_<suffix>` for every named cell, e.g. "AcmeCoffee_Revenue". */
export function financeRangeNames(prefix: string): string[] {
  return namedCellSuffixes().map((name) => `${prefix}_${name}`);
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
  writeYears(b, r, g.currency);
  writeTables(b, r, canvas.revenueStreams, canvas.costs, g.currency);
  writeProjection(b, r, g.currency);
  for (const { name, at } of namedCells(layout)) b.name(`${g.prefix}_${name}`, cellRange(at.row, at.column));
  b.chart(projectionChart(layout));
  writeWhatIf(b, r, assumptions.scenarios ?? DEFAULT_SCENARIO_SET, g.currency, assumptions.whatIf);
}
