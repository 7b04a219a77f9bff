/**
 * Three canvases exported with `bmc export a.json b.json c.json OUT.xlsx`, recalculated by
 * LibreOffice: the Compare sheet's live KPI rows and its weighted scorecard match values worked
 * out by hand from the fixtures, and no cell holds an error. A second workbook, whose middle canvas
 * was deleted after comparing, shows that canvas as "missing" instead of an error.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { COMPARE_MARKER_KEY, CompareMarker, MISSING, parseCompareMarker, rowsByKey } from '../../src/core/compare';
import { emulatedWorkbook, runCli } from '../../src/local/cli';
import { writeXlsx } from '../../src/local/xlsx';
import { agrees, Expected, fixturePath, loadFixture } from '../helpers/kpi-cases';
import { recalculateInLibreOffice } from '../helpers/libreoffice';

const dir = mkdtempSync(join(tmpdir(), 'bmc-lo-compare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FIXTURES = ['one-stream', 'subscription-steady-with-investment', 'projection-break-even'];
const NA = 'n/a';

/** The default 10 % a year as a monthly rate, and the present value of 1 a month for 36 months at it. */
const i = 1.1 ** (1 / 12) - 1;
const annuity36 = (1 - (1 + i) ** -36) / i;

// Corner Coffee: 4 × 2500 revenue, 1.5 × 2500 beans and cups, 3000 rent; no growth, 10 % a year.
const npvCoffee = 3250 * annuity36;
// Steady SaaS: growth and churn cancel, so customers stay at 1,000, but from month 2 the 40 new
// customers a month cost 250 each: 10,000 profit in month 1, then 0, after a 60,000 investment, undiscounted.
const npvSaas = -60000 + 10000;
// Widget workshop: profit in month m is 600 × 1.5^(m − 1) − 2000, discounted at 10 % a year:
// 600 ÷ (1 + i) × (q^36 − 1) ÷ (q − 1) with q = 1.5 ÷ (1 + i), less 2000 a month as an annuity.
const q = 1.5 / (1 + i);
const npvWidgets = (600 / (1 + i)) * ((q ** 36 - 1) / (q - 1)) - 2000 * annuity36;
const mosWidgets = (1000 - 2000 / 0.6) / 1000;

/** Each KPI row of the Compare sheet, one value per canvas in FIXTURES order. */
const KPIS: Record<string, [Expected, Expected, Expected]> = {
  revenue: [10000, 30000, 1000],
  // Variable costs are revenue less contribution margin; fixed costs are contribution margin less profit.
  variableCosts: [3750, 5000, 400],
  fixedCosts: [3000, 15000, 2000],
  cmRatio: [0.625, 25000 / 30000, 600 / 1000],
  profit: [3250, 10000, -1400],
  profitMargin: [0.325, 10000 / 30000, -1.4],
  breakEvenRevenue: [4800, 18000, 2000 / 0.6], // fixed costs ÷ CM ratio
  marginOfSafety: [0.52, (30000 - 18000) / 30000, mosWidgets],
  // Steady SaaS: contribution per subscriber 30 × 5/6 = 25, lifetime 1 ÷ 0.04 = 25 months, LTV 625, CAC 250.
  ltvToCac: [NA, 625 / 250, NA],
  cacPayback: [NA, 250 / 25, NA],
  // Widget workshop: −1400, −1100, −650, then +25 in month 4.
  breakEvenMonth: [1, 1, 4],
  // Widget workshop: cumulative −1400, −2500, −3150, then rising.
  fundingNeed: [0, 60000, 3150],
  npv: [npvCoffee, npvSaas, npvWidgets],
};

/**
 * Each criterion scored against its default target, canvas by canvas: 1 when met, else the share
 * of the way there; a figure that is not a number reads "missing" (and counts 0).
 * Targets: profit margin ≥ 20 %, LTV:CAC ≥ 3, CAC payback ≤ 12, break-even month ≤ 24,
 * margin of safety ≥ 20 %, NPV ≥ 0.
 */
const CRITERIA: [string, number, [Expected, Expected, Expected]][] = [
  ['profitMargin', 3, [1, 1, 0]],
  ['ltvToCac', 2, [MISSING, 2.5 / 3, MISSING]],
  ['cacPayback', 1, [MISSING, 1, MISSING]],
  ['breakEvenMonth', 1, [1, 1, 1]],
  ['marginOfSafety', 2, [1, 1, 0]],
  ['npv', 2, [1, 0, 1]], // Steady SaaS's NPV is below 0 once its new customers are paid for
];
const SCORES = [0, 1, 2].map(
  (c) => CRITERIA.reduce((sum, [, w, s]) => sum + w * (typeof s[c] === 'number' ? (s[c] as number) : 0), 0) / 11,
);
// Coffee: (3 + 1 + 2 + 2) ÷ 11; SaaS: (3 + 2 × 2.5/3 + 1 + 1 + 2) ÷ 11; widgets: (1 + 2) ÷ 11.
const RANKS = [2, 1, 3];

function computed(cell: ExcelJS.Cell): unknown {
  // `cell.result`, not `cell.value.result`: ExcelJS leaves a result of 0 out of the latter.
  return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
}

function errorCells(wb: ExcelJS.Workbook): string[] {
  const errors: string[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = computed(cell);
        if (typeof v === 'object' && v !== null && 'error' in v) errors.push(`${ws.name}!${cell.address}`);
      }),
    );
  }
  return errors;
}

/** The Compare sheet's marker, and where its rows are (by their row keys). */
function markerOf(wb: ReturnType<typeof emulatedWorkbook>): CompareMarker & { rows: Record<string, number> } {
  const found = wb.compare?.getDeveloperMetadata().find((m) => m.getKey() === COMPARE_MARKER_KEY);
  const marker = parseCompareMarker(found ? found.getValue() : null);
  const rows = wb.compare ? rowsByKey(wb.compare.getDataRange().getValues()) : null;
  if (marker === null || rows === null) throw new Error('the Compare sheet has no marker or row keys');
  return { ...marker, rows };
}

let full: ExcelJS.Workbook;
let partial: ExcelJS.Workbook;
let marker: ReturnType<typeof markerOf>;
let partialMarker: ReturnType<typeof markerOf>;
let exported = '';

beforeAll(async () => {
  const out = join(dir, 'three.xlsx');
  const err: string[] = [];
  const code = await runCli(['export', ...FIXTURES.map(fixturePath), out], {
    out: (t) => (exported = t),
    err: (t) => err.push(t),
  });
  if (code !== 0) throw new Error(err.join('\n'));
  // Where the rows are: the same layout code, run again on the emulator.
  marker = markerOf(emulatedWorkbook(FIXTURES.map(loadFixture)));

  // Compared, then the middle canvas deleted: its named ranges go with it.
  const gone = emulatedWorkbook(FIXTURES.map(loadFixture));
  partialMarker = markerOf(gone);
  gone.globals.spreadsheet.deleteSheet(gone.sheets[1]);
  const partialOut = join(dir, 'one-deleted.xlsx');
  await writeXlsx(gone.globals.spreadsheet.toJSON(), partialOut);

  const [fullRecalc, partialRecalc] = recalculateInLibreOffice([out, partialOut], dir);
  full = new ExcelJS.Workbook();
  await full.xlsx.readFile(fullRecalc);
  partial = new ExcelJS.Workbook();
  await partial.xlsx.readFile(partialRecalc);
}, 180_000);

test('bmc export writes the three canvases and the Compare sheet', () => {
  expect(full.worksheets.map((w) => w.name)).toEqual(['Corner Coffee', 'Steady SaaS', 'Widget workshop', 'Compare']);
  expect(exported).toMatch(/"Corner Coffee", "Steady SaaS", "Widget workshop", "Compare" from one-stream\.json, /);
  expect(marker.canvases.map((c) => c.sheetName)).toEqual(['Corner Coffee', 'Steady SaaS', 'Widget workshop']);
});

test.each(Object.entries(KPIS))(
  'the %s row, recalculated by LibreOffice, matches the hand-worked values as live formulas',
  (key, want) => {
    const ws = full.getWorksheet('Compare') as ExcelJS.Worksheet;
    const row = marker.rows[`kpi:${key}`];
    expect(row).toBeDefined();
    const got = [2, 3, 4].map((column) => ws.getCell(row, column));
    expect(got.map((c) => c.type)).toEqual([
      ExcelJS.ValueType.Formula,
      ExcelJS.ValueType.Formula,
      ExcelJS.ValueType.Formula,
    ]);
    const wrong = got.flatMap((cell, c) =>
      agrees(computed(cell), want[c])
        ? []
        : [`${cell.address}: expected ${want[c]}, got ${JSON.stringify(computed(cell))}`],
    );
    expect(wrong).toEqual([]);
  },
);

test('the scorecard: per-figure scores, weighted scores and ranks match the hand-worked values', () => {
  const ws = full.getWorksheet('Compare') as ExcelJS.Worksheet;
  const wrong: string[] = [];
  const check = (row: number, want: readonly Expected[], what: string) =>
    want.forEach((w, c) => {
      const got = computed(ws.getCell(row, c + 2));
      if (!agrees(got, w)) wrong.push(`${what}, canvas ${c + 1}: expected ${w}, got ${JSON.stringify(got)}`);
    });
  CRITERIA.forEach(([key, , want], k) => check(marker.rows[`criterion:${k + 1}`], want, `criterion ${key}`));
  check(marker.rows.score, SCORES, 'weighted score');
  check(marker.rows.rank, RANKS, 'rank');
  expect(wrong).toEqual([]);
});

test('the active scenario and the assumptions are linked to each canvas, and one currency warns of nothing', () => {
  const ws = full.getWorksheet('Compare') as ExcelJS.Worksheet;
  const row = (key: string) => [2, 3, 4].map((c) => computed(ws.getCell(marker.rows[key], c)));
  expect(row('link:scenario')).toEqual(['Base', 'Base', 'Base']);
  expect(ws.getCell(marker.rows['link:scenario'], 2).type).toBe(ExcelJS.ValueType.Formula);
  const churn = row('link:churn');
  expect(churn[1]).toBeCloseTo(0.04, 12);
  expect(row('link:acquisitionCost')[1]).toBe(250);
  // An empty text result: ExcelJS reads it back as no result at all.
  expect(ws.getCell(marker.rows.currencyCheck, 1).type).toBe(ExcelJS.ValueType.Formula);
  expect(computed(ws.getCell(marker.rows.currencyCheck, 1)) ?? '').toBe('');
});

test('best and worst are named beside each row, with ▲ and ▼', () => {
  const ws = full.getWorksheet('Compare') as ExcelJS.Worksheet;
  const marks = (key: string) => computed(ws.getCell(marker.rows[key], 5));
  expect(ws.getCell(4, 5).value).toBe('Best ▲ / worst ▼');
  expect(marks('kpi:profit')).toBe('▲ Steady SaaS  ▼ Widget workshop');
  // Lower is better: the funding need of 0 is best, 60,000 worst.
  expect(marks('kpi:fundingNeed')).toBe('▲ Corner Coffee  ▼ Steady SaaS');
  expect(marks('score')).toBe('▲ Steady SaaS  ▼ Widget workshop');
});

test('no cell of the recalculated workbook holds an error', () => {
  expect(errorCells(full)).toEqual([]);
});

test('a canvas deleted after comparing shows as "missing" in its column, and nothing shows an error', () => {
  expect(partial.worksheets.map((w) => w.name)).toEqual(['Corner Coffee', 'Widget workshop', 'Compare']);
  const ws = partial.getWorksheet('Compare') as ExcelJS.Worksheet;
  const rows = [
    ...Object.keys(KPIS).map((key) => partialMarker.rows[`kpi:${key}`]),
    partialMarker.rows.score,
    partialMarker.rows.rank,
  ];
  expect(rows.map((row) => computed(ws.getCell(row, 3)))).toEqual(rows.map(() => MISSING));
  // The KPI cells are still the live formulas, which fall back to "missing" when the names are gone.
  expect(ws.getCell(partialMarker.rows['kpi:revenue'], 3).type).toBe(ExcelJS.ValueType.Formula);
  // The canvases still there keep their figures; with two left, the better one ranks first.
  expect(computed(ws.getCell(partialMarker.rows['kpi:revenue'], 2))).toBe(10000);
  expect(computed(ws.getCell(partialMarker.rows['kpi:profit'], 4))).toBe(-1400);
  expect([2, 4].map((c) => computed(ws.getCell(partialMarker.rows.rank, c)))).toEqual([1, 2]);
  expect(errorCells(partial)).toEqual([]);
});
