import fc from 'fast-check';
import { CanvasEdit } from '../../../src/core/api';
import { entriesOf } from '../../../src/core/edit/edit-step';
import { planEdit } from '../../../src/core/edit/plan-edit';
import { BlockId, Canvas, emptyCanvas } from '../../../src/core/model';
import { carryOut, laidOut, readBack, startOf } from './canvas-grid';

/** The lists the sequences edit: a tall, an upper and a lower note block, segments, streams, costs. */
const BLOCKS: BlockId[] = [
  'keyPartners',
  'keyActivities',
  'channels',
  'customerSegments',
  'revenueStreams',
  'costStructure',
];

interface Step {
  block: BlockId;
  kind: 'add' | 'update' | 'delete' | 'move';
  pick: number;
  to: number;
}

const step = fc.record({
  block: fc.constantFrom(...BLOCKS),
  // Adds are the likeliest, so blocks fill up and grow.
  kind: fc.constantFrom('add', 'add', 'add', 'update', 'delete', 'move') as fc.Arbitrary<Step['kind']>,
  pick: fc.nat(),
  to: fc.nat(),
});

let serial = 0;

function newEntry(block: BlockId) {
  serial += 1;
  if (block === 'revenueStreams')
    return { name: `Stream ${serial}`, type: 'usage-fee' as const, price: serial, volume: 2 };
  if (block === 'costStructure') return { name: `Cost ${serial}`, behavior: 'fixed' as const, amount: serial };
  return { text: `Note ${serial}` };
}

/** The edit a step stands for on the canvas as it is, or null when the list is empty. */
function editFor(s: Step, canvas: Canvas): CanvasEdit | null {
  const entries = entriesOf(canvas, s.block);
  if (s.kind === 'add') return { kind: 'add', block: s.block, value: newEntry(s.block) } as CanvasEdit;
  if (entries.length === 0) return null;
  const index = s.pick % entries.length;
  const expected = entries[index];
  if (s.kind === 'update')
    return { kind: 'update', block: s.block, index, expected, value: newEntry(s.block) } as CanvasEdit;
  if (s.kind === 'delete') return { kind: 'delete', block: s.block, index, expected } as CanvasEdit;
  return { kind: 'move', block: s.block, index, expected, to: s.to % entries.length } as CanvasEdit;
}

/** The same edit on a plain list: what the canvas should read afterwards. */
function applied<T>(list: readonly T[], edit: CanvasEdit): T[] {
  const out = list.slice();
  if (edit.kind === 'add') out.push(edit.value as T);
  else if (edit.kind === 'update') out[edit.index] = edit.value as T;
  else if (edit.kind === 'delete') out.splice(edit.index, 1);
  else out.splice(edit.to, 0, ...out.splice(edit.index, 1));
  return out;
}

/** The canvas with the edit made on its plain lists. */
function editedCanvas(canvas: Canvas, edit: CanvasEdit): Canvas {
  const next: Canvas = structuredClone(canvas);
  if (edit.block === 'revenueStreams') next.revenueStreams = applied(canvas.revenueStreams, edit);
  else if (edit.block === 'costStructure') next.costs = applied(canvas.costs, edit);
  else next.blocks[edit.block] = applied(canvas.blocks[edit.block], edit);
  return next;
}

test('any sequence of edits leaves the sheet reading back as the same edits on plain lists', () => {
  let growths = 0;
  fc.assert(
    // Half the steps go to one block per run, so that block fills up and grows.
    fc.property(
      fc.constantFrom(...BLOCKS),
      fc.array(fc.tuple(step, fc.boolean()), { minLength: 20, maxLength: 60 }),
      (focus, draws) => {
        const steps = draws.map(([s, focused]) => (focused ? { ...s, block: focus } : s));
        const sheet = laidOut(emptyCanvas('Sequences'));
        let expected = readBack(sheet).canvas;
        for (const s of steps) {
          const edit = editFor(s, expected);
          if (edit === null) continue;
          const decision = planEdit(startOf(sheet), [edit]);
          if (!decision.ok) throw new Error(`Refused: ${JSON.stringify(decision)}`);
          if (decision.plan.insertions.length > 0) growths += 1;
          carryOut(sheet, decision.plan);
          expected = editedCanvas(expected, edit);
          expect(readBack(sheet).canvas).toEqual(expected);
        }
      },
    ),
    { numRuns: 25 },
  );
  // The sequences must have made blocks grow, or the property says nothing about growth.
  expect(growths).toBeGreaterThan(10);
});

test('any sequence of edits planned as one batch leaves the sheet as the same edits made one by one', () => {
  let growths = 0;
  fc.assert(
    fc.property(
      fc.constantFrom(...BLOCKS),
      fc.array(fc.tuple(step, fc.boolean()), { minLength: 30, maxLength: 80 }),
      (focus, draws) => {
        const steps = draws.map(([s, focused]) => (focused ? { ...s, block: focus } : s));
        const sheet = laidOut(emptyCanvas('Batch'));
        let expected = readBack(sheet).canvas;
        const edits: CanvasEdit[] = [];
        for (const s of steps) {
          const edit = editFor(s, expected);
          if (edit === null) continue;
          edits.push(edit);
          expected = editedCanvas(expected, edit);
        }
        const decision = planEdit(startOf(sheet), edits);
        if (!decision.ok) throw new Error(`Refused: ${JSON.stringify(decision)}`);
        if (decision.plan.insertions.length > 0) growths += 1;
        carryOut(sheet, decision.plan);
        expect(readBack(sheet).canvas).toEqual(expected);
        // The named ranges the plan says the rows leave are where they are.
        expect(decision.namedRanges).toEqual(sheet.namedRanges);
      },
    ),
    { numRuns: 40 },
  );
  expect(growths).toBeGreaterThan(5);
});
