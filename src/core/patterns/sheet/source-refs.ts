/**
 * Turns a check input's place on the canvas (a CanvasRef) into a formula over the canvas's own
 * cells, so the check follows every edit of a price, a volume or a cost.
 */
import { ABS, cell, Expr, SUM } from '../../formula';
import { COST_COLUMNS, FinanceGeometry, REVENUE_COLUMNS } from '../../layout/geometry';
import { Canvas } from '../../model';
import { CanvasRef } from '../types';

export interface SourceFormula {
  expr: Expr;
  /** What the formula adds up, in words, for the cell's note. */
  meaning: string;
}

const quoted = (names: string[]) => names.map((n) => `“${n}”`).join(', ');

/**
 * The formula for `ref` on `canvas` laid out with `g`: a SUM of the cells it names (SUM, because
 * it reads an empty or mistyped cell as nothing instead of an error). Null when the reference
 * names nothing, or a stream or cost the canvas does not have (the input then stays the check's own).
 */
export function sourceFormula(canvas: Canvas, g: FinanceGeometry, ref: CanvasRef): SourceFormula | null {
  const streamRow = (name: string) => {
    const i = canvas.revenueStreams.findIndex((s) => s.name === name);
    return i < 0 ? null : g.revenueRows.first + i;
  };
  const costRow = (name: string, perUnitOnly: boolean) => {
    const i = canvas.costs.findIndex((c) => c.name === name);
    if (i < 0) return null;
    const cost = canvas.costs[i];
    if (perUnitOnly && !(cost.behavior === 'variable' && cost.per === 'unit')) return null;
    return g.costRows.first + i;
  };
  const sumOf = (rows: (number | null)[], column: number): Expr | null => {
    if (rows.length === 0 || rows.some((r) => r === null)) return null;
    return SUM(...rows.map((r) => cell(r as number, column, ABS)));
  };

  let expr: Expr | null;
  let meaning: string;
  switch (ref.ref) {
    case 'stream-price':
      expr = sumOf([streamRow(ref.stream)], REVENUE_COLUMNS.price);
      meaning = `the price of the stream “${ref.stream}”`;
      break;
    case 'stream-volume':
      expr = sumOf([streamRow(ref.stream)], REVENUE_COLUMNS.volume);
      meaning = `the monthly volume of the stream “${ref.stream}”`;
      break;
    case 'revenue':
      expr = sumOf(ref.streams.map(streamRow), REVENUE_COLUMNS.monthly);
      meaning = `the monthly revenue of ${quoted(ref.streams)}`;
      break;
    case 'unit-cost':
      expr = sumOf(
        ref.costs.map((n) => costRow(n, true)),
        COST_COLUMNS.amount,
      );
      meaning = `the per-unit amount of ${quoted(ref.costs)}`;
      break;
    case 'monthly-cost':
      expr = sumOf(
        ref.costs.map((n) => costRow(n, false)),
        COST_COLUMNS.monthly,
      );
      meaning = `what ${quoted(ref.costs)} come to in a month`;
      break;
  }
  return expr === null ? null : { expr, meaning };
}
