import fc from 'fast-check';
import { followedFormula, CellRect, Followed } from '../../../src/core/edit/references';
import { Follow, followEntries, followInsertion } from '../../../src/core/edit/row-moves';

/** Rows at or below 22 move down three. */
const down3 = (rect: CellRect): Followed => ({
  rect: {
    ...rect,
    top: rect.top >= 22 ? rect.top + 3 : rect.top,
    bottom: rect.bottom >= 22 ? rect.bottom + 3 : rect.bottom,
  },
});
const shifted = (formula: string) => {
  const f = followedFormula(formula, 'Corner Coffee', down3);
  if (!f.ok) throw new Error(`lost ${f.reference}`);
  return f.formula;
};

describe('references in formula text', () => {
  test.each([
    ['=K22*2', '=K25*2'],
    ['=$K$22+K$22+$K22+k22', '=$K$25+K$25+$K25+K25'],
    ['=SUM(K20:K23)', '=SUM(K20:K26)'],
    ['=SUM($K$23:$L$30)', '=SUM($K$26:$L$33)'],
    ["='Corner Coffee'!K22+'corner coffee'!K23", "='Corner Coffee'!K25+'corner coffee'!K26"],
    ["='Other sheet'!K22+Sheet2!K22", "='Other sheet'!K22+Sheet2!K22"],
    ['="K22"&K22', '="K22"&K25'],
    ['=LOG10(K30)+1E22+Test_Revenue+K:K', '=LOG10(K33)+1E22+Test_Revenue+K:K'],
    ['=IF(K22>0;ROUND(K22*1,5;0);"a; K22")', '=IF(K25>0;ROUND(K25*1,5;0);"a; K22")'],
    ['=K21', '=K21'],
  ])('%s → %s', (before, after) => {
    expect(shifted(before)).toBe(after);
  });

  test('a formula with nothing to move comes back character for character', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const f = followedFormula(`=${text}`, 'S', (rect) => ({ rect }));
        expect(f).toEqual({ ok: true, formula: `=${text}` });
      }),
      { numRuns: 300 },
    );
  });
});

describe('rows going in', () => {
  const follow = followInsertion({ at: 10, count: 2, formatsFrom: 'above' });
  test('move what is at or below them and stretch a range they land inside', () => {
    expect(follow({ top: 9, bottom: 9, left: 1, right: 1 })).toEqual({
      rect: { top: 9, bottom: 9, left: 1, right: 1 },
    });
    expect(follow({ top: 10, bottom: 12, left: 1, right: 1 })).toEqual({
      rect: { top: 12, bottom: 14, left: 1, right: 1 },
    });
    expect(follow({ top: 5, bottom: 10, left: 1, right: 1 })).toEqual({
      rect: { top: 5, bottom: 12, left: 1, right: 1 },
    });
  });
});

/** The rule for an edit that moves entries (the tests' edits all do). */
function followOf(...args: Parameters<typeof followEntries>): Follow {
  const follow = followEntries(...args);
  if (follow === null) throw new Error('No entry moves');
  return follow;
}

describe('entries of a list moving', () => {
  // A list of streams in rows 22–26 (H–O) holding four entries; the first is deleted.
  const deleteFirst = followOf(
    { block: 'revenueStreams', entries: [0, 1, 2, 3], from: [1, 2, 3, null, null] },
    (i) => 22 + i,
    22,
  );
  const price = (top: number, bottom = top) => ({ top, bottom, left: 11, right: 11 });

  test('a reference to an entry follows it; one to the deleted entry is lost', () => {
    expect(deleteFirst(price(24))).toEqual({ rect: price(23) });
    expect(deleteFirst(price(22))).toEqual({ lost: 'deleted' });
  });
  test('a range keeps its entries: it shrinks by the deleted one, and over the whole list it stays', () => {
    expect(deleteFirst(price(22, 24))).toEqual({ rect: price(22, 23) });
    expect(deleteFirst(price(23, 25))).toEqual({ rect: price(22, 24) });
    expect(deleteFirst(price(22, 26))).toEqual({ rect: price(22, 26) });
    expect(deleteFirst(price(20, 40))).toEqual({ rect: price(20, 40) });
  });
  test('cells beside the list, and empty rows of it, do not move', () => {
    expect(deleteFirst({ top: 23, bottom: 23, left: 4, right: 4 })).toEqual({
      rect: { top: 23, bottom: 23, left: 4, right: 4 },
    });
    expect(deleteFirst(price(26))).toEqual({ rect: price(26) });
  });
  test('a range the edit pulls apart is lost', () => {
    // The first entry moves to the third place.
    const move = followOf(
      { block: 'revenueStreams', entries: [0, 1, 2, 3], from: [1, 2, 0, 3, null] },
      (i) => 22 + i,
      22,
    );
    expect(move(price(22))).toEqual({ rect: price(24) });
    expect(move(price(22, 23))).toEqual({ lost: 'split' });
    expect(move(price(22, 24))).toEqual({ rect: price(22, 24) });
    expect(move({ top: 22, bottom: 22, left: 4, right: 11 })).toEqual({ lost: 'split' });
  });
  test('an edit that moves no entry moves nothing', () => {
    expect(followEntries({ block: 'keyPartners', entries: [0, 1], from: [0, 1, 2] }, (i) => 6 + i, 6)).toBeNull();
  });
});
