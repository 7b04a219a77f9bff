import { emptyCanvas, NOTE_BLOCK_IDS } from '../../src/core/model';

test('an empty canvas has every note block and no finance rows', () => {
  const c = emptyCanvas('Acme');
  expect(Object.keys(c.blocks).sort()).toEqual([...NOTE_BLOCK_IDS].sort());
  expect(c.revenueStreams).toEqual([]);
  expect(c.costs).toEqual([]);
});
