import vm from 'node:vm';
import { EditResult } from '../../src/core/api';
import { emptyCanvas } from '../../src/core/model';
import { loadAddon } from '../../src/local/load-addon';
import { setAssumptions } from '../../src/gas/assumptions-server';
import { everything, refTo, stateOf, workbookWith } from './sidebar-fixture';

function studio() {
  const c = emptyCanvas('Studio');
  c.revenueStreams = [{ name: 'Members', type: 'subscription', price: 40, volume: 200 }];
  c.costs = [{ name: 'Rent', behavior: 'fixed', amount: 3000 }];
  return c;
}

test('the assumptions given are written to the panel and read back; the others stay as they were', () => {
  const wb = workbookWith(studio());
  const values = { growth: 0.05, churn: 0.02, acquisitionCost: 50, initialInvestment: 10000, discountRate: 0.08 };
  const state = stateOf(setAssumptions(wb.ctx, { canvas: refTo(wb.ss, 'Studio'), values }));
  expect(state.canvas.assumptions).toMatchObject({ ...values, ltvCacBar: 3 });
  const again = stateOf(setAssumptions(wb.ctx, { canvas: refTo(wb.ss, 'Studio'), values: { churn: 0.03 } }));
  expect(again.canvas.assumptions).toMatchObject({ ...values, churn: 0.03 });
  // The panel's labels and the cells beside them, as the sheet shows them.
  const shown = wb.sheet.getDataRange().getDisplayValues();
  const row = shown.find((r) => r.includes('Monthly churn')) ?? [];
  expect(row).toContain('3.0%');
});

test('values the rules table refuses are named, field by field, and nothing is written', () => {
  const wb = workbookWith(studio());
  const before = everything(wb.ss);
  const result = setAssumptions(wb.ctx, {
    canvas: refTo(wb.ss, 'Studio'),
    values: { churn: 1.5, growth: -0.1, acquisitionCost: 'fifty', ltvCacBar: 4 },
  });
  expect(result).toEqual({
    ok: false,
    reason: 'invalid',
    messages: [
      { field: 'values.ltvCacBar', message: expect.stringContaining('unknown field') },
      { field: 'values.growth', message: expect.stringContaining('expected a share between 0 and') },
      {
        field: 'values.churn',
        message: 'expected a share between 0 and 1, got 1.5 (did you mean 1.5 %, that is 0.015?)',
      },
      { field: 'values.acquisitionCost', message: expect.stringContaining('got "fifty"') },
    ],
  });
  expect(everything(wb.ss)).toEqual(before);
});

test('sidebarSetAssumptions is a global of Code.js, reading a request made in the script’s own realm', () => {
  const addon = loadAddon();
  const made = addon.call('sidebarCreateCanvas', { name: 'Studio' }) as { ok: boolean };
  expect(made.ok).toBe(true);
  // As Apps Script (and the playground) hands it over: parsed by the script's own JSON.
  const parse = vm.runInContext('JSON.parse', addon.context) as (text: string) => unknown;
  const request = { canvas: refTo(addon.globals.spreadsheet, 'Studio'), values: { churn: 0.025, growth: 0.01 } };
  const result = addon.call('sidebarSetAssumptions', parse(JSON.stringify(request))) as EditResult;
  expect(stateOf(result).canvas.assumptions).toMatchObject({ churn: 0.025, growth: 0.01 });
});

test('starting cash is at hand before month 1: the runway follows it, the funding need is the investment’s', () => {
  const wb = workbookWith(studio());
  const named = (suffix: string) => wb.ss.getRangeByName(`Studio_${suffix}`)?.getValue();
  // 40 × 200 − 3 000 = 5 000 profit a month from month 1: the deepest cumulative cash is month 0.
  stateOf(setAssumptions(wb.ctx, { canvas: refTo(wb.ss, 'Studio'), values: { initialInvestment: 12000 } }));
  expect(named('FundingNeed')).toBe(12000);
  expect(named('Runway')).toBe(0);
  const state = stateOf(setAssumptions(wb.ctx, { canvas: refTo(wb.ss, 'Studio'), values: { startingCash: 5000 } }));
  expect(state.canvas.assumptions?.startingCash).toBe(5000);
  // The funding need is what cumulative cash needs, whatever is at hand; the balance starts at
  // 5 000 − 12 000 < 0, so there is no runway.
  expect(named('FundingNeed')).toBe(12000);
  expect(named('Runway')).toBe(0);
  stateOf(setAssumptions(wb.ctx, { canvas: refTo(wb.ss, 'Studio'), values: { startingCash: 20000 } }));
  // 20 000 − 12 000 = 8 000 at month 0, then 5 000 more each month: the cash never runs out.
  expect(named('Runway')).toBe('beyond 36 months');
});
