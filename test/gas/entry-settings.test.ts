/**
 * A stream's own settings (recurring, growth, churn) and a fixed cost's start month sit right of
 * the canvas in the entry's row. They belong to the entry: when the sidebar deletes, moves or adds
 * entries they go with it (a deleted entry's go with it), and an update of a stream's name or
 * price leaves them as typed. Checked by reading the canvas back and by the named KPIs, which must
 * be those of a canvas written afresh with the entries where they end up.
 */
import { CanvasEdit } from '../../src/core/api';
import { Canvas, Cost, emptyCanvas, RevenueStream } from '../../src/core/model';
import { readCanvas } from '../../src/gas/canvas-sheet';
import { editCanvas } from '../../src/gas/sidebar-server';
import { fresh, stateOf, workbookWith, Workbook } from './sidebar-fixture';

const SHEET = 'Corner Coffee';
const KPIS = ['_Y1Revenue', '_Y2Revenue', '_Y3Profit', '_EndingCustomers', '_ARR', '_Runway'];

const boxes: RevenueStream = {
  name: 'Office boxes',
  type: 'subscription',
  price: 50,
  volume: 40,
  growth: 0.1,
  churn: 0.05,
};
const beans: RevenueStream = {
  name: 'Bean club',
  type: 'subscription',
  price: 30,
  volume: 100,
  growth: 0.02,
  churn: 0.2,
};
const coffee: RevenueStream = { name: 'Coffee', type: 'asset-sale', price: 4, volume: 2500 };
const rent: Cost = { name: 'Rent', behavior: 'fixed', amount: 3000, startMonth: 4 };
const ads: Cost = { name: 'Ads', behavior: 'fixed', amount: 500, startMonth: 10 };
const tools: Cost = { name: 'Tools', behavior: 'fixed', amount: 200 };

function cafe(streams: RevenueStream[], costs: Cost[]): Canvas {
  const c = emptyCanvas(SHEET);
  c.revenueStreams = streams;
  c.costs = costs;
  return c;
}

/** The stream without its own settings. */
const bare = ({ growth: _g, churn: _c, recurring: _r, ...s }: RevenueStream): RevenueStream => s;
/** The fixed cost without its start month. */
const startless = ({ startMonth: _s, ...c }: Cost & { startMonth?: number }): Cost => c as Cost;

function edit(wb: Workbook, change: CanvasEdit) {
  return stateOf(editCanvas(wb.ctx, fresh(wb.ss, { sheetName: SHEET, edit: change })));
}

function kpis(wb: Workbook): number[] {
  return KPIS.map((k) => wb.ss.getRangeByName(`CornerCoffee${k}`)?.getValue() as number);
}

function readBack(wb: Workbook) {
  const read = readCanvas(wb.sheet);
  if (!read.ok) throw new Error(read.problems.join(' '));
  return { streams: read.canvas.revenueStreams, costs: read.canvas.costs };
}

describe('settings typed for an entry stay with it through sidebar edits', () => {
  test('deleting the first stream and cost, then moving another, keeps each setting on its entry', () => {
    const wb = workbookWith(cafe([boxes, beans, coffee], [rent, ads, tools]));
    expect(readBack(wb)).toEqual({ streams: [boxes, beans, coffee], costs: [rent, ads, tools] });

    edit(wb, { kind: 'delete', block: 'revenueStreams', index: 0, expected: boxes });
    edit(wb, { kind: 'move', block: 'revenueStreams', index: 1, expected: coffee, to: 0 });
    edit(wb, { kind: 'delete', block: 'costStructure', index: 0, expected: rent });
    const state = edit(wb, { kind: 'move', block: 'costStructure', index: 1, expected: tools, to: 0 });

    const expected = { streams: [coffee, beans], costs: [tools, ads] };
    expect(readBack(wb)).toEqual(expected);
    expect(state.canvas.revenueStreams).toEqual(expected.streams);
    expect(state.canvas.costs).toEqual(expected.costs);
    // The deleted entries' settings are gone: the rows they left hold none.
    const written = workbookWith(cafe(expected.streams, expected.costs));
    expect(written.sheet.getRange('Q22:S26').getValues()).toEqual(wb.sheet.getRange('Q22:S26').getValues());
    expect(written.sheet.getRange('AS22:AS26').getValues()).toEqual(wb.sheet.getRange('AS22:AS26').getValues());
    expect(kpis(wb)).toEqual(kpis(written));
    // The settings make a difference the KPIs show: without them the figures differ.
    const without = workbookWith(cafe([coffee, bare(beans)], [tools, startless(ads)]));
    expect(kpis(without)).not.toEqual(kpis(wb));
  });

  test('an entry added above others pushes their settings down with them; the new one has its own or none', () => {
    const wb = workbookWith(cafe([boxes, beans], [ads, tools]));
    edit(wb, { kind: 'add', block: 'revenueStreams', value: coffee, at: 0 });
    edit(wb, { kind: 'add', block: 'costStructure', value: startless(rent), at: 0 });
    const expected = { streams: [coffee, boxes, beans], costs: [startless(rent), ads, tools] };
    expect(readBack(wb)).toEqual(expected);
    expect(kpis(wb)).toEqual(kpis(workbookWith(cafe(expected.streams, expected.costs))));
  });

  test('when the block grows, the settings moved into its new row are written over the row’s empty inputs', () => {
    const wb = workbookWith(cafe([boxes, beans, coffee], [rent]));
    const rows = () => wb.ss.getRangeByName('CornerCoffee_RS')?.getNumRows();
    const before = rows();
    const tea: RevenueStream = { name: 'Tea', type: 'asset-sale', price: 3, volume: 300, growth: 0.03 };
    const club: RevenueStream = { name: 'Tea club', type: 'subscription', price: 20, volume: 50, churn: 0.1 };
    const mugs: RevenueStream = {
      name: 'Mugs',
      type: 'asset-sale',
      price: 12,
      volume: 20,
      growth: 0.04,
      recurring: true,
    };
    edit(wb, { kind: 'add', block: 'revenueStreams', value: tea });
    edit(wb, { kind: 'add', block: 'revenueStreams', value: club });
    edit(wb, { kind: 'add', block: 'revenueStreams', value: mugs, at: 0 });
    expect(rows()).toBeGreaterThan(before as number);
    const streams = [mugs, boxes, beans, coffee, tea, club];
    expect(readBack(wb)).toEqual({ streams, costs: [rent] });
    expect(kpis(wb)).toEqual(kpis(workbookWith(cafe(streams, [rent]))));
  });

  test('a deleted stream or cost put back (the Undo of a delete) comes back with its settings', () => {
    const wb = workbookWith(cafe([boxes, beans, coffee], [rent, ads, tools]));
    edit(wb, { kind: 'delete', block: 'revenueStreams', index: 1, expected: beans });
    edit(wb, { kind: 'add', block: 'revenueStreams', value: beans, at: 1 });
    edit(wb, { kind: 'delete', block: 'costStructure', index: 0, expected: rent });
    edit(wb, { kind: 'add', block: 'costStructure', value: rent, at: 0 });
    expect(readBack(wb)).toEqual({ streams: [boxes, beans, coffee], costs: [rent, ads, tools] });
    expect(kpis(wb)).toEqual(kpis(workbookWith(cafe([boxes, beans, coffee], [rent, ads, tools]))));
  });

  test('updating a stream’s name and price, or a cost’s amount, leaves its settings as typed', () => {
    const wb = workbookWith(cafe([boxes, beans], [rent, ads]));
    const renamed = { ...bare(beans), name: 'Bean subscription', price: 35 };
    edit(wb, { kind: 'update', block: 'revenueStreams', index: 1, expected: beans, value: renamed });
    const dearer = { name: 'Rent', behavior: 'fixed', amount: 3500 } as Cost;
    edit(wb, { kind: 'update', block: 'costStructure', index: 0, expected: rent, value: dearer });
    const expected = {
      streams: [boxes, { ...beans, name: 'Bean subscription', price: 35 }],
      costs: [{ ...rent, amount: 3500 }, ads],
    };
    expect(readBack(wb)).toEqual(expected);
    expect(kpis(wb)).toEqual(kpis(workbookWith(cafe(expected.streams, expected.costs))));
  });
});
