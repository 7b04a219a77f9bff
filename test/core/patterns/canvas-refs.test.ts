import { Canvas, emptyCanvas } from '../../../src/core/model';
import { canvasRefValue } from '../../../src/core/patterns';

function shop(): Canvas {
  const c = emptyCanvas('Shop');
  c.revenueStreams = [
    { name: 'Lamps', type: 'asset-sale', price: 10, volume: 100 },
    { name: 'Repairs', type: 'usage-fee', price: 2, volume: 50 },
  ];
  c.costs = [
    { name: 'Rent', behavior: 'fixed', amount: 300 },
    { name: 'Lamp parts', behavior: 'variable', per: 'unit', amount: 1.5, stream: 'Lamps' },
    { name: 'Packaging', behavior: 'variable', per: 'unit', amount: 0.1 },
    { name: 'Card fees', behavior: 'variable', per: 'revenue', amount: 0.1 },
  ];
  return c;
}

test('stream drivers and revenue by name', () => {
  const c = shop();
  expect(canvasRefValue(c, { ref: 'stream-price', stream: 'Lamps' })).toBe(10);
  expect(canvasRefValue(c, { ref: 'stream-volume', stream: 'Repairs' })).toBe(50);
  expect(canvasRefValue(c, { ref: 'revenue', streams: ['Lamps', 'Repairs'] })).toBe(1_000 + 100);
  expect(canvasRefValue(c, { ref: 'revenue', streams: [] })).toBe(0);
});

test('monthly costs follow each behaviour: fixed, per unit of one stream or of all, share of revenue', () => {
  const c = shop();
  expect(canvasRefValue(c, { ref: 'monthly-cost', costs: ['Rent'] })).toBe(300);
  expect(canvasRefValue(c, { ref: 'monthly-cost', costs: ['Lamp parts'] })).toBe(150);
  expect(canvasRefValue(c, { ref: 'monthly-cost', costs: ['Packaging'] })).toBeCloseTo(0.1 * 150, 12);
  expect(canvasRefValue(c, { ref: 'monthly-cost', costs: ['Card fees'] })).toBeCloseTo(0.1 * 1_100, 12);
  expect(
    canvasRefValue(c, { ref: 'monthly-cost', costs: ['Rent', 'Lamp parts', 'Packaging', 'Card fees'] }),
  ).toBeCloseTo(575, 9);
  expect(canvasRefValue(c, { ref: 'monthly-cost', costs: [] })).toBe(0);
});

test('unit cost sums per-unit amounts only', () => {
  const c = shop();
  expect(canvasRefValue(c, { ref: 'unit-cost', costs: ['Lamp parts', 'Packaging'] })).toBeCloseTo(1.6, 12);
  expect(canvasRefValue(c, { ref: 'unit-cost', costs: ['Rent'] })).toBeNull();
});

test('a missing name or a blank driver gives null, never a made-up zero', () => {
  const c = shop();
  expect(canvasRefValue(c, { ref: 'stream-price', stream: 'Lampshades' })).toBeNull();
  expect(canvasRefValue(c, { ref: 'monthly-cost', costs: ['Rent', 'Insurance'] })).toBeNull();
  c.revenueStreams[1].price = null;
  expect(canvasRefValue(c, { ref: 'revenue', streams: ['Lamps', 'Repairs'] })).toBeNull();
  expect(canvasRefValue(c, { ref: 'monthly-cost', costs: ['Card fees'] })).toBeNull();
  c.costs[1] = { name: 'Lamp parts', behavior: 'variable', per: 'unit', amount: 1.5, stream: 'Old lamps' };
  expect(canvasRefValue(c, { ref: 'monthly-cost', costs: ['Lamp parts'] })).toBeNull();
});
