import { Canvas, Cost, RevenueStream } from '../model';
import { CanvasRef } from './types';

export const priceOf = (stream: string): CanvasRef => ({ ref: 'stream-price', stream });
export const volumeOf = (stream: string): CanvasRef => ({ ref: 'stream-volume', stream });
export const revenueOf = (...streams: string[]): CanvasRef => ({ ref: 'revenue', streams });
export const unitCostOf = (...costs: string[]): CanvasRef => ({ ref: 'unit-cost', costs });
export const monthlyCostOf = (...costs: string[]): CanvasRef => ({ ref: 'monthly-cost', costs });

function sumOrNull(values: (number | null)[]): number | null {
  return values.some((v) => v === null) ? null : values.reduce<number>((sum, v) => sum + (v as number), 0);
}

function streamRevenue(s: RevenueStream): number | null {
  return s.price === null || s.volume === null ? null : s.price * s.volume;
}

function costPerMonth(canvas: Canvas, cost: Cost): number | null {
  if (cost.amount === null) return null;
  if (cost.behavior === 'fixed') return cost.amount;
  if (cost.per === 'revenue') {
    const revenue = sumOrNull(canvas.revenueStreams.map(streamRevenue));
    return revenue === null ? null : cost.amount * revenue;
  }
  // Per unit of the named stream, or of every stream when none is named (as the cost sheet does).
  const streams =
    cost.stream === undefined ? canvas.revenueStreams : canvas.revenueStreams.filter((s) => s.name === cost.stream);
  if (cost.stream !== undefined && streams.length === 0) return null;
  const volume = sumOrNull(streams.map((s) => s.volume));
  return volume === null ? null : cost.amount * volume;
}

/**
 * The number a reference points at on the canvas, monthly; null when a named stream or cost is
 * missing, a driver is blank, or a 'unit-cost' names a cost that is not per unit.
 */
export function canvasRefValue(canvas: Canvas, ref: CanvasRef): number | null {
  const stream = (name: string) => canvas.revenueStreams.find((s) => s.name === name);
  const cost = (name: string) => canvas.costs.find((c) => c.name === name);
  switch (ref.ref) {
    case 'stream-price':
      return stream(ref.stream)?.price ?? null;
    case 'stream-volume':
      return stream(ref.stream)?.volume ?? null;
    case 'revenue':
      return sumOrNull(
        ref.streams.map((name) => {
          const s = stream(name);
          return s ? streamRevenue(s) : null;
        }),
      );
    case 'unit-cost':
      return sumOrNull(
        ref.costs.map((name) => {
          const c = cost(name);
          return c && c.behavior === 'variable' && c.per === 'unit' ? c.amount : null;
        }),
      );
    case 'monthly-cost':
      return sumOrNull(
        ref.costs.map((name) => {
          const c = cost(name);
          return c ? costPerMonth(canvas, c) : null;
        }),
      );
  }
}
