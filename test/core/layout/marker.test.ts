/**
 * The canvas marker says which layout a sheet was made with: this version reads its own layout
 * and refuses an earlier or later one with a message, so no figure is ever read from the wrong cell.
 */
import { LAYOUT_VERSION } from '../../../src/core/layout/canvas-layout';
import { parseMarker } from '../../../src/core/layout/read-canvas';

const marker = (version: number) => JSON.stringify({ version, prefix: 'Acme' });

test('a canvas of this layout is read with its prefix', () => {
  expect(parseMarker(() => 'Acme', marker(LAYOUT_VERSION))).toEqual({ version: LAYOUT_VERSION, prefix: 'Acme' });
});

test('a canvas of the earlier layout is refused, saying nothing on it was touched and what to do', () => {
  const answer = parseMarker(() => 'Acme', marker(1));
  expect(answer).toBe(
    'The canvas "Acme" was made by an earlier version of the add-on (layout 1), whose financial model sits in other cells, so it cannot be read or changed safely and nothing on it was touched. Make a new canvas and copy its notes and drivers across.',
  );
});

test('a canvas of a later layout asks for the add-on to be updated', () => {
  expect(parseMarker(() => 'Acme', marker(LAYOUT_VERSION + 1))).toMatch(/newer version of the add-on \(layout 3\)/);
});
