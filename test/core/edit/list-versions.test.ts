import { CanvasEdit } from '../../../src/core/api';
import { listVersion, staleEdit } from '../../../src/core/edit/list-versions';
import { emptyCanvas } from '../../../src/core/model';

function partners(...texts: string[]) {
  const c = emptyCanvas('Acme');
  c.blocks.keyPartners = texts.map((text) => ({ text }));
  return c;
}

const deleteFirst: CanvasEdit = { kind: 'delete', block: 'keyPartners', index: 0, expected: { text: 'Roaster' } };

test('a list keeps its version while it holds the same entries in the same order', () => {
  expect(listVersion(partners('Roaster', 'Bakery'), 'keyPartners')).toBe(
    listVersion(partners('Roaster', 'Bakery'), 'keyPartners'),
  );
  const versions = new Set(
    [
      partners('Roaster', 'Bakery'),
      partners('Bakery', 'Roaster'),
      partners('Roaster'),
      partners('Roaster', 'Bakery '),
    ].map((c) => listVersion(c, 'keyPartners')),
  );
  expect(versions.size).toBe(4);
});

test('deleting one of two notes with the same text from a stale list is a conflict, not the other one deleted', () => {
  // The sidebar saw Roaster, Bakery, Roaster; on the sheet the first Roaster was deleted since.
  const seen = listVersion(partners('Roaster', 'Bakery', 'Roaster'), 'keyPartners');
  const refusal = staleEdit(partners('Bakery', 'Roaster'), deleteFirst, seen);
  expect(refusal).toEqual({
    ok: false,
    reason: 'conflict',
    message: expect.stringContaining('Key Partners was changed on the sheet'),
  });
  // [Roaster, Roaster] with the first deleted on the sheet: the one left is at the same place with the same text.
  const twins = listVersion(partners('Roaster', 'Roaster'), 'keyPartners');
  expect(staleEdit(partners('Roaster'), deleteFirst, twins)?.reason).toBe('conflict');
});

test('an edit of the list as it is, or an addition, goes ahead', () => {
  const now = partners('Roaster', 'Bakery');
  expect(staleEdit(now, deleteFirst, listVersion(now, 'keyPartners'))).toBeNull();
  expect(staleEdit(now, { kind: 'add', block: 'keyPartners', value: { text: 'Mill' } }, 'old')).toBeNull();
});
