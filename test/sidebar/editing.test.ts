import type { Item } from '../../src/core/model';
import { followEditing } from '../../sidebar/editing';

const a: Item = { text: 'Students' };
const b: Item = { text: 'Parents', category: 'Niche' };
const c: Item = { text: 'Teachers' };

describe('following the entry being edited', () => {
  test('an entry that did not change stays where it is, with nothing to say', () => {
    expect(followEditing({ index: 1, expected: b }, [a, b, c], false)).toEqual({
      editing: { index: 1, expected: b },
      notice: null,
    });
  });

  test('the same entry, fields in another order, is the same entry', () => {
    const reordered: Item = { category: 'Niche', text: 'Parents' };
    expect(followEditing({ index: 1, expected: b }, [a, reordered], false).notice).toBeNull();
  });

  test('an entry that only moved (a row was added above it) is followed to its new place', () => {
    expect(followEditing({ index: 1, expected: b }, [c, a, b], false)).toEqual({
      editing: { index: 2, expected: b },
      notice: null,
    });
  });

  test('an entry that is gone ends the editing, and says what happens to what was typed', () => {
    expect(followEditing({ index: 2, expected: c }, [a, b], false)).toEqual({
      editing: null,
      notice: '"Teachers" is no longer on the sheet. What you typed is still in the form, to add it as a new entry.',
    });
  });

  test('an entry changed on the sheet keeps the version the user started from, and says what it reads now', () => {
    const changed: Item = { text: 'Young parents', category: 'Niche' };
    expect(followEditing({ index: 1, expected: b }, [a, changed], false)).toEqual({
      editing: { index: 1, expected: b },
      notice: '"Parents" was changed on the sheet while you were editing it; it now reads "Young parents".',
    });
  });

  test("once the server has reported that change, the sheet's version becomes the one to replace", () => {
    const changed: Item = { text: 'Young parents', category: 'Niche' };
    expect(followEditing({ index: 1, expected: b }, [a, changed], true)).toEqual({
      editing: { index: 1, expected: changed },
      notice: null,
    });
  });
});
