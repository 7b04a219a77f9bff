import { Canvas, Cost, emptyCanvas, NOTE_BLOCK_IDS, RevenueStream, StreamType } from '../src/core/model';

/** Items per block of the canvases the benchmark measures. */
export const CANVAS_SIZES = [0, 9, 50];

const STREAM_TYPES: StreamType[] = ['subscription', 'usage-fee', 'asset-sale', 'licensing', 'advertising'];

/**
 * A canvas with `perBlock` entries in each of the nine blocks: notes in the seven note blocks,
 * revenue streams and costs in the two financial ones. Deterministic, so runs compare.
 */
export function filledCanvas(perBlock: number, name = `Canvas with ${perBlock} items per block`): Canvas {
  const canvas = emptyCanvas(name);
  for (const block of NOTE_BLOCK_IDS) {
    canvas.blocks[block] = Array.from({ length: perBlock }, (_, i) => ({ text: `${block} note ${i + 1}` }));
  }
  canvas.revenueStreams = Array.from(
    { length: perBlock },
    (_, i): RevenueStream => ({
      name: `Stream ${i + 1}`,
      type: STREAM_TYPES[i % STREAM_TYPES.length],
      price: 10 + i,
      volume: 100 * (i + 1),
    }),
  );
  canvas.costs = Array.from(
    { length: perBlock },
    (_, i): Cost =>
      i % 2 === 0
        ? { name: `Fixed cost ${i + 1}`, behavior: 'fixed', amount: 500 + i }
        : { name: `Commission ${i + 1}`, behavior: 'variable', per: 'revenue', amount: 0.01 },
  );
  return canvas;
}
