/**
 * Random sequences of sidebar edits, hand edits and tab switches on a workbook with up to two
 * canvases, checked step by step against a reference model (the texts of each list of each
 * canvas): every canvas reads back as its model says, and a step leaves every other sheet as it was.
 */
import fc from 'fast-check';
import { CanvasRef } from '../../src/core/api';
import { listVersion } from '../../src/core/edit/list-versions';
import { BlockId, Canvas, emptyCanvas, RevenueStream } from '../../src/core/model';
import { readCanvas, writeNewCanvas } from '../../src/gas/canvas-sheet';
import { editCanvas, openCanvas } from '../../src/gas/sidebar-server';
import { editCell, EmuSheet } from '../../src/local/emulator';
import { refTo, stateOf, Workbook, workbookWith } from './sidebar-fixture';

type ListId = 'keyPartners' | 'customerSegments' | 'revenueStreams';
const LISTS: ListId[] = ['keyPartners', 'customerSegments', 'revenueStreams'];
/** The named range of each note block, after the canvas's prefix. */
const RANGE: Record<'keyPartners' | 'customerSegments', string> = { keyPartners: 'KP', customerSegments: 'CS' };

type Model = Record<ListId, string[]>;

type Step =
  | { kind: 'add'; list: ListId }
  | { kind: 'update' | 'delete'; list: ListId; pick: number }
  | { kind: 'move'; list: ListId; pick: number; to: number }
  | { kind: 'type'; list: 'keyPartners' | 'customerSegments' }
  | { kind: 'tab' }
  | { kind: 'open' };

const list = fc.constantFrom(...LISTS);
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('add' as const), list }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constantFrom('update' as const, 'delete' as const), list, pick: fc.nat() }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('move' as const), list, pick: fc.nat(), to: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('type' as const),
      list: fc.constantFrom('keyPartners', 'customerSegments'),
    }),
  } as { weight: number; arbitrary: fc.Arbitrary<Step> },
  { weight: 1, arbitrary: fc.constant({ kind: 'tab' } as Step) },
  { weight: 1, arbitrary: fc.constant({ kind: 'open' } as Step) },
);

const stream = (name: string): RevenueStream => ({ name, type: 'asset-sale', price: 2, volume: 10 });
const entry = (l: ListId, text: string) => (l === 'revenueStreams' ? stream(text) : { text });

function seen(c: Canvas): Model {
  return {
    keyPartners: c.blocks.keyPartners.map((i) => i.text),
    customerSegments: c.blocks.customerSegments.map((i) => i.text),
    revenueStreams: c.revenueStreams.map((s) => s.name),
  };
}

function start(name: string): Canvas {
  const c = emptyCanvas(name);
  c.blocks.keyPartners = [{ text: `${name} partner` }];
  c.revenueStreams = [stream(`${name} sales`)];
  return c;
}

/** The workbook, the models of its canvases by sheet id, and the canvas the sidebar shows. */
interface World {
  wb: Workbook;
  models: Map<number, Model>;
  shown: CanvasRef;
  made: number;
}

function sheetOf(w: World, id: number): EmuSheet {
  return w.wb.ss.getSheetById(id) as EmuSheet;
}

function contentsOf(sheet: EmuSheet) {
  return { values: sheet.getDataRange().getValues(), formulas: sheet.getDataRange().getFormulas() };
}

/** Carries out one step on the workbook and the model; the sheet ids the step may change. */
function carryOut(w: World, s: Step): number[] {
  const { wb } = w;
  const text = () => `Entry ${++w.made}`;
  if (s.kind === 'tab') {
    const refs = [...w.models.keys()];
    if (refs.length === 1) {
      const beta = writeNewCanvas(wb.ss, start('Beta'), '2025-01-15', wb.ctx.services) as EmuSheet;
      w.models.set(beta.getSheetId(), seen(start('Beta')));
      wb.ss.setActiveSheet(beta);
      return [beta.getSheetId()];
    }
    const active = wb.ss.getActiveSheet().getSheetId();
    wb.ss.setActiveSheet(sheetOf(w, refs.find((id) => id !== active) as number));
    return [];
  }
  if (s.kind === 'open') {
    const state = stateOf(openCanvas(wb.ctx, { canvas: null, activate: false }));
    w.shown = refTo(wb.ss, state.sheetName);
    expect(seen(state.canvas)).toEqual(w.models.get(w.shown.sheetId));
    return [];
  }
  if (s.kind === 'type') {
    // The user types a note into the next empty row of the block on the sheet in front of them.
    const sheet = wb.ss.getActiveSheet() as EmuSheet;
    const model = w.models.get(sheet.getSheetId()) as Model;
    const prefix = refTo(wb.ss, sheet.getName()).prefix;
    const block = wb.ss.getRangeByName(`${prefix}_${RANGE[s.list]}`);
    if (block === null) throw new Error(`No range ${prefix}_${RANGE[s.list]}`);
    const row = block.getRow() + 3 + model[s.list].length;
    if (row > block.getLastRow()) return [];
    expect(sheet.getRange(row, block.getColumn(), 1, 1).getValue()).toBe('');
    const typed = text();
    editCell(sheet, row, block.getColumn(), typed);
    model[s.list].push(typed);
    return [sheet.getSheetId()];
  }
  const model = w.models.get(w.shown.sheetId) as Model;
  const items = model[s.list];
  const read = readCanvas(sheetOf(w, w.shown.sheetId));
  if (!read.ok) throw new Error(read.problems.join('\n'));
  const version = listVersion(read.canvas, s.list as BlockId);
  let edit: unknown;
  if (s.kind === 'add') {
    const added = text();
    edit = { block: s.list, kind: 'add', value: entry(s.list, added) };
    items.push(added);
  } else {
    if (items.length === 0) return [];
    const index = s.pick % items.length;
    const expected = entry(s.list, items[index]);
    if (s.kind === 'update') {
      const value = text();
      edit = { block: s.list, kind: 'update', index, expected, value: entry(s.list, value) };
      items[index] = value;
    } else if (s.kind === 'delete') {
      edit = { block: s.list, kind: 'delete', index, expected };
      items.splice(index, 1);
    } else if (s.kind === 'move') {
      const to = s.to % items.length;
      edit = { block: s.list, kind: 'move', index, expected, to };
      const [moved] = items.splice(index, 1);
      items.splice(to, 0, moved);
    }
  }
  const state = stateOf(editCanvas(wb.ctx, { canvas: w.shown, version, edit }));
  expect(state.sheetName).toBe(w.shown.sheetName);
  expect(seen(state.canvas)).toEqual(model);
  return [w.shown.sheetId];
}

test('sidebar edits, hand edits and tab switches keep every canvas as the model says, and touch no other sheet', () => {
  fc.assert(
    fc.property(fc.array(stepArb, { minLength: 4, maxLength: 10 }), (steps) => {
      const wb = workbookWith(start('Alpha'));
      const alpha = refTo(wb.ss, 'Alpha');
      const w: World = { wb, models: new Map([[alpha.sheetId, seen(start('Alpha'))]]), shown: alpha, made: 0 };
      for (const s of steps) {
        const before = new Map(wb.ss.getSheets().map((sh) => [sh.getSheetId(), contentsOf(sh as EmuSheet)]));
        const changed = carryOut(w, s);
        for (const [id, model] of w.models) {
          const read = readCanvas(sheetOf(w, id));
          if (!read.ok) throw new Error(read.problems.join('\n'));
          expect(seen(read.canvas)).toEqual(model);
        }
        for (const [id, contents] of before) {
          if (!changed.includes(id)) expect(contentsOf(sheetOf(w, id))).toEqual(contents);
        }
      }
    }),
    { numRuns: 20 },
  );
});
