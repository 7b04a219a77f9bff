/**
 * Revenue streams and costs through the server functions, on the emulator: the sheet's formulas
 * compute the KPIs each answer carries (expected values worked out by hand below).
 */
import { CanvasEdit, CanvasState } from '../../src/core/api';
import { SEGMENT_COLORS } from '../../src/core/blocks';
import { INPUT_FILL } from '../../src/core/finance/styles';
import { emptyCanvas } from '../../src/core/model';
import { editCanvas } from '../../src/gas/sidebar-server';
import { editCell } from '../../src/local/emulator';
import { everything, fresh, stateOf, workbookWith } from './sidebar-fixture';

const SHEET = 'Corner Coffee';
const coffee = { name: 'Coffee', type: 'asset-sale', price: 4, volume: 2500 } as const;
const rent = { name: 'Rent', behavior: 'fixed', amount: 3000 } as const;
const beans = { name: 'Beans and cups', behavior: 'variable', per: 'unit', amount: 1.5, stream: 'Coffee' } as const;

function start() {
  const c = emptyCanvas(SHEET);
  c.blocks.customerSegments = [{ text: 'Commuters' }, { text: 'Office teams' }];
  return workbookWith(c);
}

function apply(wb: ReturnType<typeof start>, edit: CanvasEdit): CanvasState {
  return stateOf(editCanvas(wb.ctx, fresh(wb.ctx.ss, { sheetName: SHEET, edit })));
}

/** The first item row of the cost and revenue rows: title rows 1–2, a top band of 3 + 5 + 3 + 5 rows, then 3 header rows. */
const FIRST_MONEY_ROW = 2 + 16 + 3 + 1;

test('the KPIs in each answer follow every change, computed by the sheet', () => {
  const wb = start();
  let s = apply(wb, { kind: 'add', block: 'revenueStreams', value: coffee });
  // Revenue 4 × 2500 = 10000; no costs.
  expect(s.kpis).toMatchObject({ revenue: 10000, profit: 10000, profitMargin: 1, check: 'OK' });

  s = apply(wb, { kind: 'add', block: 'costStructure', value: rent });
  // Profit 10000 − 3000 = 7000; margin 0.7; break-even 3000 ÷ (10000 / 10000) = 3000.
  expect(s.kpis).toMatchObject({ revenue: 10000, profit: 7000, profitMargin: 0.7, breakEvenRevenue: 3000 });

  s = apply(wb, { kind: 'add', block: 'costStructure', value: beans });
  // Variable 1.5 × 2500 = 3750; margin 6250; profit 3250; ratio 0.625; break-even 3000 ÷ 0.625 = 4800.
  expect(s.kpis.profit).toBeCloseTo(3250, 9);
  expect(s.kpis.profitMargin).toBeCloseTo(0.325, 9);
  expect(s.kpis.breakEvenRevenue).toBeCloseTo(4800, 9);

  s = apply(wb, {
    kind: 'update',
    block: 'revenueStreams',
    index: 0,
    expected: coffee,
    value: { ...coffee, price: 5 },
  });
  // Revenue 12500; margin 12500 − 3750 = 8750; profit 5750; ratio 0.7; break-even 3000 ÷ 0.7.
  expect(s.kpis.revenue).toBe(12500);
  expect(s.kpis.profit).toBeCloseTo(5750, 9);
  expect(s.kpis.breakEvenRevenue).toBeCloseTo(3000 / 0.7, 9);

  s = apply(wb, { kind: 'delete', block: 'revenueStreams', index: 0, expected: { ...coffee, price: 5 } });
  // No revenue: the ratios say n/a, break-even cannot be reached; the per-unit cost names a missing stream.
  expect(s.kpis).toMatchObject({ revenue: 0, profitMargin: 'n/a', breakEvenRevenue: 'not reachable' });
  expect(s.kpis.check).not.toBe('OK');
});

test('a value typed into the sheet shows in the next answer: the sheet is the record', () => {
  const wb = start();
  apply(wb, { kind: 'add', block: 'revenueStreams', value: coffee });
  editCell(wb.sheet, FIRST_MONEY_ROW, 12, '3000');
  const s = apply(wb, { kind: 'add', block: 'costStructure', value: rent });
  expect(s.canvas.revenueStreams).toEqual([{ ...coffee, volume: 3000 }]);
  // 4 × 3000 − 3000.
  expect(s.kpis.profit).toBe(9000);
});

test('stream and cost names that look like formulas or numbers are stored as typed text', () => {
  const wb = start();
  const names = ['=1+1', '+44 line', '-5%', '@team', "'quoted", '2020-01-01'];
  for (const name of names) apply(wb, { kind: 'add', block: 'revenueStreams', value: { ...coffee, name } });
  apply(wb, { kind: 'add', block: 'costStructure', value: { name: '=SUM(A1:A2)', behavior: 'fixed', amount: 1 } });
  const streams = wb.sheet.getRange(FIRST_MONEY_ROW, 8, names.length, 1);
  expect(streams.getValues().map((r) => r[0])).toEqual(names);
  expect(streams.getFormulas().map((r) => r[0])).toEqual(names.map(() => ''));
  expect(wb.sheet.getRange(FIRST_MONEY_ROW, 1, 1, 1).getValues()).toEqual([['=SUM(A1:A2)']]);
});

test('a stream linked to a segment shows the segment’s colour as a swatch in its Segment cell; its name keeps the input fill', () => {
  const wb = start();
  apply(wb, { kind: 'add', block: 'revenueStreams', value: { ...coffee, segment: 'Office teams' } });
  expect(wb.sheet.getRange(FIRST_MONEY_ROW, 8, 1, 3).getBackgrounds()).toEqual([
    [INPUT_FILL, INPUT_FILL, SEGMENT_COLORS[1]],
  ]);
});

test('full cost and revenue rows grow: every stream counts, named ranges and formulas follow', () => {
  const c = emptyCanvas(SHEET);
  c.revenueStreams = [1, 2, 3, 4, 5].map((i) => ({
    name: `Stream ${i}`,
    type: 'usage-fee' as const,
    price: i,
    volume: 10,
  }));
  const wb = workbookWith(c);
  const rowsBefore = wb.ss.getRangeByName('CornerCoffee_RS')?.getNumRows() as number;
  apply(wb, {
    kind: 'add',
    block: 'revenueStreams',
    value: { name: 'Stream 6', type: 'usage-fee', price: 6, volume: 10 },
  });
  const s = apply(wb, {
    kind: 'add',
    block: 'revenueStreams',
    value: { name: 'Stream 7', type: 'usage-fee', price: 7, volume: 10 },
  });
  expect(s.canvas.revenueStreams.map((x) => x.name)).toEqual([
    'Stream 1',
    'Stream 2',
    'Stream 3',
    'Stream 4',
    'Stream 5',
    'Stream 6',
    'Stream 7',
  ]);
  // (1 + 2 + … + 7) × 10 = 280.
  expect(s.kpis.revenue).toBe(280);
  expect(s.kpis.check).toBe('OK');
  expect(wb.ss.getRangeByName('CornerCoffee_RS')?.getNumRows()).toBe(rowsBefore + 1);
  expect(wb.ss.getRangeByName('CornerCoffee_CO')?.getNumRows()).toBe(rowsBefore + 1);
  // Each stream row's monthly amount is a formula giving price × volume.
  const monthly = wb.sheet.getRange(FIRST_MONEY_ROW, 14, 7, 1);
  expect(monthly.getValues().map((r) => r[0])).toEqual([10, 20, 30, 40, 50, 60, 70]);
  expect(monthly.getFormulas().every((r) => r[0].startsWith('='))).toBe(true);
  const shown = wb.sheet.getDataRange().getDisplayValues().flat();
  expect(shown.filter((v) => /^#[A-Z/0!?]+/.test(v))).toEqual([]);
});

test('a cost must follow a stream that exists; nothing is written otherwise', () => {
  const wb = start();
  apply(wb, { kind: 'add', block: 'revenueStreams', value: coffee });
  const before = everything(wb.ss);
  const result = editCanvas(
    wb.ctx,
    fresh(wb.ctx.ss, {
      sheetName: SHEET,
      edit: { kind: 'add', block: 'costStructure', value: { ...beans, stream: 'Tea' } },
    }),
  );
  expect(result).toEqual({
    ok: false,
    reason: 'invalid',
    messages: [
      {
        field: 'edit.value.stream',
        message: 'expected the name of a revenue stream (the streams are "Coffee"), got "Tea"',
      },
    ],
  });
  expect(everything(wb.ss)).toEqual(before);
});
