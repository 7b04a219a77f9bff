/**
 * The canvas reads like the poster: a dropdown's arrow shows on the rows that hold an entry, and the
 * empty rows below are still checked against the same list, with no arrow drawn.
 */
import { REVENUE_COLUMNS, COST_COLUMNS } from '../../src/core/layout/geometry';
import { Canvas, emptyCanvas } from '../../src/core/model';
import { EmuSheet } from '../../src/local/emulator';
import { EmuDataValidation } from '../../src/local/emulator/data-validation';
import { layoutCanvas } from '../../src/core/layout/canvas-layout';
import { freshEnv } from './env';

function dropdownOf(sheet: EmuSheet, a: [number, number]): string {
  const rule = sheet.getRange(a[0], a[1]).getDataValidation() as EmuDataValidation | null;
  if (rule === null) return 'none';
  const c = rule.criterion;
  if (c.kind !== 'list' && c.kind !== 'listFromRange') return c.kind;
  return c.showDropdown ? 'arrow' : 'no arrow';
}

test('category, segment, behaviour, stream and type lists show their arrow only on rows that hold something', () => {
  const env = freshEnv();
  const canvas: Canvas = {
    ...emptyCanvas('Arrows'),
    blocks: {
      ...emptyCanvas('Arrows').blocks,
      customerSegments: [{ text: 'Commuters', category: 'Mass market' }],
      keyPartners: [{ text: 'Roaster', category: 'Buyer–supplier relationship' }, { text: 'Bakery' }],
    },
    revenueStreams: [{ name: 'Coffee', type: 'asset-sale', price: 4, volume: 100 }],
    costs: [{ name: 'Rent', behavior: 'fixed', amount: 900 }],
  };
  const sheet = env.write(canvas);
  // Key Partners: A6 onwards (item, category, segment); two entries.
  expect([6, 7, 8].map((row) => dropdownOf(sheet, [row, 2]))).toEqual(['arrow', 'arrow', 'no arrow']);
  expect([6, 7, 8].map((row) => dropdownOf(sheet, [row, 3]))).toEqual(['arrow', 'arrow', 'no arrow']);
  // Customer Segments' categories: one entry.
  expect([6, 7].map((row) => dropdownOf(sheet, [row, 14]))).toEqual(['arrow', 'no arrow']);
  const first = layoutCanvas(canvas, { sheetName: 'Arrows', prefix: 'Arrows', createdOn: '' }).geometry.finance
    .revenueRows.first;
  expect([first, first + 1].map((row) => dropdownOf(sheet, [row, REVENUE_COLUMNS.type]))).toEqual([
    'arrow',
    'no arrow',
  ]);
  expect([first, first + 1].map((row) => dropdownOf(sheet, [row, COST_COLUMNS.behavior]))).toEqual([
    'arrow',
    'no arrow',
  ]);
  expect([first, first + 1].map((row) => dropdownOf(sheet, [row, COST_COLUMNS.stream]))).toEqual(['arrow', 'no arrow']);
  // An empty row still refuses what is not on its list.
  expect(
    sheet
      .getRange(first + 1, REVENUE_COLUMNS.type)
      .getDataValidation()
      ?.getAllowInvalid(),
  ).toBe(false);
});
