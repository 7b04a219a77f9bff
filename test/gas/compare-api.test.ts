import {
  compareIn,
  CompareContext,
  duplicateVariantIn,
  listCanvasesIn,
  refreshCompareIn,
} from '../../src/gas/compare-api';
import { alpha, beta, compareEnv } from './compare-env';

function context(): { env: ReturnType<typeof compareEnv>; ctx: CompareContext } {
  const env = compareEnv();
  return {
    env,
    ctx: {
      ss: env.ss,
      documentLock: () => env.g.LockService.getDocumentLock(),
      services: env.services,
      today: () => '2026-12-01',
    },
  };
}

describe('Compare server functions', () => {
  test('list the canvases, compare them, refresh, and make a variant — answers are plain data', () => {
    const { env, ctx } = context();
    env.write(alpha());
    env.write(beta());
    expect(listCanvasesIn(env.ss).map((c) => c.sheetName)).toEqual(['Alpha', 'Beta']);

    const made = compareIn(ctx, ['Beta', 'Alpha']);
    expect(made).toEqual({
      ok: true,
      sheetName: 'Compare',
      canvases: [
        { sheetName: 'Beta', missing: false },
        { sheetName: 'Alpha', missing: false },
      ],
      kept: 0,
      notices: [],
    });
    // The Compare sheet itself is not a canvas.
    expect(listCanvasesIn(env.ss).map((c) => c.sheetName)).toEqual(['Alpha', 'Beta']);
    expect(refreshCompareIn(ctx)).toEqual(made);

    expect(duplicateVariantIn(ctx, 'Alpha')).toEqual({ ok: true, sheetName: 'Alpha (variant)' });
    expect(compareIn(ctx, ['Alpha', 'Alpha (variant)']).ok).toBe(true);
  });

  test('bad requests come back as messages', () => {
    const { ctx } = context();
    expect(compareIn(ctx, 'Alpha')).toEqual({
      ok: false,
      reason: 'failed',
      message: 'Pick the canvases to compare from the list.',
    });
    expect(compareIn(ctx, ['Alpha'])).toEqual({
      ok: false,
      reason: 'failed',
      message: 'Pick 2 to 50 canvases to compare; 1 was picked.',
    });
    expect(duplicateVariantIn(ctx, 12)).toEqual({
      ok: false,
      reason: 'failed',
      message: 'Pick the canvas to duplicate.',
    });
  });

  test('a busy document is refused without a change', () => {
    const { env, ctx } = context();
    env.write(alpha());
    env.write(beta());
    const busy: CompareContext = {
      ...ctx,
      documentLock: () => ({ tryLock: () => false, releaseLock: () => undefined }),
    };
    const out = compareIn(busy, ['Alpha', 'Beta']);
    expect(out.ok).toBe(false);
    expect(env.ss.getSheetByName('Compare')).toBeNull();
  });
});
