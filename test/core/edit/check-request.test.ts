import { CanvasEdit } from '../../../src/core/api';
import { canvasFromDocument } from '../../../src/core/canvas-json';
import { assertEditRequest, assertOpenRequest, RequestError } from '../../../src/core/edit/check-request';
import { LIMITS } from '../../../src/core/rules/limits';

/** The fields a request is refused for, or [] when it passes. */
function refused(check: (x: unknown) => void, request: unknown): string[] {
  try {
    check(request);
    return [];
  } catch (err) {
    if (err instanceof RequestError) return err.messages.map((m) => m.field);
    throw err;
  }
}

const edit = (e: unknown) => ({
  canvas: { sheetId: 3, prefix: 'Canvas', sheetName: 'Canvas' },
  version: '1-abc',
  edit: e,
});

test('well-formed edits of every kind and list pass', () => {
  const good: CanvasEdit[] = [
    { kind: 'add', block: 'keyPartners', value: { text: 'Roaster', category: 'Coopetition' } },
    { kind: 'add', block: 'valuePropositions', value: { text: 'Fast', segment: 'Commuters' } },
    { kind: 'update', block: 'customerSegments', index: 0, expected: { text: 'A' }, value: { text: 'B' } },
    { kind: 'delete', block: 'channels', index: 3, expected: { text: 'x' } },
    { kind: 'move', block: 'keyActivities', index: 1, expected: { text: 'x' }, to: 0 },
    { kind: 'add', block: 'revenueStreams', value: { name: 'Tea', type: 'subscription', price: null, volume: 0 } },
    { kind: 'add', block: 'costStructure', value: { name: 'Rent', behavior: 'fixed', amount: 3000 } },
    {
      kind: 'add',
      block: 'costStructure',
      value: { name: 'Beans', behavior: 'variable', per: 'unit', amount: 1.5, stream: 'Tea' },
    },
    { kind: 'add', block: 'costStructure', value: { name: 'Fees', behavior: 'variable', per: 'revenue', amount: 1 } },
  ];
  for (const e of good) expect(refused(assertEditRequest, edit(e))).toEqual([]);
});

test('every bad field is named at once', () => {
  expect(
    refused(
      assertEditRequest,
      edit({ kind: 'add', block: 'revenueStreams', value: { name: '', type: 'rent', price: -1, volume: 'many' } }),
    ),
    // The type first: it decides what the price means.
  ).toEqual(['edit.value.type', 'edit.value.name', 'edit.value.price', 'edit.value.volume']);
});

test('a cost carries only the fields of its behaviour, and a share stays within 0..1', () => {
  expect(
    refused(
      assertEditRequest,
      edit({
        kind: 'add',
        block: 'costStructure',
        value: { name: 'Rent', behavior: 'fixed', amount: 1, stream: 'Tea' },
      }),
    ),
  ).toEqual(['edit.value.stream']);
  expect(
    refused(
      assertEditRequest,
      edit({
        kind: 'add',
        block: 'costStructure',
        value: { name: 'Fees', behavior: 'variable', per: 'revenue', amount: 1.01 },
      }),
    ),
  ).toEqual(['edit.value.amount']);
  expect(
    refused(
      assertEditRequest,
      edit({
        kind: 'add',
        block: 'costStructure',
        value: { name: 'Fees', behavior: 'variable', per: 'month', amount: 1 },
      }),
    ),
  ).toEqual(['edit.value.per']);
});

test('a note is text of at most 1000 characters; numbers and missing text are refused', () => {
  expect(
    refused(assertEditRequest, edit({ kind: 'add', block: 'keyPartners', value: { text: 'x'.repeat(1000) } })),
  ).toEqual([]);
  expect(
    refused(assertEditRequest, edit({ kind: 'add', block: 'keyPartners', value: { text: 'x'.repeat(1001) } })),
  ).toEqual(['edit.value.text']);
  expect(refused(assertEditRequest, edit({ kind: 'add', block: 'keyPartners', value: { text: 42 } }))).toEqual([
    'edit.value.text',
  ]);
  expect(refused(assertEditRequest, edit({ kind: 'add', block: 'keyPartners', value: {} }))).toEqual([
    'edit.value.text',
  ]);
});

test('a note is held to the same limits as a JSON import: a 60,000-character note and a customer segment linked to a segment are refused', () => {
  const json = canvasFromDocument({ name: 'X', blocks: { keyPartners: ['x'.repeat(60000)] } });
  expect(json).toEqual({
    ok: false,
    problems: [`blocks.keyPartners[0]: expected text of at most ${LIMITS.textLength} characters, got 60000 characters`],
  });
  try {
    assertEditRequest(edit({ kind: 'add', block: 'keyPartners', value: { text: 'x'.repeat(60000) } }));
    throw new Error('not refused');
  } catch (err) {
    expect((err as RequestError).messages).toEqual([
      {
        field: 'edit.value.text',
        message: `expected text of at most ${LIMITS.textLength} characters, got 60000 characters`,
      },
    ]);
  }
  expect(
    refused(assertEditRequest, edit({ kind: 'add', block: 'customerSegments', value: { text: 'A', segment: 'B' } })),
  ).toEqual(['edit.value.segment']);
});

test('positions are whole numbers from 0; the entry as last seen must come along', () => {
  expect(
    refused(
      assertEditRequest,
      edit({ kind: 'move', block: 'keyPartners', index: 1.5, expected: { text: 'x' }, to: -1 }),
    ),
  ).toEqual(['edit.index', 'edit.to']);
  expect(refused(assertEditRequest, edit({ kind: 'delete', block: 'keyPartners', index: 0 }))).toEqual([
    'edit.expected',
  ]);
  expect(
    refused(assertEditRequest, edit({ kind: 'delete', block: 'revenueStreams', index: 0, expected: { text: 'Tea' } })),
  ).toEqual(['edit.expected.name']);
});

test('messages say what was expected and what came, in words', () => {
  try {
    assertEditRequest(
      edit({
        kind: 'add',
        block: 'revenueStreams',
        value: { name: 'Tea', type: 'subscription', price: 'ten', volume: 1 },
      }),
    );
    throw new Error('not refused');
  } catch (err) {
    // The same words as a JSON import's: "revenueStreams[0].price: expected a number between 0 and 1,000,000,000,000, got "ten"".
    expect((err as RequestError).messages).toEqual([
      { field: 'edit.value.price', message: 'expected a number between 0 and 1,000,000,000,000, got "ten"' },
    ]);
  }
});

test('an open request names a sheet or none, and says whether to follow the active sheet', () => {
  expect(refused(assertOpenRequest, { canvas: null, activate: false })).toEqual([]);
  const canvas = { sheetId: 3, prefix: 'Canvas', sheetName: 'Canvas' };
  expect(refused(assertOpenRequest, { canvas, activate: true })).toEqual([]);
  expect(refused(assertOpenRequest, { canvas: 'Canvas', activate: 'yes' })).toEqual(['canvas', 'activate']);
  expect(refused(assertOpenRequest, { canvas: { ...canvas, sheetId: -1 }, activate: false })).toEqual([
    'canvas.sheetId',
  ]);
});
