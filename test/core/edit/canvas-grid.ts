/**
 * A canvas sheet as plain arrays, for testing edit plans without a spreadsheet: the layout's plan
 * turned into the values and formulas a read would return, and a
 * small, independent stand-in for what Sheets does with an edit plan (insert whole rows, moving
 * and stretching named ranges; write rectangles).
 */
import { EditValue, isKept } from '../../../src/core/edit/cells';
import { EditPlan, EditStart } from '../../../src/core/edit/plan-edit';
import { CANVAS_MARKER_KEY, layoutCanvas } from '../../../src/core/layout/canvas-layout';
import { CANVAS_COLUMNS } from '../../../src/core/layout/geometry';
import { CanvasOnSheet, readCanvasData } from '../../../src/core/layout/read-canvas';
import { Canvas } from '../../../src/core/model';
import { GridRange, isFormula, PlanValue } from '../../../src/core/plan';

export interface TestSheet {
  values: unknown[][];
  formulas: string[][];
  namedRanges: Record<string, GridRange>;
  marker: string;
}

function put(sheet: TestSheet, row: number, column: number, v: EditValue | PlanValue): void {
  while (sheet.values.length < row) {
    sheet.values.push(new Array(CANVAS_COLUMNS).fill(''));
    sheet.formulas.push(new Array(CANVAS_COLUMNS).fill(''));
  }
  const isFormulaCell = v !== null && typeof v === 'object' && !isKept(v) && isFormula(v);
  sheet.values[row - 1][column - 1] =
    v === null
      ? ''
      : isFormulaCell
        ? ((v as { shown?: unknown }).shown ?? '')
        : typeof v === 'object' && isKept(v)
          ? v.kept
          : v;
  sheet.formulas[row - 1][column - 1] = isFormulaCell ? (v as { formula: string }).formula : '';
}

/** The sheet a new canvas sheet holds, with named ranges where the layout puts them. */
export function laidOut(canvas: Canvas, prefix = 'Test'): TestSheet {
  const { plan } = layoutCanvas(canvas, { sheetName: canvas.name, prefix, createdOn: '2025-01-15' });
  const sheet: TestSheet = { values: [], formulas: [], namedRanges: {}, marker: plan.metadata[CANVAS_MARKER_KEY] };
  plan.values.forEach((row, r) => row.forEach((v, c) => c < CANVAS_COLUMNS && put(sheet, r + 1, c + 1, v)));
  for (const n of plan.namedRanges) sheet.namedRanges[n.name] = { ...n.range };
  return sheet;
}

export function readBack(sheet: TestSheet): CanvasOnSheet {
  const read = readCanvasData({
    sheetName: () => 'Test',
    marker: sheet.marker,
    patternCheck: null,
    namedRanges: sheet.namedRanges,
    values: sheet.values,
  });
  if (!read.ok) throw new Error(`The sheet does not read back: ${read.problems.join(' ')}`);
  const { ok: _ok, ...onSheet } = read;
  return onSheet;
}

/** The canvas on the sheet with what it was read from, as an edit starts from. */
export function startOf(sheet: TestSheet): EditStart {
  return {
    ...readBack(sheet),
    sheetName: 'Test',
    grid: sheet,
    namedRanges: sheet.namedRanges,
    metadata: { marker: sheet.marker, patternCheck: null },
  };
}

/** A formula after rows go in at `at`: every row number at or below it moves down (strings and sheet names aside). */
function insertedRows(formula: string, at: number, count: number): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(^|[^A-Za-z0-9_.])(\$?[A-Z]{1,3}\$?)([0-9]+)(?![A-Za-z0-9_.(])/g, (_m, before, column, row) => {
            const n = Number(row);
            return `${before}${column}${n >= at ? n + count : n}`;
          }),
    )
    .join('');
}

/** What Sheets does with a plan's row insertions and value writes (fills are not modelled). */
export function carryOut(sheet: TestSheet, plan: EditPlan): void {
  for (const ins of plan.insertions) {
    const blank = () => new Array(CANVAS_COLUMNS).fill('');
    sheet.values.splice(ins.at - 1, 0, ...Array.from({ length: ins.count }, blank));
    sheet.formulas = sheet.formulas.map((row) => row.map((f) => insertedRows(f, ins.at, ins.count)));
    sheet.formulas.splice(ins.at - 1, 0, ...Array.from({ length: ins.count }, blank));
    for (const r of Object.values(sheet.namedRanges)) {
      const last = r.row + r.numRows - 1;
      if (ins.at <= r.row) r.row += ins.count;
      else if (ins.at <= last) r.numRows += ins.count;
    }
  }
  for (const w of plan.values) {
    w.values.forEach((row, i) => row.forEach((v, j) => put(sheet, w.range.row + i, w.range.column + j, v)));
  }
}
