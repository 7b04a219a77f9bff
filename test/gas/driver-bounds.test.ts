/**
 * Numbers stay in range: every driver has an upper bound that the sidebar, the JSON import and the
 * sheet's own data validation enforce; a number that gets past them anyway (pasted, or written by
 * a script) makes the master check fail and name the cell, instead of saying OK beside #NUM!; and
 * a scenario's churn multiplier never takes churn above 100 % or the monthly volume factor below 0.
 */
import { a1Range } from '../../src/core/a1';
import { FinanceLayout, financeLayout, PROJECTION_COLUMNS, UNITS_MONTH0_COLUMN } from '../../src/core/finance/layout';
import { Canvas, emptyCanvas } from '../../src/core/model';
import { readCanvas } from '../../src/gas/canvas-sheet';
import { importCanvas, editCanvas } from '../../src/gas/sidebar-server';
import { whatIf } from '../../src/gas/whatif-server';
import { editCell, RejectedEditError } from '../../src/local/emulator';
import { churnDoubledByScenario } from '../helpers/churn-case';
import { fresh, refTo, stateOf, workbookWith } from './sidebar-fixture';

const SHEET = 'Lemonade';
const FIRST_MONEY_ROW = 2 + 16 + 3 + 1;
const PRICE_COLUMN = 11;
const VOLUME_COLUMN = 12;
const cups = { name: 'Cups', type: 'asset-sale', price: 10, volume: 100 } as const;

function lemonade(): Canvas {
  const c = emptyCanvas(SHEET);
  c.revenueStreams = [cups];
  c.costs = [{ name: 'Stall', behavior: 'fixed', amount: 200 }];
  return c;
}

function layoutOf(wb: ReturnType<typeof workbookWith>): FinanceLayout {
  const read = readCanvas(wb.sheet);
  if (!read.ok) throw new Error(read.problems.join('\n'));
  return financeLayout(read.finance);
}

/** The master check as the next sidebar answer shows it. */
function checkAfterRefresh(wb: ReturnType<typeof workbookWith>) {
  const s = stateOf(
    editCanvas(
      wb.ctx,
      fresh(wb.ss, { sheetName: SHEET, edit: { kind: 'add', block: 'keyPartners', value: { text: 'Lemon farm' } } }),
    ),
  );
  return s.kpis.check;
}

describe('every driver has an upper bound', () => {
  test('the sidebar refuses a price, volume or cost of 1e308, naming the field and the bound', () => {
    const wb = workbookWith(lemonade());
    const tooBig = [
      { field: 'price', value: { ...cups, name: 'Jugs', price: 1e308 } },
      { field: 'volume', value: { ...cups, name: 'Jugs', volume: 2e12 } },
    ];
    for (const { field, value } of tooBig) {
      const result = editCanvas(
        wb.ctx,
        fresh(wb.ss, { sheetName: SHEET, edit: { kind: 'add', block: 'revenueStreams', value } }),
      );
      expect(result).toMatchObject({ ok: false, reason: 'invalid' });
      const messages = !result.ok && result.reason === 'invalid' ? result.messages : [];
      expect(messages).toEqual([
        { field: `edit.value.${field}`, message: expect.stringMatching(/between 0 and 1,000,000,000,000/) },
      ]);
    }
    const cost = editCanvas(
      wb.ctx,
      fresh(wb.ss, {
        sheetName: SHEET,
        edit: { kind: 'add', block: 'costStructure', value: { name: 'Rent', behavior: 'fixed', amount: 1e308 } },
      }),
    );
    expect(cost).toMatchObject({ ok: false, reason: 'invalid' });
  });

  test('the what-if panel refuses a multiplier of 1e308; the JSON import refuses one too', () => {
    const wb = workbookWith(lemonade());
    const multipliers = { price: 1e308, volume: 1, variableCost: 1, fixedCost: 1, growth: 1, churn: 1 };
    const result = whatIf(wb.ctx, {
      canvas: refTo(wb.ss, SHEET),
      scenario: { name: 'What-if', multipliers },
      keep: false,
    });
    expect(result).toMatchObject({ ok: false });
    expect(JSON.stringify(result)).toMatch(/between 0 and 100/);

    const doc = {
      name: 'Huge',
      revenueStreams: [cups],
      assumptions: {
        scenarios: {
          active: 'Base',
          list: [{ name: 'Base', multipliers }],
        },
      },
    };
    const imported = importCanvas(wb.ctx, { jsonText: JSON.stringify(doc) });
    expect(imported).toMatchObject({ ok: false });
    expect(JSON.stringify(imported)).toMatch(/multipliers\.price: expected a number between 0 and 100/);
  });

  test('the sheet refuses 1e308 typed into a price, a volume, a cost or a multiplier', () => {
    const wb = workbookWith(lemonade());
    const w = layoutOf(wb).whatIf;
    const cells: [number, number][] = [
      [FIRST_MONEY_ROW, PRICE_COLUMN],
      [FIRST_MONEY_ROW, VOLUME_COLUMN],
      [FIRST_MONEY_ROW, 4],
      [w.multipliers.row, w.multipliers.column],
    ];
    for (const [row, column] of cells) {
      expect(() => editCell(wb.sheet, row, column, '1e308')).toThrow(RejectedEditError);
    }
    // The bounds themselves are accepted.
    editCell(wb.sheet, FIRST_MONEY_ROW, PRICE_COLUMN, '1000000000000');
    editCell(wb.sheet, w.multipliers.row, w.multipliers.column, '100');
  });
});

describe('the master check fails, naming the cell, when a KPI is not a number', () => {
  test('a price of 1e308 pasted past the validation: revenue overflows and the check names its cell', () => {
    const wb = workbookWith(lemonade());
    expect(checkAfterRefresh(wb)).toBe('OK');
    wb.sheet.getRange(FIRST_MONEY_ROW, PRICE_COLUMN).setValue(1e308);
    const revenue = layoutOf(wb).kpis.revenue.value;
    const check = checkAfterRefresh(wb);
    expect(check).toMatch(/^A KPI is not a number/);
    expect(check).toContain(` ${a1Range(revenue.row, revenue.column, 1, 1)}`);
  });

  test('a price multiplier of 1e308 in the active scenario: the check names the cells that overflow', () => {
    const wb = workbookWith(lemonade());
    const w = layoutOf(wb).whatIf;
    // The Base scenario's price multiplier, the first cell of the multipliers.
    wb.sheet.getRange(w.multipliers.row, w.multipliers.column).setValue(1e308);
    wb.sheet.getRange(FIRST_MONEY_ROW, VOLUME_COLUMN).setValue(1e12);
    const revenue = layoutOf(wb).kpis.revenue.value;
    const check = checkAfterRefresh(wb);
    expect(check).toMatch(/^A KPI is not a number/);
    expect(check).toContain(` ${a1Range(revenue.row, revenue.column, 1, 1)}`);
  });
});

describe('churn after a scenario multiplier', () => {
  test('never exceeds 100 %: lifetime is one month, and no month has negative or alternating volume', () => {
    const wb = workbookWith(churnDoubledByScenario(SHEET));
    const layout = layoutOf(wb);
    const at = (p: { row: number; column: number }) => wb.sheet.getRange(p.row, p.column).getValue();
    // Churn 0.6 × 2 = 1.2, held at 1: a subscriber stays one month.
    expect(at(layout.kpis.lifetime.value)).toBe(1);
    const { rows, lastMonthColumn } = layout.projection;
    const months = (row: number) =>
      wb.sheet
        .getRange(row, PROJECTION_COLUMNS.firstMonth, 1, lastMonthColumn - PROJECTION_COLUMNS.start)
        .getValues()[0];
    const customers = wb.sheet.getRange(layout.revenueRows.first, UNITS_MONTH0_COLUMN + 1, 1, 3).getValues()[0];
    // Each month × (1 + 0 − 1) = 0: month 1's 100 customers, nobody after (not −20, then 4).
    expect(customers).toEqual([100, 0, 0]);
    expect(months(rows.revenue).every((v) => typeof v === 'number' && v >= 0)).toBe(true);
    expect(
      stateOf(
        editCanvas(
          wb.ctx,
          fresh(wb.ss, { sheetName: SHEET, edit: { kind: 'add', block: 'keyPartners', value: { text: 'x' } } }),
        ),
      ).kpis.check,
    ).toBe('OK');
  });
});
