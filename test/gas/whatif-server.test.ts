import { WhatIfResult } from '../../src/core/api';
import { Canvas, emptyCanvas } from '../../src/core/model';
import { readCanvas } from '../../src/gas/canvas-sheet';
import { whatIf } from '../../src/gas/whatif-server';
import { loadAddon } from '../../src/local/load-addon';
import { everything, refTo, workbookWith } from './sidebar-fixture';

/** 10 × 100 = 1 000 a month; 4 per unit (400); 200 fixed: profit 400. */
function lemonade(): Canvas {
  const c = emptyCanvas('Lemonade');
  c.revenueStreams = [{ name: 'Cups', type: 'asset-sale', price: 10, volume: 100 }];
  c.costs = [
    { name: 'Lemons and sugar', behavior: 'variable', per: 'unit', amount: 4 },
    { name: 'Stall', behavior: 'fixed', amount: 200 },
  ];
  return c;
}

const NO_CHANGE = { price: 1, volume: 1, variableCost: 1, fixedCost: 1, growth: 1, churn: 1 };
const PRICE_UP = { ...NO_CHANGE, price: 1.1 };

function success(result: WhatIfResult) {
  if (result.ok) return result;
  throw new Error(`Expected a what-if, got ${JSON.stringify(result)}`);
}

/** The scenario names and the active scenario as the sheet shows them (J–Q beside the projection). */
function scenarioCells(wb: ReturnType<typeof workbookWith>) {
  const values = wb.sheet.getDataRange().getValues();
  const activeRow = values.findIndex((row) => row[9] === 'Active scenario');
  const headerRow = values.findIndex((row) => row[9] === 'Driver multipliers (1 = as on the canvas)');
  return {
    active: values[activeRow][11],
    names: values[headerRow].slice(12, 17),
    price: values[headerRow + 1].slice(12, 17),
  };
}

test('+10 % price on a one-stream canvas: revenue and profit before and after, worked by hand', () => {
  const wb = workbookWith(lemonade());
  const result = success(
    whatIf(wb.ctx, {
      canvas: refTo(wb.ctx.ss, 'Lemonade'),
      scenario: { name: 'What-if', multipliers: PRICE_UP },
      keep: false,
    }),
  );
  // Before: 1 000 revenue; 1 000 − 400 − 200 = 400 profit; break-even 200 ÷ 0.6; margin 0.4.
  expect(result.before.revenue).toBeCloseTo(1000, 9);
  expect(result.before.profit).toBeCloseTo(400, 9);
  expect(result.before.breakEvenRevenue).toBeCloseTo(200 / 0.6, 9);
  expect(result.before.profitMargin).toBeCloseTo(0.4, 9);
  // After: 11 × 100 = 1 100; per-unit costs stay 400; profit 500; CM ratio 700 ÷ 1 100.
  expect(result.after.revenue).toBeCloseTo(1100, 9);
  expect(result.after.profit).toBeCloseTo(500, 9);
  expect(result.after.breakEvenRevenue).toBeCloseTo(200 / (700 / 1100), 9);
  expect(result.after.profitMargin).toBeCloseTo(500 / 1100, 9);
  expect(result.state.kpis).toEqual(result.after);
  expect(result.scenario).toBe('What-if');
  // The first spare column (the fourth) took it; Base, Upside and Downside keep their numbers.
  const cells = scenarioCells(wb);
  expect(cells.active).toBe('What-if');
  expect(cells.names).toEqual(['Base', 'Upside', 'Downside', 'What-if', '']);
  expect(cells.price).toEqual([1, 1.05, 0.95, 1.1, 1]);
});

test('applying again reuses the What-if column, in eight spreadsheet calls with two writes of values', () => {
  const wb = workbookWith(lemonade());
  success(
    whatIf(wb.ctx, {
      canvas: refTo(wb.ctx.ss, 'Lemonade'),
      scenario: { name: 'What-if', multipliers: PRICE_UP },
      keep: false,
    }),
  );
  const lemonadeRef = refTo(wb.ctx.ss, 'Lemonade');
  wb.globals.calls.reset();
  // Volume −20 %: revenue 10 × 80 = 800; per-unit costs 320; profit 800 − 320 − 200 = 280.
  const result = success(
    whatIf(wb.ctx, {
      canvas: lemonadeRef,
      scenario: { name: 'What-if', multipliers: { ...NO_CHANGE, volume: 0.8 } },
      keep: false,
    }),
  );
  expect(wb.globals.calls.total()).toBe(8);
  expect(wb.globals.calls.byMethod()['Range.setValues']).toBe(2);
  // The scenario's name is text: its two cells are made plain text first, in one call.
  expect(wb.globals.calls.byMethod()['RangeList.setNumberFormat']).toBe(1);
  expect(result.before.profit).toBeCloseTo(500, 9);
  expect(result.after.revenue).toBeCloseTo(800, 9);
  expect(result.after.profit).toBeCloseTo(280, 9);
  expect(scenarioCells(wb).names).toEqual(['Base', 'Upside', 'Downside', 'What-if', '']);
  expect(wb.globals.LockService.getDocumentLock().tryLock(0)).toBe(true);
});

test('"Keep as scenario" saves a named scenario that reads back with the canvas, and makes it active', () => {
  const wb = workbookWith(lemonade());
  const multipliers = { ...NO_CHANGE, price: 1.1, fixedCost: 1.5 };
  const result = success(
    whatIf(wb.ctx, {
      canvas: refTo(wb.ctx.ss, 'Lemonade'),
      scenario: { name: '  Price up ', multipliers },
      keep: true,
    }),
  );
  expect(result.scenario).toBe('Price up');
  // 1 100 − 400 − 300.
  expect(result.after.profit).toBeCloseTo(400, 9);
  const read = readCanvas(wb.sheet);
  if (!read.ok) throw new Error(read.problems.join('\n'));
  expect(read.canvas.assumptions?.scenarios?.active).toBe('Price up');
  expect(read.canvas.assumptions?.scenarios?.list.map((s) => s.name)).toEqual([
    'Base',
    'Upside',
    'Downside',
    'Price up',
  ]);
  expect(read.canvas.assumptions?.scenarios?.list[3].multipliers).toEqual(multipliers);
  expect(result.state.canvas.assumptions?.scenarios?.active).toBe('Price up');
});

/** Asks for the scenario `name` with +10 % price and expects a refusal saying `message`, nothing written. */
function expectRefused(
  wb: ReturnType<typeof workbookWith>,
  name: string,
  keep: boolean,
  message: string,
  keepAs?: 'new' | 'replace',
): void {
  const before = everything(wb.ss);
  const result = whatIf(wb.ctx, {
    canvas: refTo(wb.ctx.ss, 'Lemonade'),
    scenario: { name, multipliers: PRICE_UP },
    keep,
    ...(keepAs ? { keepAs } : {}),
  });
  expect(result).toEqual({ ok: false, reason: 'failed', message: expect.stringContaining(message) });
  expect(everything(wb.ss)).toEqual(before);
}

test('keeping under a name that differs from a scenario only in capitals is refused, writing nothing', () => {
  expectRefused(
    workbookWith(lemonade()),
    'upside',
    true,
    'There is already a scenario named "Upside", which differs from "upside" only in capitals',
  );
});

test('keeping under an existing name, exactly, rewrites that scenario only, as the user asked', () => {
  const wb = workbookWith(lemonade());
  const result = success(
    whatIf(wb.ctx, {
      canvas: refTo(wb.ctx.ss, 'Lemonade'),
      scenario: { name: 'Upside', multipliers: PRICE_UP },
      keep: true,
    }),
  );
  expect(result.scenario).toBe('Upside');
  const cells = scenarioCells(wb);
  expect(cells.active).toBe('Upside');
  expect(cells.names).toEqual(['Base', 'Upside', 'Downside', '', '']);
  expect(cells.price).toEqual([1, 1.1, 0.95, 1, 1]);
});

test('with every column holding a scenario, a new one is refused in words and nothing is written', () => {
  const wb = workbookWith(lemonade());
  success(
    whatIf(wb.ctx, {
      canvas: refTo(wb.ctx.ss, 'Lemonade'),
      scenario: { name: 'A', multipliers: PRICE_UP },
      keep: true,
    }),
  );
  success(
    whatIf(wb.ctx, {
      canvas: refTo(wb.ctx.ss, 'Lemonade'),
      scenario: { name: 'B', multipliers: PRICE_UP },
      keep: true,
    }),
  );
  expectRefused(
    wb,
    'What-if',
    false,
    'There is no free scenario column for "What-if": all 5 hold scenarios (Base, Upside, Downside, A, B). Nothing was changed.',
  );
});

test('bad input gets a message naming each bad field, and nothing is written', () => {
  const wb = workbookWith(lemonade());
  const before = everything(wb.ss);
  const result = whatIf(wb.ctx, {
    canvas: refTo(wb.ctx.ss, 'Lemonade'),
    scenario: { name: 'x'.repeat(41), multipliers: { ...NO_CHANGE, price: -0.1, volume: '2' } },
    keep: true,
  });
  expect(result).toEqual({
    ok: false,
    reason: 'invalid',
    messages: [
      { field: 'scenario.name', message: 'expected text of at most 40 characters, got 41 characters' },
      { field: 'scenario.multipliers.price', message: 'expected a number between 0 and 100, got -0.1' },
      { field: 'scenario.multipliers.volume', message: 'expected a number between 0 and 100, got "2"' },
    ],
  });
  expect(
    whatIf(wb.ctx, {
      canvas: refTo(wb.ctx.ss, 'Lemonade'),
      scenario: { name: ' ', multipliers: NO_CHANGE },
      keep: true,
    }),
  ).toEqual({
    ok: false,
    reason: 'invalid',
    messages: [{ field: 'scenario.name', message: 'expected non-empty text, got " "' }],
  });
  expect(whatIf(wb.ctx, 42)).toEqual({
    ok: false,
    reason: 'invalid',
    messages: [{ field: '', message: 'expected an object, got 42' }],
  });
  expect(
    whatIf(wb.ctx, {
      canvas: refTo(wb.ctx.ss, 'Gone'),
      scenario: { name: 'What-if', multipliers: NO_CHANGE },
      keep: false,
    }),
  ).toEqual({
    ok: false,
    reason: 'failed',
    message: expect.stringContaining('The canvas "Gone" is not in this spreadsheet any more'),
  });
  expect(everything(wb.ss)).toEqual(before);
});

test('a canvas the sheet cannot read is left as it is, with the cell named', () => {
  const wb = workbookWith(lemonade());
  const values = wb.sheet.getDataRange().getValues();
  const headerRow = values.findIndex((row) => row[9] === 'Driver multipliers (1 = as on the canvas)') + 1;
  // A word pasted where the Upside price multiplier should be (column N); a paste skips the dropdown's check.
  wb.sheet.getRange(headerRow + 1, 14).setValue('lots');
  const before = everything(wb.ss);
  const result = whatIf(wb.ctx, {
    canvas: refTo(wb.ctx.ss, 'Lemonade'),
    scenario: { name: 'What-if', multipliers: PRICE_UP },
    keep: false,
  });
  expect(result.ok).toBe(false);
  expect(!result.ok && result.reason === 'failed' && result.message).toContain(`N${headerRow + 1}`);
  expect(everything(wb.ss)).toEqual(before);
});

test('sidebarWhatIf is a global of the built Code.js, answering plain JSON (run `npm run build` first)', () => {
  const addon = loadAddon();
  const run = (request: unknown) =>
    JSON.parse(JSON.stringify(addon.call('sidebarWhatIf', JSON.parse(JSON.stringify(request))))) as WhatIfResult;
  expect(run(42)).toEqual({
    ok: false,
    reason: 'invalid',
    messages: [{ field: '', message: 'expected an object, got 42' }],
  });
  const created = addon.call('sidebarCreateCanvas', { name: 'Kiosk' }) as { ok: boolean };
  expect(created.ok).toBe(true);
  const kiosk = refTo(addon.globals.spreadsheet, 'Kiosk');
  addon.call('sidebarEdit', {
    canvas: kiosk,
    version: '0-811c9dc5',
    edit: { kind: 'add', block: 'revenueStreams', value: { name: 'Tea', type: 'asset-sale', price: 3, volume: 1000 } },
  });
  const result = run({
    canvas: kiosk,
    scenario: { name: 'Busy summer', multipliers: { ...NO_CHANGE, volume: 1.5 } },
    keep: true,
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  // 3 × 1 000 before; 3 × 1 500 after.
  expect([result.before.revenue, result.after.revenue]).toEqual([3000, 4500]);
  expect(result.state.canvas.assumptions?.scenarios?.active).toBe('Busy summer');
  expect(addon.globals.LockService.getDocumentLock().tryLock(0)).toBe(true);
});

describe('Keep as scenario: a new one while there is room, or one replaced, and the answer says which', () => {
  const keepAs = (wb: ReturnType<typeof workbookWith>, name: string, as: 'new' | 'replace') =>
    whatIf(wb.ctx, {
      canvas: refTo(wb.ctx.ss, 'Lemonade'),
      scenario: { name, multipliers: PRICE_UP },
      keep: true,
      keepAs: as,
    });

  test('new scenarios fill the free column, then the unkept what-if’s; with no room left one is refused', () => {
    const wb = workbookWith(lemonade());
    success(
      whatIf(wb.ctx, {
        canvas: refTo(wb.ctx.ss, 'Lemonade'),
        scenario: { name: 'What-if', multipliers: PRICE_UP },
        keep: false,
      }),
    );
    expect(scenarioCells(wb).names).toEqual(['Base', 'Upside', 'Downside', 'What-if', '']);
    const a = success(keepAs(wb, 'A', 'new'));
    expect([a.kept, a.state.scenarios]).toEqual([
      'added',
      { names: ['Base', 'Upside', 'Downside', 'What-if', 'A'], active: 'A', unkept: 'What-if', room: 1 },
    ]);
    // The what-if tried and not kept makes room for the second.
    const b = success(keepAs(wb, 'B', 'new'));
    expect([b.kept, b.state.scenarios?.names, b.state.scenarios?.room]).toEqual([
      'added',
      ['Base', 'Upside', 'Downside', 'B', 'A'],
      0,
    ]);
    expectRefused(wb, 'C', true, 'There is no free scenario column for "C"', 'new');
  });

  test('a new scenario under a name on the sheet is refused; replacing it overwrites that one only', () => {
    const wb = workbookWith(lemonade());
    expectRefused(
      wb,
      'Upside',
      true,
      'There is already a scenario named "Upside". Nothing was changed. To overwrite it, choose to replace "Upside"; to add a scenario, pick another name.',
      'new',
    );
    const replaced = success(keepAs(wb, 'Upside', 'replace'));
    expect(replaced.kept).toBe('replaced');
    expect(scenarioCells(wb)).toEqual({
      active: 'Upside',
      names: ['Base', 'Upside', 'Downside', '', ''],
      price: [1, 1.1, 0.95, 1, 1],
    });
    expect(replaced.state.scenarios?.active).toBe('Upside');
  });

  test('replacing a scenario that is not on the sheet is refused, writing nothing', () => {
    expectRefused(
      workbookWith(lemonade()),
      'Sideways',
      true,
      'There is no scenario named "Sideways" to replace',
      'replace',
    );
  });
});
