/**
 * Spreadsheet calls per user action: small, and the same whatever the canvas holds. Canvases with
 * 0, 9 and 50 entries in every block are edited the same way and counted.
 */
import { filledCanvas } from '../../bench/filled-canvas';
import { CanvasEdit } from '../../src/core/api';
import { editCanvas, openCanvas } from '../../src/gas/sidebar-server';
import { fresh, stateOf, workbookWith } from './sidebar-fixture';

const SIZES = [0, 9, 50];

/** The spreadsheet calls each action made on a canvas with `perBlock` entries per block. */
function callsPerAction(
  perBlock: number,
  actions: Record<string, (entries: number) => CanvasEdit | 'open'>,
): Record<string, number> {
  const { ctx, globals } = workbookWith(filledCanvas(perBlock, 'Counted'));
  const counts: Record<string, number> = {};
  for (const [name, action] of Object.entries(actions)) {
    const edit = action(perBlock);
    const request = edit === 'open' ? null : fresh(ctx.ss, { sheetName: 'Counted', edit });
    globals.calls.reset();
    const result = request === null ? openCanvas(ctx, { canvas: null, activate: false }) : editCanvas(ctx, request);
    stateOf(result);
    counts[name] = globals.calls.total();
  }
  return counts;
}

const note = (block: 'keyPartners' | 'valuePropositions', i: number) => ({ text: `${block} note ${i + 1}` });

/** Actions that find room in the canvas at every size (the tall blocks and the spare cost-and-revenue row). */
const WITHOUT_GROWTH: Record<string, (n: number) => CanvasEdit | 'open'> = {
  open: () => 'open',
  'add a note': () => ({ kind: 'add', block: 'keyPartners', value: { text: 'New partner' } }),
  'link a note to a segment': (n) =>
    n === 0
      ? { kind: 'add', block: 'valuePropositions', value: { text: 'Offer' } }
      : {
          kind: 'update',
          block: 'valuePropositions',
          index: 0,
          expected: note('valuePropositions', 0),
          value: { text: 'Offer', segment: 'customerSegments note 1' },
        },
  'add another note': () => ({ kind: 'add', block: 'keyPartners', value: { text: 'Another partner' } }),
  'edit a note': (n) => ({
    kind: 'update',
    block: 'keyPartners',
    index: n,
    expected: { text: 'New partner' },
    value: { text: 'Partner, renamed' },
  }),
  'move a note': (n) => ({
    kind: 'move',
    block: 'keyPartners',
    index: n + 1,
    expected: { text: 'Another partner' },
    to: 0,
  }),
  'delete a note': () => ({ kind: 'delete', block: 'keyPartners', index: 0, expected: { text: 'Another partner' } }),
  'add a stream': () => ({
    kind: 'add',
    block: 'revenueStreams',
    value: { name: 'Added stream', type: 'subscription', price: 9, volume: 100 },
  }),
  'edit a stream': (n) => ({
    kind: 'update',
    block: 'revenueStreams',
    index: n,
    expected: { name: 'Added stream', type: 'subscription', price: 9, volume: 100 },
    value: { name: 'Added stream', type: 'subscription', price: 12, volume: 100 },
  }),
  'add a cost': () => ({
    kind: 'add',
    block: 'costStructure',
    value: { name: 'Added cost', behavior: 'fixed', amount: 100 },
  }),
  'delete a cost': (n) => ({
    kind: 'delete',
    block: 'costStructure',
    index: n,
    expected: { name: 'Added cost', behavior: 'fixed', amount: 100 },
  }),
};

test('each action takes a few spreadsheet calls, the same number at every size', () => {
  const [small, ...larger] = SIZES.map((n) => callsPerAction(n, WITHOUT_GROWTH));
  for (const counts of larger) expect(counts).toEqual(small);
  expect(small.open).toBeLessThanOrEqual(6);
  // Reads: the sheet by id, marker, named ranges, values, formulas; writes: the plain-text
  // format of the cells that take text (not when only numbers change), values, and fills (not for
  // costs); read back: values.
  for (const [name, calls] of Object.entries(small)) {
    const text = name !== 'edit a stream' && name !== 'delete a cost' ? 1 : 0;
    const fills = name.endsWith('a cost') ? 0 : 1;
    if (name !== 'open') expect({ name, calls }).toEqual({ name, calls: 7 + text + fills });
  }
});

test('growing a full block adds a bounded number of calls, the same at every size', () => {
  // At 9 and 50 entries per block Key Activities is full, and so are the blocks its rows pass through.
  const grow = {
    'add to a full block': () => ({ kind: 'add', block: 'keyActivities', value: { text: 'One more' } }) as CanvasEdit,
  };
  const [nine, fifty] = [9, 50].map((n) => callsPerAction(n, grow));
  expect(fifty).toEqual(nine);
  // One insertion, then at most a value and a fill write for each of the five blocks beside it.
  expect(nine['add to a full block']).toBeLessThanOrEqual(8 + 1 + 2 * 5);
});
