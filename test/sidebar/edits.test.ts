import type { Cost, Item, RevenueStream } from '../../src/core/model';
import { canvasEdit } from '../../sidebar/edits';

const tea: RevenueStream = { name: 'Tea', type: 'asset-sale', price: 3, volume: 1000 };
const coffee: RevenueStream = { name: 'Coffee', type: 'asset-sale', price: 4, volume: 800 };
const rent: Cost = { name: 'Rent', behavior: 'fixed', amount: 2000 };
const students: Item = { text: 'Students', category: 'Mass market' };

describe('canvasEdit', () => {
  test('ties each kind of change to the block it is for', () => {
    expect(canvasEdit('revenueStreams', { kind: 'add', value: tea })).toEqual({
      kind: 'add',
      block: 'revenueStreams',
      value: tea,
    });
    expect(canvasEdit('revenueStreams', { kind: 'update', index: 0, expected: tea, value: coffee })).toEqual({
      kind: 'update',
      block: 'revenueStreams',
      index: 0,
      expected: tea,
      value: coffee,
    });
    expect(canvasEdit('costStructure', { kind: 'delete', index: 2, expected: rent })).toEqual({
      kind: 'delete',
      block: 'costStructure',
      index: 2,
      expected: rent,
    });
    expect(canvasEdit('customerSegments', { kind: 'move', index: 1, expected: students, to: 0 })).toEqual({
      kind: 'move',
      block: 'customerSegments',
      index: 1,
      expected: students,
      to: 0,
    });
  });

  test('refuses an entry of another kind than the block holds', () => {
    expect(canvasEdit('channels', { kind: 'add', value: tea })).toBeNull();
    expect(canvasEdit('revenueStreams', { kind: 'add', value: rent })).toBeNull();
    expect(canvasEdit('costStructure', { kind: 'update', index: 0, expected: rent, value: students })).toBeNull();
    expect(canvasEdit('costStructure', { kind: 'update', index: 0, expected: students, value: rent })).toBeNull();
  });
});
