/**
 * Cells of a canvas the Compare sheet shows that have no named range of their own: the active
 * scenario and the assumptions. Each sits at a fixed offset from the canvas's Revenue cell (the
 * finance layout is one table), so a comparison links to it directly; Sheets then moves the link
 * with the cell when rows are added to the canvas.
 */
import { financeLayout } from '../finance/layout';
import { ValueKind } from '../finance/styles';
import { Pos } from '../layout/geometry';

export interface LinkedRow {
  key: string;
  label: string;
  kind: ValueKind;
  meaning: string;
  /** Rows and columns from the canvas's Revenue cell. */
  offset: Pos;
}

const SAMPLE = financeLayout({
  prefix: 'P',
  costRows: { first: 10, count: 1 },
  revenueRows: { first: 10, count: 1 },
  panelFirstRow: 40,
  currency: 'USD',
});

function from(p: Pos): Pos {
  const revenue = SAMPLE.kpis.revenue.value;
  return { row: p.row - revenue.row, column: p.column - revenue.column };
}

export const LINKED_ROWS: readonly LinkedRow[] = [
  {
    key: 'scenario',
    label: 'Active scenario',
    kind: 'text',
    meaning: 'The what-if scenario every figure of the canvas follows now (its dropdown beside the projection).',
    offset: from(SAMPLE.whatIf.activeScenario),
  },
  {
    key: 'growth',
    label: 'Monthly growth (assumption)',
    kind: 'ratio',
    meaning: 'Growth of every stream’s volume each month, as typed, before the scenario’s multiplier.',
    offset: from(SAMPLE.assumptions.growth.value),
  },
  {
    key: 'churn',
    label: 'Monthly churn (assumption)',
    kind: 'ratio',
    meaning: 'Share of customers lost each month, as typed, before the scenario’s multiplier.',
    offset: from(SAMPLE.assumptions.churn.value),
  },
  {
    key: 'acquisitionCost',
    label: 'Acquisition cost per customer (CAC)',
    kind: 'money',
    meaning: 'What winning one new customer costs, as typed.',
    offset: from(SAMPLE.assumptions.acquisitionCost.value),
  },
];
