/**
 * A finance section on its own: a PlanBuilder with a geometry chosen by the test, the section
 * written by addFinance, and the plan evaluated in HyperFormula.
 */
import { addFinance, financeLayout, FinanceLayout } from '../../src/core/finance';
import { Assumptions } from '../../src/core/finance/assumptions';
import { KpiKey } from '../../src/core/finance/layout';
import { FinanceGeometry } from '../../src/core/layout/geometry';
import { Canvas, Cost, emptyCanvas, RevenueStream } from '../../src/core/model';
import { SheetPlan } from '../../src/core/plan';
import { PlanBuilder } from '../../src/core/plan-builder';
import { Computed, EvaluatedPlan } from './hf-plan';

export interface FinanceCase {
  streams?: RevenueStream[];
  costs?: Cost[];
  assumptions?: Partial<Assumptions>;
  currency?: string;
}

export interface PlannedFinance {
  canvas: Canvas;
  geometry: FinanceGeometry;
  layout: FinanceLayout;
  plan: SheetPlan;
  sheet: EvaluatedPlan;
  kpi(key: KpiKey): Computed;
}

/** The first item row; rows above stand in for the canvas's title and block headers. */
export const FIRST_ITEM_ROW = 6;

export function financeCanvas(c: FinanceCase): Canvas {
  const canvas = emptyCanvas('Finance test', c.currency ?? 'USD');
  canvas.revenueStreams = c.streams ?? [];
  canvas.costs = c.costs ?? [];
  return c.assumptions ? Object.assign(canvas, { assumptions: c.assumptions }) : canvas;
}

export function planFinance(c: FinanceCase, roomRows = 3, prefix = 'Test'): PlannedFinance {
  const canvas = financeCanvas(c);
  const count = Math.max(canvas.revenueStreams.length, canvas.costs.length) + roomRows;
  const geometry: FinanceGeometry = {
    prefix,
    costRows: { first: FIRST_ITEM_ROW, count },
    revenueRows: { first: FIRST_ITEM_ROW, count },
    panelFirstRow: FIRST_ITEM_ROW + count + 1,
    currency: canvas.currency,
  };
  const b = new PlanBuilder('Finance test', 15);
  addFinance(b, canvas, geometry);
  const plan = b.build();
  const layout = financeLayout(geometry);
  const sheet = new EvaluatedPlan(plan);
  return {
    canvas,
    geometry,
    layout,
    plan,
    sheet,
    kpi: (key) => sheet.value(layout.kpis[key].value.row, layout.kpis[key].value.column),
  };
}
