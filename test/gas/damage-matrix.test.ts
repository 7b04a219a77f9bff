/**
 * The damage matrix of issue 11: each kind of hand edit a user makes on a canvas sheet, then each
 * action of the sidebar or the menu. Every pair either succeeds with everything the user typed
 * (notes, streams, formulas) still beside its entry, or is refused in plain words that name the
 * place to fix, with the workbook left exactly as it was.
 */
import { CanvasRef } from '../../src/core/api';
import { listVersion } from '../../src/core/edit/list-versions';
import { BlockId, Canvas, emptyCanvas } from '../../src/core/model';
import { readCanvas, writeNewCanvas } from '../../src/gas/canvas-sheet';
import { compareIn, refreshCompareIn } from '../../src/gas/compare-api';
import { editCanvas } from '../../src/gas/sidebar-server';
import { addTemplateToCanvasIn } from '../../src/gas/templates-api';
import { whatIf } from '../../src/gas/whatif-server';
import { clearCell, editCell, EmuSheet } from '../../src/local/emulator';
import { everything, refTo, Workbook, workbookWith } from './sidebar-fixture';

const NAME = 'Corner Coffee';

function cafe(): Canvas {
  const c = emptyCanvas(NAME);
  c.blocks.keyPartners = [{ text: 'Bean roaster' }, { text: 'Milk farm' }];
  c.blocks.customerSegments = [{ text: 'Commuters' }, { text: 'Office teams' }];
  c.revenueStreams = [
    { name: 'Cups', type: 'asset-sale', price: 3, volume: 1000 },
    { name: 'Beans', type: 'asset-sale', price: 12, volume: 50 },
  ];
  c.costs = [{ name: 'Rent', behavior: 'fixed', amount: 900 }];
  return c;
}

/** What a user expects on the canvas: the texts of the two note blocks, each stream's name and price. */
interface Expected {
  keyPartners: string[];
  customerSegments: string[];
  streams: [string, number | null][];
}

function seen(c: Canvas): Expected {
  return {
    keyPartners: c.blocks.keyPartners.map((i) => i.text),
    customerSegments: c.blocks.customerSegments.map((i) => i.text),
    streams: c.revenueStreams.map((s) => [s.name, s.price]),
  };
}

/** The row of the first cell in column `column` (1-based) holding `text`, found on the sheet. */
function rowOf(sheet: EmuSheet, column: number, text: string): number {
  const col = sheet
    .getRange(1, column, sheet.getLastRow(), 1)
    .getValues()
    .map((r) => r[0]);
  const at = col.indexOf(text);
  if (at < 0) throw new Error(`"${text}" is not in column ${column}`);
  return at + 1;
}

const KP_COLUMN = 1;
const STREAM_COLUMN = 8;
const PRICE_COLUMN = 11;

/**
 * A hand edit, and what the canvas then holds as the user sees it (null: the sheet is no longer a
 * canvas the add-on can read, so every canvas action must be refused). `formula` is a formula the
 * user typed into the price cell of a stream, and what it must show there.
 */
interface HandEdit {
  name: string;
  apply(wb: Workbook): void;
  expected: Expected | null;
  formula?: { stream: string; text: (row: (stream: string) => number) => string; shows: (e: Expected) => number };
}

const base = seen(cafe());
const handEdits: HandEdit[] = [
  {
    name: 'text typed into an empty list row',
    apply: ({ sheet }) => editCell(sheet, rowOf(sheet, KP_COLUMN, 'Milk farm') + 1, KP_COLUMN, 'Coffee club'),
    expected: { ...base, keyPartners: ['Bean roaster', 'Milk farm', 'Coffee club'] },
  },
  {
    name: 'a note cell cleared',
    apply: ({ sheet }) => clearCell(sheet, rowOf(sheet, KP_COLUMN, 'Bean roaster'), KP_COLUMN),
    expected: { ...base, keyPartners: ['Milk farm'] },
  },
  {
    name: 'a formula typed into a price cell',
    apply: ({ sheet }) =>
      editCell(sheet, rowOf(sheet, STREAM_COLUMN, 'Beans'), PRICE_COLUMN, `=K${rowOf(sheet, STREAM_COLUMN, 'Cups')}*4`),
    expected: {
      ...base,
      streams: [
        ['Cups', 3],
        ['Beans', 12],
      ],
    },
    formula: { stream: 'Beans', text: (row) => `=K${row('Cups')}*4`, shows: (e) => 4 * (priceOf(e, 'Cups') ?? NaN) },
  },
  {
    name: 'a whole sheet row inside a list deleted',
    apply: ({ sheet }) => sheet.deleteRows(rowOf(sheet, KP_COLUMN, 'Milk farm'), 1),
    // The row holds Milk farm in Key Partners and Office teams in Customer Segments.
    expected: { ...base, keyPartners: ['Bean roaster'], customerSegments: ['Commuters'] },
  },
  {
    name: 'a row inserted inside a list, with a note typed in it',
    apply: ({ sheet }) => {
      const row = rowOf(sheet, KP_COLUMN, 'Bean roaster');
      sheet.insertRowsAfter(row, 1);
      editCell(sheet, row + 1, KP_COLUMN, 'Coffee club');
    },
    expected: { ...base, keyPartners: ['Bean roaster', 'Coffee club', 'Milk farm'] },
  },
  {
    name: 'a header cell cleared',
    apply: ({ sheet }) => clearCell(sheet, rowOf(sheet, KP_COLUMN, 'Key Partners'), KP_COLUMN),
    expected: null,
  },
  {
    name: 'the sheet tab renamed',
    apply: ({ sheet }) => sheet.setName('Corner Coffee 2'),
    expected: base,
  },
  {
    name: 'the formats of the revenue rows cleared',
    apply: ({ sheet }) => {
      const first = rowOf(sheet, STREAM_COLUMN, 'Cups');
      sheet.getRange(first, STREAM_COLUMN, 5, 8).clearFormat();
    },
    expected: base,
  },
];

function priceOf(e: Expected, stream: string): number | null | undefined {
  return e.streams.find(([name]) => name === stream)?.[1];
}

type Answer = { ok: boolean; message?: string; messages?: { message: string }[] };

/**
 * An action on the canvas the sidebar showed (`ref`, taken before the hand edit), and what it does
 * to the canvas the user expects. `prepare` runs before the hand edit.
 */
interface Action {
  name: string;
  prepare?(wb: Workbook): void;
  run(wb: Workbook, ref: CanvasRef, e: Expected): Answer;
  after(e: Expected): Expected | ((after: Expected) => void);
  /** Only the Compare sheet changes: the canvas sheet is never written. */
  readsOnly?: boolean;
}

const editing = (wb: Workbook, ref: CanvasRef, edit: unknown): Answer => {
  const read = readCanvas(wb.ss.getSheetById(ref.sheetId) as EmuSheet);
  const version = read.ok ? listVersion(read.canvas, (edit as { block: BlockId }).block) : 'none';
  return editCanvas(wb.ctx, { canvas: ref, version, edit });
};

const stream = (e: Expected, i: number) => {
  const [name, price] = e.streams[i];
  const s = cafe().revenueStreams.find((r) => r.name === name);
  return { ...s, name, price } as Canvas['revenueStreams'][number];
};

const actions: Action[] = [
  {
    name: 'add note',
    run: (wb, ref) => editing(wb, ref, { block: 'keyPartners', kind: 'add', value: { text: 'Water supplier' } }),
    after: (e) => ({ ...e, keyPartners: [...e.keyPartners, 'Water supplier'] }),
  },
  {
    name: 'delete note',
    run: (wb, ref, e) =>
      editing(wb, ref, { block: 'keyPartners', kind: 'delete', index: 0, expected: { text: e.keyPartners[0] } }),
    after: (e) => ({ ...e, keyPartners: e.keyPartners.slice(1) }),
  },
  {
    name: 'move stream',
    run: (wb, ref, e) =>
      editing(wb, ref, { block: 'revenueStreams', kind: 'move', index: 0, expected: stream(e, 0), to: 1 }),
    after: (e) => ({ ...e, streams: [e.streams[1], e.streams[0]] }),
  },
  {
    name: 'delete stream',
    run: (wb, ref, e) =>
      editing(wb, ref, { block: 'revenueStreams', kind: 'delete', index: 0, expected: stream(e, 0) }),
    after: (e) => ({ ...e, streams: e.streams.slice(1) }),
  },
  {
    name: 'update stream price',
    run: (wb, ref, e) =>
      editing(wb, ref, {
        block: 'revenueStreams',
        kind: 'update',
        index: 0,
        expected: stream(e, 0),
        value: { ...stream(e, 0), price: 3.5 },
      }),
    after: (e) => ({ ...e, streams: e.streams.map(([n, p], i) => [n, i === 0 ? 3.5 : p] as [string, number | null]) }),
  },
  {
    name: 'add template to canvas',
    run: (wb, ref) => addTemplateToCanvasIn(wb.ctx, { canvas: ref, id: 'free-photo-sharing' }),
    // The template only adds: the canvas's own entries keep their order, at the start of each list.
    after: (e) => (after) => {
      expect(after.keyPartners.slice(0, e.keyPartners.length)).toEqual(e.keyPartners);
      expect(after.customerSegments.slice(0, e.customerSegments.length)).toEqual(e.customerSegments);
      expect(after.streams.slice(0, e.streams.length)).toEqual(e.streams);
    },
  },
  {
    name: 'what-if keep',
    run: (wb, ref) =>
      whatIf(wb.ctx, {
        canvas: ref,
        scenario: {
          name: 'Busy month',
          multipliers: { price: 1.1, volume: 1.2, variableCost: 1, fixedCost: 1, growth: 1, churn: 1 },
        },
        keep: true,
      }),
    after: (e) => e,
  },
  {
    name: 'Compare refresh',
    prepare: (wb) => {
      writeNewCanvas(wb.ss, emptyCanvas('Tea Stall'), '2025-01-15', wb.ctx.services);
      const built = compareIn(wb.ctx, [NAME, 'Tea Stall']);
      if (!built.ok) throw new Error(JSON.stringify(built));
      wb.ss.setActiveSheet(wb.sheet);
    },
    run: (wb) => refreshCompareIn(wb.ctx),
    after: (e) => e,
    readsOnly: true,
  },
];

function canvasSheetContents(sheet: EmuSheet) {
  return { values: sheet.getDataRange().getValues(), formulas: sheet.getDataRange().getFormulas() };
}

function messageOf(answer: Answer): string {
  return answer.message ?? (answer.messages ?? []).map((m) => m.message).join('\n');
}

const cases = handEdits.flatMap((h) => actions.map((a) => [h.name, a.name, h, a] as const));

describe('a hand edit, then an action: nothing typed is lost or moved, or the action is refused', () => {
  test.each(cases)('%s, then %s', (_h, _a, hand, action) => {
    const wb = workbookWith(cafe());
    const ref = refTo(wb.ss, NAME);
    action.prepare?.(wb);
    hand.apply(wb);
    const expected = hand.expected;
    if (expected !== null) {
      // The hand edit itself reads back as the user means it.
      const read = readCanvas(wb.sheet);
      if (!read.ok) throw new Error(read.problems.join('\n'));
      expect(seen(read.canvas)).toEqual(expected);
    }
    const before = everything(wb.ss);
    const sheetBefore = canvasSheetContents(wb.sheet);

    const answer = action.run(wb, ref, expected ?? base);

    if (!answer.ok) {
      const message = messageOf(answer);
      expect(message).not.toMatch(/\n\s+at |Error:|\.ts:\d+|undefined|\[object/);
      // It names the place to fix: the cell.
      expect(message).toMatch(/\([A-Z]{1,2}\d+\)/);
      expect(everything(wb.ss)).toEqual(before);
      return;
    }
    if (action.readsOnly) expect(canvasSheetContents(wb.sheet)).toEqual(sheetBefore);
    // An action that writes the canvas must not succeed on a sheet it cannot read.
    expect(expected !== null || action.readsOnly === true).toBe(true);
    if (expected === null) return;
    const read = readCanvas(wb.sheet);
    if (!read.ok) throw new Error(`Unreadable after the action:\n${read.problems.join('\n')}`);
    // A price the user's formula computes follows the cells it names (checked below), not the model.
    const computed = (e: Expected): Expected => ({
      ...e,
      streams: e.streams.map(([n, p]) => [n, n === hand.formula?.stream ? null : p]),
    });
    const now = computed(seen(read.canvas));
    const want = action.after(computed(expected));
    if (typeof want === 'function') want(now);
    else expect(now).toEqual(want);
    if (hand.formula) {
      const shown = seen(read.canvas);
      const row = (name: string) => rowOf(wb.sheet, STREAM_COLUMN, name);
      const stays = now.streams.some(([n]) => n === hand.formula?.stream);
      if (stays) {
        const r = row(hand.formula.stream);
        expect(wb.sheet.getRange(r, PRICE_COLUMN, 1, 1).getFormula()).toBe(hand.formula.text(row));
        expect(wb.sheet.getRange(r, PRICE_COLUMN, 1, 1).getValue()).toBe(hand.formula.shows(shown));
        expect(priceOf(shown, hand.formula.stream)).toBe(hand.formula.shows(shown));
      }
    }
  });
});
