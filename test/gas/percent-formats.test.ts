/**
 * Shares on the sheet: a brokerage stream's take rate and a share-of-revenue cost show as
 * percents, in a new canvas and after every sidebar edit that moves, adds or changes them; the
 * assumptions that are shares show as percents too. Read as the emulator displays them.
 */
import { CanvasEdit, CanvasState } from '../../src/core/api';
import { COST_COLUMNS, REVENUE_COLUMNS } from '../../src/core/layout/geometry';
import { emptyCanvas } from '../../src/core/model';
import { editCanvas } from '../../src/gas/sidebar-server';
import { fresh, stateOf, workbookWith } from './sidebar-fixture';

const SHEET = 'Market';
const deals = { name: 'Deals', type: 'brokerage', price: 0.125, volume: 40000 } as const;
const listings = { name: 'Listings', type: 'asset-sale', price: 12.5, volume: 100 } as const;
const payments = { name: 'Payments', behavior: 'variable', per: 'revenue', amount: 0.03 } as const;
const rent = { name: 'Rent', behavior: 'fixed', amount: 1500 } as const;

function start(locale?: string) {
  const c = emptyCanvas(SHEET);
  c.revenueStreams = [listings, deals];
  c.costs = [rent, payments];
  return workbookWith(c, locale);
}

type Book = ReturnType<typeof start>;

function apply(wb: Book, edit: CanvasEdit): CanvasState {
  return stateOf(editCanvas(wb.ctx, fresh(wb.ctx.ss, { sheetName: SHEET, edit })));
}

/** Each stream's price and each cost's amount as the sheet shows them, by name. */
function shown(wb: Book): Record<string, string> {
  const values = wb.sheet.getDataRange().getValues();
  const display = wb.sheet.getDataRange().getDisplayValues();
  const out: Record<string, string> = {};
  const names = ['Deals', 'Listings', 'Fees', 'Payments', 'Rent'];
  values.forEach((row, r) => {
    const stream = row[REVENUE_COLUMNS.name - 1];
    const cost = row[COST_COLUMNS.name - 1];
    if (typeof stream === 'string' && names.includes(stream)) out[stream] = display[r][REVENUE_COLUMNS.price - 1];
    if (typeof cost === 'string' && names.includes(cost)) out[cost] = display[r][COST_COLUMNS.amount - 1];
  });
  return out;
}

test('a new canvas shows the take rate and the share of revenue as percents', () => {
  expect(shown(start())).toEqual({ Listings: '12.50', Deals: '12.5%', Rent: '1,500.00', Payments: '3.0%' });
});

test('in de_DE the percent has a decimal comma', () => {
  expect(shown(start('de_DE'))).toEqual({ Listings: '12,50', Deals: '12,5%', Rent: '1.500,00', Payments: '3,0%' });
});

test('a brokerage stream added from the sidebar shows its take rate as a percent', () => {
  const wb = start();
  apply(wb, {
    kind: 'add',
    block: 'revenueStreams',
    value: { name: 'Fees', type: 'brokerage', price: 0.02, volume: 5000 },
  });
  expect(shown(wb)).toMatchObject({ Listings: '12.50', Deals: '12.5%', Fees: '2.0%' });
});

test('a stream whose type becomes brokerage turns percent, and back', () => {
  const wb = start();
  apply(wb, {
    kind: 'update',
    block: 'revenueStreams',
    index: 0,
    expected: listings,
    value: { ...listings, type: 'brokerage', price: 0.2 },
  });
  expect(shown(wb)).toMatchObject({ Listings: '20.0%', Deals: '12.5%' });
  apply(wb, {
    kind: 'update',
    block: 'revenueStreams',
    index: 1,
    expected: deals,
    value: { ...deals, type: 'usage-fee', price: 3 },
  });
  expect(shown(wb)).toMatchObject({ Listings: '20.0%', Deals: '3.00' });
});

test('moving and deleting rows: each format follows its row', () => {
  const wb = start();
  apply(wb, { kind: 'move', block: 'revenueStreams', index: 1, to: 0, expected: deals });
  expect(shown(wb)).toMatchObject({ Listings: '12.50', Deals: '12.5%' });
  apply(wb, { kind: 'delete', block: 'costStructure', index: 0, expected: rent });
  expect(shown(wb)).toEqual({ Deals: '12.5%', Listings: '12.50', Payments: '3.0%' });
  apply(wb, { kind: 'delete', block: 'revenueStreams', index: 0, expected: deals });
  expect(shown(wb)).toEqual({ Listings: '12.50', Payments: '3.0%' });
});

test('an edit that changes no share’s place writes no format: the call budget stays', () => {
  const wb = start();
  wb.globals.calls.reset();
  apply(wb, {
    kind: 'update',
    block: 'revenueStreams',
    index: 0,
    expected: listings,
    value: { ...listings, volume: 120 },
  });
  expect(wb.globals.calls.byMethod()['Range.setNumberFormats'] ?? 0).toBe(0);
});

test('the assumptions that are shares show as percents', () => {
  const c = emptyCanvas(SHEET);
  c.assumptions = { growth: 0.05, churn: 0.02, discountRate: 0.1 };
  const wb = workbookWith(c);
  const labels = wb.sheet.getDataRange().getValues();
  const display = wb.sheet.getDataRange().getDisplayValues();
  // The value is the first cell right of the label that shows anything.
  const after = (label: string) => {
    for (const [r, row] of labels.entries()) {
      const c = row.indexOf(label);
      if (c >= 0) return display[r].slice(c + 1).find((d) => d !== '');
    }
    return null;
  };
  expect([after('Monthly volume growth'), after('Monthly churn'), after('Discount rate')]).toEqual([
    '5.0%',
    '2.0%',
    '10.0%',
  ]);
});
