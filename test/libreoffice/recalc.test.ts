/**
 * The hand-worked cases exported with `bmc export` and recalculated by LibreOffice: the KPIs it
 * computes match the hand-worked values, and no cell of the workbook holds an error. A second
 * workbook holds a canvas with its Upside scenario active: its KPIs, sensitivity grid, goal seeks
 * and tornado, recalculated the same way, match values worked out by hand.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { financeLayout, FinanceLayout } from '../../src/core/finance/layout';
import { readCanvas } from '../../src/gas/canvas-sheet';
import { Canvas, emptyCanvas } from '../../src/core/model';
import { emulatedWorkbook, runCli } from '../../src/local/cli';
import { writeXlsx } from '../../src/local/xlsx';
import { TORNADO_COLUMNS } from '../../src/core/whatif/layout';
import { COMPARE_SHEET_NAME } from '../../src/core/compare/marker';
import { agrees, fixturePath, KPI_CASES, loadFixture } from '../helpers/kpi-cases';
import { recalculateInLibreOffice } from '../helpers/libreoffice';

const dir = mkdtempSync(join(tmpdir(), 'bmc-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What LibreOffice computed in a cell: a formula's result, or the constant. */
function computed(cell: ExcelJS.Cell): unknown {
  // `cell.result`, not `cell.value.result`: ExcelJS leaves a result of 0 out of the latter.
  return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
}

function isErrorValue(v: unknown): boolean {
  return typeof v === 'object' && v !== null && 'error' in v;
}

/**
 * Beans at 10 × 1 000 a month, roasting 4 per unit, card fees 2 % of revenue, rent 3 000; growth
 * 5 % and churn 2 % a month; 10 000 invested. Upside active: price × 1.05, volume × 1.1, growth
 * × 1.2, churn × 0.8.
 */
function upsideCanvas(): Canvas {
  const c = emptyCanvas('Roastery upside');
  // Sold to regular buyers: an asset sale marked recurring, so churn applies.
  c.revenueStreams = [{ name: 'Beans', type: 'asset-sale', price: 10, volume: 1000, recurring: true }];
  c.costs = [
    { name: 'Rent', behavior: 'fixed', amount: 3000 },
    { name: 'Roasting', behavior: 'variable', per: 'unit', amount: 4 },
    { name: 'Card fees', behavior: 'variable', per: 'revenue', amount: 0.02 },
  ];
  const same = { variableCost: 1, fixedCost: 1 };
  c.assumptions = {
    growth: 0.05,
    churn: 0.02,
    initialInvestment: 10000,
    scenarios: {
      active: 'Upside',
      list: [
        { name: 'Base', multipliers: { price: 1, volume: 1, ...same, growth: 1, churn: 1 } },
        { name: 'Upside', multipliers: { price: 1.05, volume: 1.1, ...same, growth: 1.2, churn: 0.8 } },
      ],
    },
  };
  return c;
}

/** The default 10 % a year, as a monthly rate. */
const i = 1.1 ** (1 / 12) - 1;
/** Upside's volume factor: 1 + 5 % × 1.2 − 2 % × 0.8. */
const q = 1.044;
const x = q / (1 + i);

/**
 * Upside by hand: revenue 10 000 × 1.05 × 1.1 = 11 550; variable 4 000 × 1.1 + 0.02 × 11 550 =
 * 4 631; contribution 6 919 from 1 100 units at 10.5; fixed 3 000.
 */
const UPSIDE_KPIS = {
  revenue: 11550,
  variableCosts: 4631,
  contributionMargin: 6919,
  fixedCosts: 3000,
  profit: 3919,
  breakEvenRevenue: (3000 * 11550) / 6919,
  breakEvenUnits: (3000 * 1100) / 6919,
  npv: -10000 + (6919 / (1 + i)) * ((1 - x ** 36) / (1 - x)) - 3000 * ((1 - (1 + i) ** -36) / i),
};

let recalculated: ExcelJS.Workbook;
let upside: ExcelJS.Workbook;
let upsideFormulas = 0;
let stale: ExcelJS.Workbook;
let formulasWritten = 0;
const layouts = new Map<string, FinanceLayout>();
const UPSIDE = 'Roastery upside';

beforeAll(async () => {
  const cases = join(dir, 'cases.xlsx');
  const err: string[] = [];
  const code = await runCli(['export', ...KPI_CASES.map((c) => fixturePath(c.fixture)), cases], {
    out: () => undefined,
    err: (t) => err.push(t),
  });
  if (code !== 0) throw new Error(err.join('\n'));

  // A workbook whose cached value is wrong on purpose: LibreOffice must recompute it, not keep it.
  const staleInput = join(dir, 'stale.xlsx');
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Stale').getCell('A1').value = { formula: '1+1', result: 5 };
  await wb.xlsx.writeFile(staleInput);

  // The Upside canvas, laid out by the add-on's own code on the emulator, as `bmc export` does.
  const upsideInput = join(dir, 'upside.xlsx');
  const upsideBook = emulatedWorkbook([upsideCanvas()]);
  await writeXlsx(upsideBook.globals.spreadsheet.toJSON(), upsideInput);
  upsideFormulas = upsideBook.globals.spreadsheet
    .toJSON()
    .sheets.flatMap((s) => s.cells)
    .filter((c) => c.formula !== undefined).length;
  const upsideRead = readCanvas(upsideBook.sheets[0]);
  if (!upsideRead.ok) throw new Error(upsideRead.problems.join('\n'));
  layouts.set(UPSIDE, financeLayout(upsideRead.finance));

  const [casesOut, staleOut, upsideOut] = recalculateInLibreOffice([cases, staleInput, upsideInput], dir);
  recalculated = new ExcelJS.Workbook();
  await recalculated.xlsx.readFile(casesOut);
  stale = new ExcelJS.Workbook();
  await stale.xlsx.readFile(staleOut);
  upside = new ExcelJS.Workbook();
  await upside.xlsx.readFile(upsideOut);

  // Where each canvas's KPIs are: the same layout code, run again on the emulator.
  const { globals, sheets } = emulatedWorkbook(KPI_CASES.map((c) => loadFixture(c.fixture)));
  formulasWritten = globals.spreadsheet
    .toJSON()
    .sheets.flatMap((s) => s.cells)
    .filter((c) => c.formula !== undefined).length;
  for (const sheet of sheets) {
    const read = readCanvas(sheet);
    if (!read.ok) throw new Error(read.problems.join('\n'));
    layouts.set(sheet.getName(), financeLayout(read.finance));
  }
}, 180_000);

test('LibreOffice recalculates on load rather than keeping cached values', () => {
  expect(computed(stale.getWorksheet('Stale')!.getCell('A1'))).toBe(2);
});

describe.each(KPI_CASES)('$fixture recalculated by LibreOffice', ({ fixture, expected }) => {
  test('every KPI matches the hand-worked value to 1e-9, and the check says OK', () => {
    const name = loadFixture(fixture).name;
    const ws = recalculated.getWorksheet(name);
    const layout = layouts.get(name);
    if (!ws || !layout) throw new Error(`No sheet "${name}" in the recalculated workbook`);
    const wrong = Object.entries(expected).flatMap(([key, want]) => {
      const p = layout.kpis[key as keyof typeof layout.kpis].value;
      const cell = ws.getCell(p.row, p.column);
      const got = computed(cell);
      return agrees(got, want) && cell.type === ExcelJS.ValueType.Formula
        ? []
        : [`${key}: expected ${want}, got ${JSON.stringify(got)}`];
    });
    expect(wrong).toEqual([]);
    expect(computed(ws.getCell(layout.master.value.row, layout.master.value.column))).toBe('OK');
  });
});

test('no cell of the recalculated workbook holds an error, and every formula is still a formula', () => {
  const errors: string[] = [];
  let formulas = 0;
  for (const ws of recalculated.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas++;
        if (isErrorValue(computed(cell))) errors.push(`${ws.name}!${cell.address}`);
      }),
    );
  }
  expect(errors).toEqual([]);
  // One sheet per canvas, and the Compare sheet `bmc export` adds for two or more.
  expect(recalculated.worksheets.map((ws) => ws.name)).toEqual([
    ...KPI_CASES.map((c) => loadFixture(c.fixture).name),
    COMPARE_SHEET_NAME,
  ]);
  expect(formulas).toBe(formulasWritten);
});

describe('a canvas with its Upside scenario active, recalculated by LibreOffice', () => {
  const sheet = () => {
    const ws = upside.getWorksheet(UPSIDE);
    const layout = layouts.get(UPSIDE);
    if (!ws || !layout) throw new Error(`No sheet "${UPSIDE}" in the recalculated workbook`);
    return { ws, layout, w: layout.whatIf, at: (row: number, column: number) => computed(ws.getCell(row, column)) };
  };
  const wrongOf = (pairs: [string, unknown, number | string][]) =>
    pairs.flatMap(([what, got, want]) =>
      agrees(got, want) ? [] : [`${what}: expected ${want}, got ${JSON.stringify(got)}`],
    );

  test('the panel and the projection follow the scenario, to 1e-9', () => {
    const { layout, at } = sheet();
    const kpis = Object.entries(UPSIDE_KPIS).map(([key, want]): [string, unknown, number] => {
      const p = layout.kpis[key as keyof typeof layout.kpis].value;
      return [key, at(p.row, p.column), want];
    });
    const { rows } = layout.projection;
    const month3 = 2 + 3;
    expect(
      wrongOf([
        ...kpis,
        ['month 3 revenue', at(rows.revenue, month3), 11550 * q ** 2],
        ['month 3 profit', at(rows.profit, month3), 6919 * q ** 2 - 3000],
      ]),
    ).toEqual([]);
    expect(at(layout.master.value.row, layout.master.value.column)).toBe('OK');
  });

  test('the sensitivity grid, to 1e-9', () => {
    const { w, at } = sheet();
    const g = w.grid;
    expect(
      wrongOf([
        // Price 1.05 × 0.7, volume 1.1 × 1.3: revenue 10 510.5; variable 5 720 + 210.21.
        ['price −30 %, volume +30 %', at(g.row + 6, g.column), 10510.5 - 5930.21 - 3000],
        // Price 1.05 × 1.3, volume 1.1 × 0.7: revenue 10 510.5; variable 3 080 + 210.21.
        ['price +30 %, volume −30 %', at(g.row, g.column + 6), 10510.5 - 3290.21 - 3000],
        ['no change', at(g.row + 3, g.column + 3), 3919],
        // Price 1.05 × 0.9, volume 1.1: revenue 10 395; variable 4 400 + 207.9.
        ['price −10 %', at(g.row + 3, g.column + 2), 10395 - 4607.9 - 3000],
      ]),
    ).toEqual([]);
  });

  test('the goal seeks and the tornado, to 1e-9', () => {
    const { w, at } = sheet();
    const goal = (k: keyof typeof w.goals) => at(w.goals[k].row, w.goals[k].column);
    const t = w.tornado;
    expect(
      wrongOf([
        // 11 550 k − 231 k = 4 400 + 3 000 at the scenario's volume.
        ['break-even price change', goal('breakEvenPriceChange'), 7400 / 11319 - 1],
        ['break-even price', goal('breakEvenPrice'), (10.5 * 7400) / 11319],
        // A target of 0: the volume that breaks even, 1 100 × 3 000 ÷ 6 919.
        ['volume for the target', goal('volumeForTarget'), (1100 * 3000) / 6919],
        ['churn for the bar', goal('churnForBar'), 'n/a'],
        // Month 36: contribution × 1.044^35 − fixed costs.
        ['tornado baseline', at(t.baseline.row, t.baseline.column), 6919 * q ** 35 - 3000],
        ['fixed cost range', at(t.rows.fixedCost, TORNADO_COLUMNS.range), 600],
      ]),
    ).toEqual([]);
  });

  test('no cell holds an error, and every formula is still a formula', () => {
    const errors: string[] = [];
    let formulas = 0;
    for (const ws of upside.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulas++;
          if (isErrorValue(computed(cell))) errors.push(`${ws.name}!${cell.address}`);
        }),
      );
    }
    expect(errors).toEqual([]);
    expect(formulas).toBe(upsideFormulas);
  });
});
