/**
 * The hand-worked cases exported with `bmc export` and recalculated by LibreOffice: the KPIs it
 * computes match the hand-worked values, and no cell of the workbook holds an error.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { financeLayout, FinanceLayout } from '../../src/core/finance/layout';
import { readCanvas } from '../../src/gas/canvas-sheet';
import { emulatedWorkbook, runCli } from '../../src/local/cli';
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

let recalculated: ExcelJS.Workbook;
let stale: ExcelJS.Workbook;
let formulasWritten = 0;
const layouts = new Map<string, FinanceLayout>();

beforeAll(async () => {
  const cases = join(dir, 'cases.xlsx');
  const err: string[] = [];
  const code = await runCli(['export', ...KPI_CASES.map((c) => fixturePath(c.fixture)), cases], { out: () => undefined, err: (t) => err.push(t) });
  if (code !== 0) throw new Error(err.join('\n'));

  // A workbook whose cached value is wrong on purpose: LibreOffice must recompute it, not keep it.
  const staleInput = join(dir, 'stale.xlsx');
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Stale').getCell('A1').value = { formula: '1+1', result: 5 };
  await wb.xlsx.writeFile(staleInput);

  const [casesOut, staleOut] = recalculateInLibreOffice([cases, staleInput], dir);
  recalculated = new ExcelJS.Workbook();
  await recalculated.xlsx.readFile(casesOut);
  stale = new ExcelJS.Workbook();
  await stale.xlsx.readFile(staleOut);

  // Where each canvas's KPIs are: the same layout code, run again on the emulator.
  const { globals, sheets } = emulatedWorkbook(KPI_CASES.map((c) => loadFixture(c.fixture)));
  formulasWritten = globals.spreadsheet.toJSON().sheets.flatMap((s) => s.cells).filter((c) => c.formula !== undefined).length;
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
      return agrees(got, want) && cell.type === ExcelJS.ValueType.Formula ? [] : [`${key}: expected ${want}, got ${JSON.stringify(got)}`];
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
  expect(recalculated.worksheets).toHaveLength(KPI_CASES.length);
  expect(formulas).toBe(formulasWritten);
});
