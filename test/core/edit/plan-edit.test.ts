import { COST_TABLE, ITEM_EXTRA_LAST, STREAM_TABLE, UNITS_MONTH0_COLUMN } from '../../../src/core/finance/layout';
import { CanvasEdit } from '../../../src/core/api';
import { blockInfo, SEGMENT_COLORS } from '../../../src/core/blocks';
import { EditPlan, planEdit } from '../../../src/core/edit/plan-edit';
import { INPUT_FILL } from '../../../src/core/finance/styles';
import { placeOf } from '../../../src/core/layout/canvas-layout';
import { BlockId, Canvas, emptyCanvas } from '../../../src/core/model';
import { carryOut, laidOut, readBack, startOf, TestSheet } from './canvas-grid';

/** A small café: two segments, a few notes, two streams and three costs. */
function cafe(): Canvas {
  const c = emptyCanvas('Corner Coffee');
  c.blocks.customerSegments = [{ text: 'Commuters', category: 'Niche market' }, { text: 'Office teams' }];
  c.blocks.valuePropositions = [{ text: 'Good coffee in under a minute', segment: 'Commuters' }];
  c.blocks.channels = [{ text: 'Kiosk at the station', category: 'Delivery', segment: 'Commuters' }];
  c.blocks.keyResources = [{ text: 'Espresso machine', category: 'Physical' }];
  c.blocks.keyPartners = [{ text: 'Bean roaster' }];
  c.revenueStreams = [
    { name: 'Coffee', type: 'asset-sale', price: 4, volume: 2500 },
    { name: 'Office boxes', type: 'subscription', price: 50, volume: 40, segment: 'Office teams' },
  ];
  c.costs = [
    { name: 'Rent', behavior: 'fixed', amount: 3000 },
    { name: 'Beans and cups', behavior: 'variable', per: 'unit', amount: 1.5, stream: 'Coffee' },
    { name: 'Card fees', behavior: 'variable', per: 'revenue', amount: 0.02 },
  ];
  return c;
}

const YELLOW = SEGMENT_COLORS[0];
const BLUE = SEGMENT_COLORS[1];

function plan(sheet: TestSheet, edit: CanvasEdit): EditPlan {
  const decision = planEdit(startOf(sheet), [edit]);
  if (!decision.ok) throw new Error(`Expected a plan, got ${JSON.stringify(decision)}`);
  return decision.plan;
}

/** Plans the edit, carries it out on the arrays, and reads the canvas back. */
function edited(sheet: TestSheet, edit: CanvasEdit): Canvas {
  carryOut(sheet, plan(sheet, edit));
  return readBack(sheet).canvas;
}

const itemsRow = (sheet: TestSheet, block: BlockId) => placeOf(readBack(sheet).places, block).items.row;

describe('notes', () => {
  test('adding a note writes its row, the first free one, and nothing else', () => {
    const sheet = laidOut(cafe());
    const first = itemsRow(sheet, 'keyPartners');
    const p = plan(sheet, {
      kind: 'add',
      block: 'keyPartners',
      value: { text: 'Milk farm', category: 'Buyer–supplier relationship' },
    });
    expect(p.insertions).toEqual([]);
    expect(p.values).toEqual([
      {
        range: { row: first + 1, column: 1, numRows: 1, numColumns: 2 },
        values: [['Milk farm', 'Buyer–supplier relationship']],
      },
    ]);
    // An unlinked note keeps its block's colour, which the row already has.
    expect(p.fills).toEqual([
      {
        range: { row: first + 1, column: 1, numRows: 1, numColumns: 3 },
        colors: [Array(3).fill(blockInfo('keyPartners').color)],
      },
    ]);
  });

  test('a note linked to a segment takes the segment’s colour', () => {
    const sheet = laidOut(cafe());
    const first = itemsRow(sheet, 'customerRelationships');
    const p = plan(sheet, {
      kind: 'add',
      block: 'customerRelationships',
      value: { text: 'Loyalty card', segment: 'Office teams' },
    });
    expect(p.values).toEqual([
      {
        range: { row: first, column: 10, numRows: 1, numColumns: 3 },
        values: [['Loyalty card', null, 'Office teams']],
      },
    ]);
    expect(p.fills).toEqual([
      { range: { row: first, column: 10, numRows: 1, numColumns: 3 }, colors: [[BLUE, BLUE, BLUE]] },
    ]);
  });

  test('text that looks like a formula, a number or a date stays text in the plan', () => {
    const sheet = laidOut(cafe());
    for (const text of ['=SUM(A1:A3)', '+1', '-x', '@me', '123', 'TRUE', '2020-01-01', "'quoted"]) {
      const p = plan(sheet, { kind: 'add', block: 'keyActivities', value: { text } });
      expect(p.values[0].values[0][0]).toBe(text);
    }
  });

  test('editing a note rewrites its row only', () => {
    const sheet = laidOut(cafe());
    const first = itemsRow(sheet, 'channels');
    const p = plan(sheet, {
      kind: 'update',
      block: 'channels',
      index: 0,
      expected: { text: 'Kiosk at the station', category: 'Delivery', segment: 'Commuters' },
      value: { text: 'Kiosk at the station', category: 'Purchase', segment: 'Commuters' },
    });
    expect(p.values).toEqual([
      { range: { row: first, column: 11, numRows: 1, numColumns: 1 }, values: [['Purchase']] },
    ]);
  });

  test('deleting a note moves the notes below it up a row', () => {
    const c = cafe();
    c.blocks.keyPartners = [{ text: 'A' }, { text: 'B' }, { text: 'C' }];
    const sheet = laidOut(c);
    const first = itemsRow(sheet, 'keyPartners');
    const p = plan(sheet, { kind: 'delete', block: 'keyPartners', index: 0, expected: { text: 'A' } });
    expect(p.values).toEqual([
      { range: { row: first, column: 1, numRows: 3, numColumns: 1 }, values: [['B'], ['C'], [null]] },
    ]);
    carryOut(sheet, p);
    expect(readBack(sheet).canvas.blocks.keyPartners).toEqual([{ text: 'B' }, { text: 'C' }]);
  });

  test('moving a note rotates the notes between its old and new place', () => {
    const c = cafe();
    c.blocks.keyPartners = [{ text: 'A' }, { text: 'B', category: 'Coopetition' }, { text: 'C' }, { text: 'D' }];
    const sheet = laidOut(c);
    const first = itemsRow(sheet, 'keyPartners');
    const p = plan(sheet, { kind: 'move', block: 'keyPartners', index: 3, expected: { text: 'D' }, to: 1 });
    expect(p.values).toEqual([
      {
        range: { row: first + 1, column: 1, numRows: 3, numColumns: 2 },
        values: [
          ['D', null],
          ['B', 'Coopetition'],
          ['C', null],
        ],
      },
    ]);
    carryOut(sheet, p);
    expect(readBack(sheet).canvas.blocks.keyPartners.map((i) => i.text)).toEqual(['A', 'D', 'B', 'C']);
  });

  test('rows left empty inside a block stay where they are; a new note goes after the last one', () => {
    const sheet = laidOut(cafe());
    const first = itemsRow(sheet, 'keyPartners');
    // The user typed a note two rows below the existing one, leaving a gap.
    sheet.values[first + 1][0] = 'Typed in the sheet';
    const p = plan(sheet, { kind: 'add', block: 'keyPartners', value: { text: 'Milk farm' } });
    expect(p.values[0].range.row).toBe(first + 3);
    carryOut(sheet, p);
    expect(readBack(sheet).canvas.blocks.keyPartners.map((i) => i.text)).toEqual([
      'Bean roaster',
      'Typed in the sheet',
      'Milk farm',
    ]);
  });
});

describe('conflicts', () => {
  test('an edit to a note that changed on the sheet is refused', () => {
    const sheet = laidOut(cafe());
    sheet.values[itemsRow(sheet, 'keyPartners') - 1][0] = 'Bean roaster (new contract)';
    const decision = planEdit(startOf(sheet), [
      {
        kind: 'update',
        block: 'keyPartners',
        index: 0,
        expected: { text: 'Bean roaster' },
        value: { text: 'Coffee roaster' },
      },
    ]);
    expect(decision).toEqual({
      ok: false,
      reason: 'conflict',
      message: expect.stringContaining('"Bean roaster" in Key Partners was changed or removed on the sheet'),
    });
  });

  test('a note that only moved (a note was added above it on the sheet) is found and edited', () => {
    const c = cafe();
    c.blocks.keyPartners = [{ text: 'A' }, { text: 'B' }];
    const sheet = laidOut(c);
    const first = itemsRow(sheet, 'keyPartners');
    sheet.values.splice(first - 1, 0, ['New on top', ...Array(14).fill('')]);
    sheet.formulas.splice(first - 1, 0, Array(15).fill(''));
    for (const r of Object.values(sheet.namedRanges)) if (r.row >= first) r.row += 1;
    for (const r of Object.values(sheet.namedRanges)) if (r.row < first && r.row + r.numRows > first) r.numRows += 1;
    const canvas = edited(sheet, {
      kind: 'update',
      block: 'keyPartners',
      index: 1,
      expected: { text: 'B' },
      value: { text: 'B, renamed' },
    });
    expect(canvas.blocks.keyPartners.map((i) => i.text)).toEqual(['New on top', 'A', 'B, renamed']);
  });

  test('a move is refused when the note is no longer at the place the sidebar saw it', () => {
    const c = cafe();
    c.blocks.keyPartners = [{ text: 'A' }, { text: 'B' }];
    const sheet = laidOut(c);
    const decision = planEdit(startOf(sheet), [
      {
        kind: 'move',
        block: 'keyPartners',
        index: 0,
        expected: { text: 'B' },
        to: 1,
      },
    ]);
    expect(decision.ok).toBe(false);
    expect(!decision.ok && decision.reason).toBe('conflict');
  });

  test('a deleted stream cannot be deleted again', () => {
    const sheet = laidOut(cafe());
    const coffee = { name: 'Coffee', type: 'asset-sale', price: 4, volume: 2500 } as const;
    carryOut(sheet, plan(sheet, { kind: 'delete', block: 'revenueStreams', index: 0, expected: coffee }));
    const again = planEdit(startOf(sheet), [
      {
        kind: 'delete',
        block: 'revenueStreams',
        index: 0,
        expected: coffee,
      },
    ]);
    expect(!again.ok && again.reason).toBe('conflict');
  });
});

describe('references', () => {
  test('a link to a segment that is not on the canvas is refused, naming the field', () => {
    const sheet = laidOut(cafe());
    const decision = planEdit(startOf(sheet), [
      {
        kind: 'add',
        block: 'valuePropositions',
        value: { text: 'x', segment: 'Tourists' },
      },
    ]);
    expect(decision).toEqual({
      ok: false,
      reason: 'invalid',
      messages: [
        {
          field: 'edit.value.segment',
          message:
            'expected the name of a customer segment (the customer segments are "Commuters", "Office teams"), got "Tourists"',
        },
      ],
    });
  });

  test('stream names are unique regardless of capitals; a cost must follow an existing stream', () => {
    const sheet = laidOut(cafe());
    const dup = planEdit(startOf(sheet), [
      {
        kind: 'add',
        block: 'revenueStreams',
        value: { name: 'coffee', type: 'usage-fee', price: 1, volume: 1 },
      },
    ]);
    expect(!dup.ok && dup.reason === 'invalid' && dup.messages.map((m) => m.field)).toEqual(['edit.value.name']);
    const cost = planEdit(startOf(sheet), [
      {
        kind: 'add',
        block: 'costStructure',
        value: { name: 'Tea leaves', behavior: 'variable', per: 'unit', amount: 0.2, stream: 'Tea' },
      },
    ]);
    expect(!cost.ok && cost.reason === 'invalid' && cost.messages.map((m) => m.field)).toEqual(['edit.value.stream']);
  });

  test('names are trimmed: "Coffee " is refused beside "Coffee", as a JSON import refuses it, and a trimmed name is what the sheet gets', () => {
    const sheet = laidOut(cafe());
    const dup = planEdit(startOf(sheet), [
      {
        kind: 'add',
        block: 'revenueStreams',
        value: { name: 'Coffee ', type: 'usage-fee', price: 1, volume: 1 },
      },
    ]);
    expect(dup).toEqual({
      ok: false,
      reason: 'invalid',
      messages: [
        {
          field: 'edit.value.name',
          message: 'expected a name no other stream has (revenueStreams[0] is named the same), got "Coffee"',
        },
      ],
    });
    carryOut(
      sheet,
      plan(sheet, {
        kind: 'add',
        block: 'revenueStreams',
        value: { name: '  Tea ', type: 'usage-fee', price: 1, volume: 1 },
      }),
    );
    expect(readBack(sheet).canvas.revenueStreams.map((s) => s.name)).toEqual(['Coffee', 'Office boxes', 'Tea']);
    const linked = planEdit(startOf(sheet), [
      {
        kind: 'add',
        block: 'costStructure',
        value: { name: 'Leaves', behavior: 'variable', per: 'unit', amount: 0.2, stream: 'Tea ' },
      },
    ]);
    expect(linked.ok).toBe(true);
  });

  test('a move to a place beyond the list is refused', () => {
    const sheet = laidOut(cafe());
    const d = planEdit(startOf(sheet), [
      {
        kind: 'move',
        block: 'customerSegments',
        index: 0,
        expected: { text: 'Commuters', category: 'Niche market' },
        to: 2,
      },
    ]);
    expect(!d.ok && d.reason === 'invalid' && d.messages).toEqual([
      { field: 'edit.to', message: 'Position 3 is outside the list, which has 2 entries.' },
    ]);
  });

  test('renaming a segment renames the links to it, so notes and streams keep their colour', () => {
    const sheet = laidOut(cafe());
    const canvas = edited(sheet, {
      kind: 'update',
      block: 'customerSegments',
      index: 1,
      expected: { text: 'Office teams' },
      value: { text: 'Offices' },
    });
    expect(canvas.revenueStreams[1].segment).toBe('Offices');
    expect(canvas.blocks.valuePropositions[0].segment).toBe('Commuters');
  });

  test('renaming a stream renames it in the costs that follow it', () => {
    const sheet = laidOut(cafe());
    const canvas = edited(sheet, {
      kind: 'update',
      block: 'revenueStreams',
      index: 0,
      expected: { name: 'Coffee', type: 'asset-sale', price: 4, volume: 2500 },
      value: { name: 'Coffee to go', type: 'asset-sale', price: 4.5, volume: 2500 },
    });
    expect(canvas.costs[1]).toEqual({
      name: 'Beans and cups',
      behavior: 'variable',
      per: 'unit',
      amount: 1.5,
      stream: 'Coffee to go',
    });
  });
});

describe('segment colours', () => {
  test('reordering the segments repaints the notes and streams linked to them', () => {
    const sheet = laidOut(cafe());
    const p = plan(sheet, {
      kind: 'move',
      block: 'customerSegments',
      index: 1,
      expected: { text: 'Office teams' },
      to: 0,
    });
    const fillAt = (column: number) => p.fills.find((f) => f.range.column === column);
    const vpRow = itemsRow(sheet, 'valuePropositions');
    const csRow = itemsRow(sheet, 'customerSegments');
    const streamRow = itemsRow(sheet, 'revenueStreams');
    // Commuters is now the second segment: blue. Office teams the first: yellow.
    expect(fillAt(13)).toEqual({
      range: { row: csRow, column: 13, numRows: 2, numColumns: 3 },
      colors: [
        [YELLOW, YELLOW, YELLOW],
        [BLUE, BLUE, BLUE],
      ],
    });
    expect(fillAt(7)).toEqual({
      range: { row: vpRow, column: 7, numRows: 1, numColumns: 3 },
      colors: [[BLUE, BLUE, BLUE]],
    });
    expect(p.fills.find((f) => f.range.column === 10 && f.range.row === streamRow + 1)).toEqual({
      range: { row: streamRow + 1, column: 10, numRows: 1, numColumns: 1 },
      colors: [[YELLOW]],
    });
  });

  test('unlinking a stream gives its Segment cell back the input fill', () => {
    const sheet = laidOut(cafe());
    const p = plan(sheet, {
      kind: 'update',
      block: 'revenueStreams',
      index: 1,
      expected: { name: 'Office boxes', type: 'subscription', price: 50, volume: 40, segment: 'Office teams' },
      value: { name: 'Office boxes', type: 'subscription', price: 50, volume: 40 },
    });
    const row = itemsRow(sheet, 'revenueStreams') + 1;
    expect(p.values).toEqual([{ range: { row, column: 10, numRows: 1, numColumns: 1 }, values: [[null]] }]);
    expect(p.fills).toEqual([{ range: { row, column: 10, numRows: 1, numColumns: 1 }, colors: [[INPUT_FILL]] }]);
  });
});

describe('revenue streams and costs', () => {
  test('a new stream fills the first free row of Revenue Streams with its inputs', () => {
    const sheet = laidOut(cafe());
    const row = itemsRow(sheet, 'revenueStreams') + 2;
    const p = plan(sheet, {
      kind: 'add',
      block: 'revenueStreams',
      value: { name: 'Pastries', type: 'asset-sale', price: 3, volume: null },
    });
    // The volume cell is empty already, so the write stops at the price.
    expect(p.values).toEqual([
      {
        range: { row, column: 8, numRows: 1, numColumns: 4 },
        values: [['Pastries', 'Asset sale', null, 3]],
      },
    ]);
    carryOut(sheet, p);
    expect(readBack(sheet).canvas.revenueStreams[2]).toEqual({
      name: 'Pastries',
      type: 'asset-sale',
      price: 3,
      volume: null,
    });
  });

  test('a cost is written with the behaviour label the sheet uses', () => {
    const sheet = laidOut(cafe());
    const row = itemsRow(sheet, 'costStructure') + 3;
    const p = plan(sheet, {
      kind: 'add',
      block: 'costStructure',
      value: { name: 'Barista', behavior: 'fixed', amount: 2800 },
    });
    expect(p.values).toEqual([
      { range: { row, column: 1, numRows: 1, numColumns: 4 }, values: [['Barista', 'fixed', null, 2800]] },
    ]);
    expect(p.fills).toEqual([]);
  });

  test('deleting a cost moves the costs below it up and leaves the streams alone', () => {
    const sheet = laidOut(cafe());
    const canvas = edited(sheet, {
      kind: 'delete',
      block: 'costStructure',
      index: 0,
      expected: { name: 'Rent', behavior: 'fixed', amount: 3000 },
    });
    expect(canvas.costs.map((c) => c.name)).toEqual(['Beans and cups', 'Card fees']);
    expect(canvas.revenueStreams).toEqual(cafe().revenueStreams);
  });
});

describe('a full block grows', () => {
  test('rows go in above the last note of a full block; the notes keep their order and nothing is overwritten', () => {
    const c = cafe();
    c.blocks.keyActivities = ['Roast', 'Brew', 'Serve', 'Clean', 'Order beans'].map((text) => ({ text }));
    const sheet = laidOut(c);
    const ka = placeOf(readBack(sheet).places, 'keyActivities');
    const kr = placeOf(readBack(sheet).places, 'keyResources');
    const last = ka.items.row + ka.items.numRows - 1;
    const p = plan(sheet, { kind: 'add', block: 'keyActivities', value: { text: 'Train staff' } });
    expect(p.insertions).toEqual([{ at: last, count: 1, formatsFrom: 'above' }]);
    // The last note went down with the new row; it is written back, and the new one below it.
    expect(p.values).toEqual([
      { range: { row: last, column: 4, numRows: 2, numColumns: 1 }, values: [['Order beans'], ['Train staff']] },
    ]);
    carryOut(sheet, p);
    const after = readBack(sheet);
    expect(after.canvas.blocks.keyActivities.map((i) => i.text)).toEqual([
      'Roast',
      'Brew',
      'Serve',
      'Clean',
      'Order beans',
      'Train staff',
    ]);
    expect(placeOf(after.places, 'keyActivities').region.numRows).toBe(ka.region.numRows + 1);
    expect(placeOf(after.places, 'keyResources').region.row).toBe(kr.region.row + 1);
    expect(after.canvas.blocks).toEqual({
      ...c.blocks,
      keyActivities: [...c.blocks.keyActivities, { text: 'Train staff' }],
    });
    expect(after.canvas.revenueStreams).toEqual(c.revenueStreams);
    expect(after.canvas.costs).toEqual(c.costs);
  });

  test('a tall block that grows keeps the notes of the blocks beside it in their rows', () => {
    const c = cafe();
    c.blocks.keyPartners = Array.from({ length: 13 }, (_, i) => ({ text: `Partner ${i + 1}` }));
    c.blocks.keyResources = Array.from({ length: 5 }, (_, i) => ({ text: `Resource ${i + 1}`, category: 'Human' }));
    const sheet = laidOut(c);
    const kp = placeOf(readBack(sheet).places, 'keyPartners');
    expect(kp.items.numRows).toBe(13);
    const p = plan(sheet, { kind: 'add', block: 'keyPartners', value: { text: 'Partner 14' } });
    expect(p.insertions.map((i) => i.at)).toEqual([kp.items.row + 12]);
    // Key Resources, full too, had its last note pushed down by the new row: it is moved back.
    const kr = p.values.find((w) => w.range.column === 4);
    expect(kr).toEqual({
      range: { row: kp.items.row + 12, column: 4, numRows: 2, numColumns: 2 },
      values: [
        ['Resource 5', 'Human'],
        [null, null],
      ],
    });
    carryOut(sheet, p);
    const after = readBack(sheet).canvas;
    expect(after.blocks.keyPartners).toHaveLength(14);
    expect(after.blocks.keyResources).toEqual(c.blocks.keyResources);
  });

  test('full cost and revenue rows grow, and the new row gets the formulas of a cost-and-revenue row', () => {
    const c = cafe();
    c.revenueStreams = Array.from({ length: 5 }, (_, i) => ({
      name: `Stream ${i + 1}`,
      type: 'usage-fee' as const,
      price: 1,
      volume: 10,
    }));
    c.costs = [];
    const sheet = laidOut(c);
    const rs = placeOf(readBack(sheet).places, 'revenueStreams');
    // The layout keeps one spare row, so the sixth stream fits and the seventh makes it grow.
    carryOut(
      sheet,
      plan(sheet, {
        kind: 'add',
        block: 'revenueStreams',
        value: { name: 'Stream 6', type: 'usage-fee', price: 1, volume: 10 },
      }),
    );
    const last = rs.items.row + rs.items.numRows - 1;
    const p = plan(sheet, {
      kind: 'add',
      block: 'revenueStreams',
      value: { name: 'Stream 7', type: 'usage-fee', price: 1, volume: 10 },
    });
    expect(p.insertions).toEqual([{ at: last, count: 1, formatsFrom: 'above' }]);
    const formulaWrites = p.values.filter(
      (w) => w.range.row === last && w.range.numRows === 1 && (w.range.column === 5 || w.range.column === 13),
    );
    expect(formulaWrites).toHaveLength(2);
    // The cost's E–G; the stream's M–O and the row's own columns right of the canvas, whose inputs
    // (the stream's own settings, a start month) start empty, as does month 0 of its months.
    const [costs, streams] = formulaWrites.sort((a, b) => a.range.column - b.range.column);
    expect(costs.values[0]).toHaveLength(3);
    expect(streams.values[0]).toHaveLength(ITEM_EXTRA_LAST - 13 + 1);
    const inputs = [
      STREAM_TABLE.recurringInput,
      STREAM_TABLE.growthInput,
      STREAM_TABLE.churnInput,
      COST_TABLE.startInput,
      UNITS_MONTH0_COLUMN,
    ];
    for (const w of formulaWrites) {
      w.values[0].forEach((v, k) => {
        if (inputs.includes((w.range.column + k) as never)) expect(v).toBeNull();
        else expect(v).toEqual({ formula: expect.stringMatching(new RegExp(`^=.*\\b\\$?[A-Z]{1,2}${last}\\b`)) });
      });
    }
    carryOut(sheet, p);
    expect(readBack(sheet).canvas.revenueStreams.map((s) => s.name)).toEqual([
      'Stream 1',
      'Stream 2',
      'Stream 3',
      'Stream 4',
      'Stream 5',
      'Stream 6',
      'Stream 7',
    ]);
  });
});

describe('formulas the user typed', () => {
  const coffee = cafe().revenueStreams[0];

  test('follow the entries through a batch that grows a block above them and then moves them', () => {
    const sheet = laidOut(cafe());
    const first = itemsRow(sheet, 'revenueStreams');
    sheet.formulas[first][10] = `=K${first}+46`;
    sheet.formulas[first + 5][1] = `=K${first + 1}`;
    // One partner more than the block has rows for.
    const room = placeOf(readBack(sheet).places, 'keyPartners').items.numRows;
    const partners = Array.from(
      { length: room },
      (_, i): CanvasEdit => ({
        kind: 'add',
        block: 'keyPartners',
        value: { text: `Partner ${i + 1}` },
      }),
    );
    const decision = planEdit(startOf(sheet), [
      ...partners,
      { kind: 'move', block: 'revenueStreams', index: 0, expected: coffee, to: 1 },
    ]);
    if (!decision.ok) throw new Error(JSON.stringify(decision));
    expect(decision.plan.insertions).toHaveLength(1);
    carryOut(sheet, decision.plan);
    const now = itemsRow(sheet, 'revenueStreams');
    expect(now).toBe(first + 1);
    // Office boxes is first now, and its price still refers to Coffee's, in the row below.
    expect(sheet.values[now - 1][7]).toBe('Office boxes');
    expect(sheet.formulas[now - 1][10]).toBe(`=K${now + 1}+46`);
    expect(sheet.formulas[now][10]).toBe('');
    // A formula below the lists follows Office boxes' price.
    expect(sheet.formulas[first + 6][1]).toBe(`=K${now}`);
  });

  test('a delete that would leave a formula without its row is refused whatever came before it in the batch', () => {
    const sheet = laidOut(cafe());
    const first = itemsRow(sheet, 'revenueStreams');
    sheet.formulas[first][10] = `=K${first}*2`;
    const decision = planEdit(startOf(sheet), [
      { kind: 'add', block: 'keyPartners', value: { text: 'Milk farm' } },
      { kind: 'delete', block: 'revenueStreams', index: 0, expected: coffee },
    ]);
    expect(decision).toEqual({
      ok: false,
      reason: 'failed',
      message: `The price of "Office boxes" (K${first + 1}) refers to K${first}, in the row this change deletes, so nothing was changed. Change that formula first, then try again.`,
    });
  });
});
