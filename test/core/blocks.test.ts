import { BLOCKS, blockInfo, blocksInGuidedOrder, LICENCE_LINE } from '../../src/core/blocks';

describe('the blocks catalogue', () => {
  test('holds the nine blocks once each, with unique codes', () => {
    expect(BLOCKS).toHaveLength(9);
    expect(new Set(BLOCKS.map((b) => b.id)).size).toBe(9);
    expect(new Set(BLOCKS.map((b) => b.code)).size).toBe(9);
  });

  test.each(BLOCKS.map((b) => [b.title, b] as const))('%s is complete', (_title, b) => {
    expect(b.title).toMatch(/^[A-Z][a-z]+( [A-Z][a-z]+)?$/);
    expect(b.code).toMatch(/^[A-Z]{2}$/);
    expect(b.hint.length).toBeGreaterThan(20);
    expect(b.hint.length).toBeLessThanOrEqual(80);
    expect(b.description.length).toBeGreaterThan(60);
    expect(b.questions.length).toBeGreaterThanOrEqual(2);
    for (const q of b.questions) expect(q).toMatch(/\?$/);
    expect(b.categories.length).toBeGreaterThanOrEqual(3);
    expect(new Set(b.categories).size).toBe(b.categories.length);
    expect(b.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  test('guided entry follows the order the book tells a model in', () => {
    expect(blocksInGuidedOrder().map((b) => b.code)).toEqual(['CS', 'VP', 'CH', 'CR', 'RS', 'KR', 'KA', 'KP', 'CO']);
  });

  test('carries the canvas questions as they stand on the canvas', () => {
    expect(blockInfo('customerSegments').questions).toEqual([
      'For whom are we creating value?',
      'Who are our most important customers?',
    ]);
    expect(blockInfo('keyPartners').questions[0]).toBe('Who are our Key Partners?');
  });

  test('has the licence line word for word', () => {
    expect(LICENCE_LINE).toBe(
      'The Business Model Canvas is by Strategyzer AG (strategyzer.com) and is licensed CC BY-SA 3.0.',
    );
  });

  test('an unknown block id is a programming error', () => {
    expect(() => blockInfo('nope' as never)).toThrow('Unknown block nope');
  });
});
