/**
 * "Add to this canvas" previews what a template would add and adds only the parts chosen (the
 * pattern check, the notes, the streams, the costs); one Undo takes all of it back.
 */
import { AddTemplateResult } from '../../src/core/api';
import { Canvas, emptyCanvas } from '../../src/core/model';
import { metadataOf, readCanvas } from '../../src/gas/canvas-sheet';
import { addTemplateToCanvasIn, undoTemplateAdditionIn } from '../../src/gas/templates-api';
import { everything, refTo, stateOf, workbookWith } from './sidebar-fixture';

const ALL_OFF = { patternCheck: false, notes: false, streams: false, costs: false };

function added(result: AddTemplateResult) {
  if (result.ok) return result;
  throw new Error(`Expected the template added, got ${JSON.stringify(result)}`);
}

/** What a canvas holds that a template can add to. */
const entriesOf = (c: Canvas) => ({ blocks: c.blocks, revenueStreams: c.revenueStreams, costs: c.costs });

function mine() {
  const c = emptyCanvas('Mine');
  c.blocks.customerSegments = [{ text: 'Casual photographers' }];
  c.revenueStreams = [{ name: 'Prints', type: 'asset-sale', price: 8, volume: 50 }];
  return c;
}

/** The photo-sharing template's `parts` added to a fresh canvas "Mine", with the workbook as it was before. */
function photoSharingOn(parts: typeof ALL_OFF) {
  const wb = workbookWith(mine());
  const canvas = refTo(wb.ss, 'Mine');
  const before = everything(wb.ss);
  const result = added(addTemplateToCanvasIn(wb.ctx, { canvas, id: 'free-photo-sharing', parts }));
  return { wb, canvas, before, result };
}

test('a preview says what each part would add and writes nothing', () => {
  const wb = workbookWith(mine());
  const before = everything(wb.ss);
  const result = added(
    addTemplateToCanvasIn(wb.ctx, { canvas: refTo(wb.ss, 'Mine'), id: 'free-photo-sharing', mode: 'preview' }),
  );
  expect(everything(wb.ss)).toEqual(before);
  expect(result.undo).toBeNull();
  // The segment the canvas has already is not offered again.
  expect(result.offer.notes).not.toContain('Customer Segments: Casual photographers');
  expect(result.offer.notes).toContain('Customer Segments: Enthusiast photographers');
  expect(result.offer.streams).toEqual(['Revenue Streams: Free plan', 'Revenue Streams: Pro plan']);
  expect(result.offer.costs.length).toBeGreaterThan(0);
  expect(result.offer.patternCheck).toBe('Pattern check: FREE, freemium');
  expect(result.offer.noPatternCheck).toBe('');
});

test('only the streams, when only they are chosen; Undo takes them back and the canvas is as it was', () => {
  const { wb, canvas, before, result } = photoSharingOn({ ...ALL_OFF, streams: true });
  expect(result.added).toEqual(['Revenue Streams: Free plan', 'Revenue Streams: Pro plan']);
  expect(result.state.canvas.revenueStreams.map((s) => s.name)).toEqual(['Prints', 'Free plan', 'Pro plan']);
  // Without the notes, no new segment: a stream follows the segment the canvas has, or none.
  expect(result.state.canvas.revenueStreams.map((s) => s.segment)).toEqual([
    undefined,
    'Casual photographers',
    undefined,
  ]);
  expect(result.state.canvas.blocks.customerSegments).toEqual([{ text: 'Casual photographers' }]);
  expect(result.offer.streams).toEqual([]);
  const undone = stateOf(undoTemplateAdditionIn(wb.ctx, { canvas, undo: result.undo }));
  expect(entriesOf(undone.canvas)).toEqual(entriesOf(mine()));
  expect(everything(wb.ss)).toEqual(before);
});

test('the pattern check alone goes beside the panel, live; Undo takes it away with its names', () => {
  const { wb, canvas, before, result } = photoSharingOn({ ...ALL_OFF, patternCheck: true });
  expect(result.added).toEqual(['Pattern check: FREE, freemium']);
  expect(result.state.canvas.revenueStreams.map((s) => s.name)).toEqual(['Prints']);
  expect(metadataOf(wb.sheet).patternCheck).not.toBeNull();
  expect(wb.ss.getRangeByName('Mine_CheckResult')?.getValue()).toMatch(/^(PASS|FAIL|n\/a)$/);
  const read = readCanvas(wb.sheet);
  expect(read.ok && read.canvas.patternCheck?.kind).toBe('freemium');
  expect(result.offer.patternCheck).toBeNull();
  expect(result.offer.noPatternCheck).toBe('This canvas already has a pattern check: one canvas holds one.');

  stateOf(undoTemplateAdditionIn(wb.ctx, { canvas, undo: result.undo }));
  expect(metadataOf(wb.sheet).patternCheck).toBeNull();
  expect(everything(wb.ss)).toEqual(before);
});

test('everything at once, then one Undo; an entry changed meanwhile stops the Undo, writing nothing', () => {
  const wb = workbookWith(mine());
  const canvas = refTo(wb.ss, 'Mine');
  const before = everything(wb.ss);
  const all = { patternCheck: true, notes: true, streams: true, costs: true };
  const result = added(addTemplateToCanvasIn(wb.ctx, { canvas, id: 'free-photo-sharing', parts: all }));
  expect(result.added.at(-1)).toBe('Pattern check: FREE, freemium');
  expect(result.offer).toEqual({
    notes: [],
    streams: [],
    costs: [],
    patternCheck: null,
    noPatternCheck: expect.any(String),
  });
  expect(entriesOf(stateOf(undoTemplateAdditionIn(wb.ctx, { canvas, undo: result.undo })).canvas)).toEqual(
    entriesOf(mine()),
  );
  expect(everything(wb.ss)).toEqual(before);

  const again = added(addTemplateToCanvasIn(wb.ctx, { canvas, id: 'free-photo-sharing', parts: all }));
  const changed = { ...again.undo!, streams: [{ ...again.undo!.streams[0], price: 1 }] };
  const held = everything(wb.ss);
  expect(undoTemplateAdditionIn(wb.ctx, { canvas, undo: changed })).toEqual({
    ok: false,
    reason: 'failed',
    message:
      '"Free plan" was changed or removed on the sheet since the template was added, so nothing was taken back. Delete what you no longer want one by one.',
  });
  expect(everything(wb.ss)).toEqual(held);
});
