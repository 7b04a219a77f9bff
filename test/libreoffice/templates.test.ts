/**
 * Every template laid out as the add-on does, exported to .xlsx and recalculated by LibreOffice:
 * the pattern check's outputs match the hand-worked values to 1e-9, and no cell holds an error.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { checkOutputName, checkResultName, unitProfitName } from '../../src/core/patterns/sheet';
import { writeXlsx } from '../../src/local/xlsx';
import { canvasWithCheck, emulatorWithCheck, template } from '../core/patterns/sheet/template-sheet';
import { closeTo, HAND_WORKED, HandWorkedCheck, Shown } from '../core/patterns/sheet/hand-worked';
import { recalculateInLibreOffice } from '../helpers/libreoffice';

const dir = mkdtempSync(join(tmpdir(), 'bmc-lo-templates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function computed(cell: ExcelJS.Cell): unknown {
  // `cell.result`, not `cell.value.result`: ExcelJS leaves a result of 0 out of the latter.
  return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
}

let recalculated: ExcelJS.Workbook;
/** Per template: its sheet's position in the workbook and where each named range sits. */
const placed = new Map<
  string,
  { position: number; prefix: string; at: (name: string) => { row: number; column: number } }
>();

beforeAll(async () => {
  const { ss, write } = emulatorWithCheck();
  for (const hand of HAND_WORKED) {
    const { sheet, prefix } = write(canvasWithCheck(template(hand.id)));
    const at = (name: string) => {
      const r = ss.getRangeByName(name);
      if (r === null) throw new Error(`no named range ${name}`);
      return { row: r.getRow(), column: r.getColumn() };
    };
    // By position: the .xlsx format cuts sheet names to 31 characters.
    placed.set(hand.id, { position: ss.getSheets().findIndex((s) => s.getName() === sheet.getName()), prefix, at });
  }
  const file = join(dir, 'templates.xlsx');
  await writeXlsx(ss.toJSON(), file);
  const [out] = recalculateInLibreOffice([file], dir);
  recalculated = new ExcelJS.Workbook();
  await recalculated.xlsx.readFile(out);
}, 180_000);

describe.each(HAND_WORKED.map((h) => [h.id, h] as [string, HandWorkedCheck]))(
  '%s recalculated by LibreOffice',
  (id, hand) => {
    test('every pattern-check output matches the hand-worked value, as a live formula', () => {
      const { position, prefix, at } = placed.get(id)!;
      const ws = recalculated.worksheets[position];
      if (!ws) throw new Error(`No sheet ${position + 1} in the recalculated workbook`);
      const expected: [string, Shown][] = [
        ...Object.entries(hand.outputs).map(([key, v]): [string, Shown] => [checkOutputName(prefix, key), v]),
        ...(hand.unitProfits ?? []).map((v, i): [string, Shown] => [unitProfitName(prefix, i + 1), v]),
        [checkResultName(prefix), hand.result],
      ];
      const wrong = expected.flatMap(([name, want]) => {
        const p = at(name);
        const cell = ws.getCell(p.row, p.column);
        const got = computed(cell);
        return closeTo(got, want) && cell.type === ExcelJS.ValueType.Formula
          ? []
          : [`${name}: expected ${want}, got ${JSON.stringify(got)}`];
      });
      expect(wrong).toEqual([]);
    });
  },
);

test('no cell of the recalculated templates holds an error', () => {
  const errors: string[] = [];
  for (const ws of recalculated.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = computed(cell);
        if (typeof v === 'object' && v !== null && 'error' in v) errors.push(`${ws.name}!${cell.address}`);
      }),
    );
  }
  expect(errors).toEqual([]);
  expect(recalculated.worksheets.length).toBeGreaterThanOrEqual(HAND_WORKED.length);
});
