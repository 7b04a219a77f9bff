/**
 * Undo of a deletion, as the sidebar sends it: the entry added back at the place it had, in one
 * edit, with its drivers and its links, and refused when the list changed since.
 */
import { CanvasState } from '../../src/core/api';
import { Canvas, emptyCanvas } from '../../src/core/model';
import { editCanvas } from '../../src/gas/sidebar-server';
import { everything, fresh, stateOf, workbookWith } from './sidebar-fixture';

/** Three streams, the middle one linked to a segment and followed by a per-unit cost. */
function bakery(): Canvas {
  const c = emptyCanvas('Bakery');
  c.blocks.customerSegments = [{ text: 'Neighbours' }];
  c.revenueStreams = [
    { name: 'Bread', type: 'asset-sale', price: 3, volume: 1000 },
    { name: 'Cakes', type: 'asset-sale', price: 20, volume: 100, segment: 'Neighbours' },
    { name: 'Coffee', type: 'asset-sale', price: 2, volume: 500 },
  ];
  c.costs = [
    { name: 'Flour', behavior: 'variable', per: 'unit', amount: 0.5, stream: 'Bread' },
    { name: 'Cream', behavior: 'variable', per: 'unit', amount: 4, stream: 'Cakes' },
    { name: 'Rent', behavior: 'fixed', amount: 1500 },
  ];
  return c;
}

const CAKES = bakery().revenueStreams[1];

function edit(wb: ReturnType<typeof workbookWith>, change: Record<string, unknown>): CanvasState {
  return stateOf(
    editCanvas(wb.ctx, fresh(wb.ss, { sheetName: 'Bakery', edit: { block: 'revenueStreams', ...change } })),
  );
}

test('a stream deleted and put back at its place has its drivers, its segment and the cost that follows it', () => {
  const wb = workbookWith(bakery());
  const before = edit(wb, { kind: 'move', index: 0, expected: bakery().revenueStreams[0], to: 0 });
  const deleted = edit(wb, { kind: 'delete', index: 1, expected: CAKES });
  expect(deleted.canvas.revenueStreams.map((s) => s.name)).toEqual(['Bread', 'Coffee']);
  // 3 000 + 1 000 − 500 − 1 500; the cream cost follows no stream while Cakes is gone.
  expect(deleted.kpis.profit).toBeCloseTo(2000, 9);
  const undone = edit(wb, { kind: 'add', value: CAKES, at: 1 });
  expect(undone.canvas.revenueStreams).toEqual(bakery().revenueStreams);
  expect(undone.canvas.costs).toEqual(bakery().costs);
  // 3 000 + 2 000 + 1 000 − 500 − 400 − 1 500.
  expect(undone.kpis.profit).toBeCloseTo(3600, 9);
  expect(undone.kpis).toEqual(before.kpis);
});

test('a note put back into a block with no free row gets a new row and keeps the order', () => {
  const c = emptyCanvas('Bakery');
  const notes = ['Ovens', 'Recipes', 'Staff', 'Shop', 'Van'].map((text) => ({ text }));
  c.blocks.keyResources = notes;
  const wb = workbookWith(c);
  const change = (x: Record<string, unknown>) =>
    stateOf(editCanvas(wb.ctx, fresh(wb.ss, { sheetName: 'Bakery', edit: { block: 'keyResources', ...x } })));
  change({ kind: 'delete', index: 1, expected: notes[1] });
  // The block's rows fill up again before the deletion is undone.
  change({ kind: 'add', value: { text: 'Website' } });
  const undone = change({ kind: 'add', value: notes[1], at: 1 });
  expect(undone.canvas.blocks.keyResources.map((n) => n.text)).toEqual([
    'Ovens',
    'Recipes',
    'Staff',
    'Shop',
    'Van',
    'Website',
  ]);
});

test('put back after the list changed on the sheet, or past its end: refused, nothing written', () => {
  const wb = workbookWith(bakery());
  const deleted = edit(wb, { kind: 'delete', index: 1, expected: CAKES });
  edit(wb, { kind: 'delete', index: 0, expected: bakery().revenueStreams[0] });
  const before = everything(wb.ss);
  const stale = editCanvas(wb.ctx, {
    canvas: { sheetId: deleted.sheetId, prefix: deleted.prefix, sheetName: deleted.sheetName },
    version: deleted.versions.revenueStreams,
    edit: { kind: 'add', block: 'revenueStreams', value: CAKES, at: 1 },
  });
  expect(stale).toEqual({
    ok: false,
    reason: 'conflict',
    message:
      'Revenue Streams was changed on the sheet since the deletion, so the stream "Cakes" was not put back. The sidebar now shows the sheet as it is; add it again if you still want it.',
    state: expect.anything(),
  });
  const outside = editCanvas(
    wb.ctx,
    fresh(wb.ss, { sheetName: 'Bakery', edit: { kind: 'add', block: 'revenueStreams', value: CAKES, at: 5 } }),
  );
  expect(outside).toEqual({
    ok: false,
    reason: 'invalid',
    messages: [{ field: 'edit.at', message: 'Position 6 is outside the list, which has 1 entry.' }],
  });
  expect(everything(wb.ss)).toEqual(before);
});
