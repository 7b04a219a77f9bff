import { compareCanvases, refreshCompare } from '../../src/gas/compare';
import { Canvas, emptyCanvas, NOTE_BLOCK_IDS } from '../../src/core/model';
import { EmuSheet } from '../../src/local/emulator';
import { compareEnv, compareView } from './compare-env';

/** A canvas with `perBlock` entries in every block. */
function filled(name: string, perBlock: number): Canvas {
  const c = emptyCanvas(name);
  for (const block of NOTE_BLOCK_IDS)
    c.blocks[block] = Array.from({ length: perBlock }, (_, i) => ({ text: `${block} ${i + 1}` }));
  c.revenueStreams = Array.from({ length: perBlock }, (_, i) => ({
    name: `Stream ${i + 1}`,
    type: 'usage-fee' as const,
    price: 2 + i,
    volume: 100,
  }));
  c.costs = Array.from({ length: perBlock }, (_, i) => ({
    name: `Cost ${i + 1}`,
    behavior: 'fixed' as const,
    amount: 10 * (i + 1),
  }));
  return c;
}

function measured(count: number, perBlock: number) {
  const env = compareEnv();
  const names = Array.from({ length: count }, (_, i) => `Canvas ${i + 1}`);
  names.forEach((n) => env.write(filled(n, perBlock)));
  env.g.calls.reset();
  const out = compareCanvases(env.ss, names, env.services);
  if (!out.ok) throw new Error(out.message);
  const compare = env.g.calls.total();
  env.g.calls.reset();
  const again = refreshCompare(env.ss, env.services);
  if (!again.ok) throw new Error(again.message);
  return { env, names, compare, refresh: env.g.calls.total(), sheet: again.sheet as EmuSheet };
}

describe('spreadsheet calls: at most 30 + 2 per canvas, whatever the canvases hold', () => {
  test.each([2, 10, 20])(
    '%i canvases',
    (count) => {
      const small = measured(count, 0);
      const large = measured(count, 12);
      expect(small.compare).toBeLessThanOrEqual(30 + 2 * count);
      expect(small.refresh).toBeLessThanOrEqual(30 + 2 * count);
      // What the canvases hold changes nothing.
      expect(large.compare).toBe(small.compare);
      expect(large.refresh).toBe(small.refresh);
      // Every canvas is there, with its items: stream i of a canvas earns (2 + i) × 100.
      const view = compareView(large.sheet);
      const last = large.names[count - 1];
      expect(view.value('Revenue', last)).toBe(
        Array.from({ length: 12 }, (_, i) => (2 + i) * 100).reduce((a, b) => a + b, 0),
      );
      expect(String(view.value('Key Partners', last)).split('\n')).toHaveLength(12);
    },
    120_000,
  );
});
