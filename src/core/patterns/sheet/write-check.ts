/** Writes a canvas's pattern check beside the viability panel, every result a live formula. */
import { Pos } from '../../layout/geometry';
import {
  CALCULATED_STYLE,
  CHECK_STYLE,
  COLUMN_HEADER_STYLE,
  currencyFormat,
  INPUT_STYLE,
  LABEL_STYLE,
  SECTION_STYLE,
  TITLE_STYLE,
  UNIT_STYLE,
} from '../../finance/styles';
import { ABS, cell, COUNTIF, eq, Expr, formulaCell, ge, IF, range, ROWS, sub, SUM } from '../../formula';
import { FinanceGeometry } from '../../layout/geometry';
import { Canvas } from '../../model';
import { CellFormat, GridRange, PlanValue, SheetPlan } from '../../plan';
import { cellRange, PlanBuilder } from '../../plan-builder';
import { CHECK_KINDS } from '../check-kinds';
import { CanvasRef, CheckKind, CheckUnit, PatternCheck } from '../types';
import { DECIDING_OUTPUT, FAIL, outputFormulas, PASS, passWhenNotNegative } from './check-formulas';
import {
  checkOutputName,
  checkResultName,
  PatternCheckLayout,
  patternCheckLayout,
  unitProfitName,
} from './check-layout';
import { sourceFormula } from './source-refs';

/** A canvas that may carry its pattern's viability check. */
export type CanvasWithCheck = Canvas & { patternCheck?: PatternCheck };

/** Developer-metadata key holding the check as written, so a reader knows its kind and sources. */
export const PATTERN_CHECK_KEY = 'bmc.patternCheck';

/** The pattern each check kind tests, as the area's title names it. */
export const CHECK_PATTERN_NAMES: Record<CheckKind, string> = {
  unbundling: 'Unbundling',
  'long-tail': 'The Long Tail',
  'multi-sided': 'Multi-sided platform',
  advertising: 'FREE, financed by advertising',
  freemium: 'FREE, freemium',
  'bait-and-hook': 'FREE, bait and hook',
  open: 'Open business model',
};

export const UNIT_STATUS = { covers: 'covers its costs', short: 'falls short' } as const;

function numberFormat(unit: CheckUnit, currency: string): string {
  switch (unit) {
    case 'money':
      return currencyFormat(currency);
    case 'count':
      return '#,##0.00';
    case 'ratio':
      return '0.00';
    case 'share':
      return '0.00%';
    case 'months':
      return '0.0';
  }
}

function unitText(unit: CheckUnit, currency: string): string {
  return { money: currency, count: '', ratio: 'times', share: 'of all users', months: 'months' }[unit];
}

function put(b: PlanBuilder, p: Pos, value: PlanValue, format?: Partial<CellFormat>): void {
  b.set(p.row, p.column, value, format);
}

const at = (p: Pos): Expr => cell(p.row, p.column, ABS);

/**
 * Lays out `canvas.patternCheck` (if any) to the right of the viability panel: title, the test in
 * words, the inputs (canvas numbers as formulas over the canvas's own cells, the check's own
 * drivers as input cells), the outputs as live formulas, a PASS/FAIL cell, and a named range
 * `<prefix>_Check…` for each output.
 *
 * @example addPatternCheck(b, { ...template.canvas, patternCheck: template.check }, geometry.finance)
 */
export function addPatternCheck(b: PlanBuilder, canvas: CanvasWithCheck, g: FinanceGeometry): void {
  const check = canvas.patternCheck;
  if (check === undefined) return;
  const l = patternCheckLayout(g, check);
  const info = CHECK_KINDS[check.kind];

  put(b, l.title, `Pattern check: ${CHECK_PATTERN_NAMES[check.kind]}`, TITLE_STYLE);
  b.note(l.title.row, l.title.column, info.title);
  put(b, l.result.label, 'Result', CHECK_STYLE);
  b.merge(l.description);
  b.set(l.description.row, l.description.column, check.description);
  b.format(l.description, { wrap: true, fontSize: 9, fontColor: '#5f6368', verticalAlignment: 'top' });
  put(b, l.inputsTitle, check.kind === 'unbundling' ? 'Business units (from the canvas)' : 'Inputs', SECTION_STYLE);
  put(b, l.outputsTitle, 'Results', SECTION_STYLE);

  const result =
    check.kind === 'unbundling' ? writeUnits(b, l, canvas, check, g) : writeNumeric(b, l, canvas, check, g);
  put(b, l.result.value, formulaCell(result.formula), { ...CHECK_STYLE, horizontalAlignment: 'right' });
  b.note(
    l.result.label.row,
    l.result.label.column,
    `${PASS} when ${result.rule}; otherwise ${FAIL}.\nNamed range: ${checkResultName(g.prefix)}`,
  );
  b.name(checkResultName(g.prefix), cellRange(l.result.value.row, l.result.value.column));
  b.meta(PATTERN_CHECK_KEY, JSON.stringify(check));
}

/**
 * The pattern check of `canvas` alone, as a plan of the sheet `sheetName` that holds nothing else,
 * and the area it covers: to put the check onto a canvas sheet that has none yet.
 */
export function patternCheckPlan(
  canvas: CanvasWithCheck & { patternCheck: PatternCheck },
  g: FinanceGeometry,
  sheetName: string,
): { plan: SheetPlan; area: GridRange } {
  const b = new PlanBuilder(sheetName);
  addPatternCheck(b, canvas, g);
  return { plan: b.build(), area: patternCheckLayout(g, canvas.patternCheck).area };
}

/** Every named range a pattern check of the canvas `prefix` may have made. */
export function isPatternCheckName(prefix: string, name: string): boolean {
  return name.startsWith(`${prefix}_Check`);
}

/** An input cell: a formula over the canvas when its source is found there, else the check's own typed number. */
/** One output line: its label (noting its named range), the live value, its unit, and the name. */
function writeOutput(
  b: PlanBuilder,
  g: FinanceGeometry,
  spec: { key: string; label: string; unit: CheckUnit },
  x: { label: Pos; value: Pos; unit: Pos },
  formula: Expr,
): void {
  const name = checkOutputName(g.prefix, spec.key);
  put(b, x.label, spec.label, LABEL_STYLE);
  b.note(x.label.row, x.label.column, `Named range: ${name}`);
  put(b, x.value, formulaCell(formula), {
    ...CALCULATED_STYLE,
    numberFormat: numberFormat(spec.unit, g.currency),
    horizontalAlignment: 'right',
  });
  put(b, x.unit, unitText(spec.unit, g.currency), UNIT_STYLE);
  b.name(name, cellRange(x.value.row, x.value.column));
}

function writeInput(
  b: PlanBuilder,
  p: Pos,
  value: number,
  source: CanvasRef | undefined,
  canvas: Canvas,
  g: FinanceGeometry,
  format: string,
): void {
  const found = source === undefined ? null : sourceFormula(canvas, g, source);
  if (found) {
    put(b, p, formulaCell(found.expr), { ...CALCULATED_STYLE, numberFormat: format, horizontalAlignment: 'right' });
    b.note(p.row, p.column, `From the canvas: ${found.meaning}. Change it there.`);
    return;
  }
  put(b, p, value, { ...INPUT_STYLE, numberFormat: format });
  if (source !== undefined) b.note(p.row, p.column, 'Not found on this canvas, so it is typed here.');
  b.validate(cellRange(p.row, p.column), {
    kind: 'number',
    min: 0,
    max: null,
    allowInvalid: false,
    helpText: 'A number of 0 or more.',
  });
}

function writeNumeric(
  b: PlanBuilder,
  l: PatternCheckLayout,
  canvas: Canvas,
  check: Exclude<PatternCheck, { kind: 'unbundling' }>,
  g: FinanceGeometry,
): { formula: Expr; rule: string } {
  const info = CHECK_KINDS[check.kind];
  const inputs = check.inputs as unknown as Record<string, number>;
  const sources = check.sources as Record<string, CanvasRef | undefined>;
  const inputAt = new Map(l.inputs.map((x) => [x.key, x]));
  const outputAt = new Map(l.outputs.map((x) => [x.key, x]));
  const cellOf = (lines: Map<string, { value: Pos }>) => (key: string) => {
    const found = lines.get(key);
    if (!found) throw new Error(`No cell for ${key} in the ${check.kind} check`);
    return at(found.value);
  };

  for (const spec of info.inputs) {
    const x = inputAt.get(spec.key)!;
    put(b, x.label, spec.label, LABEL_STYLE);
    put(b, x.unit, unitText(spec.unit, g.currency), UNIT_STYLE);
    writeInput(b, x.value, inputs[spec.key] ?? 0, sources[spec.key], canvas, g, numberFormat(spec.unit, g.currency));
  }

  const formulas = outputFormulas(check.kind, cellOf(inputAt), cellOf(outputAt));
  for (const spec of info.outputs) writeOutput(b, g, spec, outputAt.get(spec.key)!, formulas[spec.key]);

  const deciding = DECIDING_OUTPUT[check.kind];
  const label = info.outputs.find((o) => o.key === deciding)!.label.toLowerCase();
  return { formula: passWhenNotNegative(cellOf(outputAt)(deciding)), rule: `${label} is 0 or more` };
}

function writeUnits(
  b: PlanBuilder,
  l: PatternCheckLayout,
  canvas: Canvas,
  check: Extract<PatternCheck, { kind: 'unbundling' }>,
  g: FinanceGeometry,
): { formula: Expr; rule: string } {
  const money = numberFormat('money', g.currency);
  const headerRow = l.unitHeaderRow!;
  const headers: [number, string][] = [
    [l.units[0].name.column, 'Business unit'],
    [l.units[0].revenue.column, 'Revenue'],
    [l.units[0].cost.column, 'Costs'],
    [l.units[0].profit.column, 'Profit'],
    [l.units[0].status.column, 'Own costs'],
  ];
  for (const [column, text] of headers) b.set(headerRow, column, text, COLUMN_HEADER_STYLE);

  check.units.forEach((unit, i) => {
    const u = l.units[i];
    put(b, u.name, unit.name, LABEL_STYLE);
    b.note(
      u.name.row,
      u.name.column,
      `Role: ${unit.role.replace(/-/g, ' ')}.\nStreams: ${unit.streams.join(', ') || 'none'}.\nCosts: ${unit.costs.join(', ') || 'none'}.`,
    );
    writeInput(b, u.revenue, unit.revenue, { ref: 'revenue', streams: unit.streams }, canvas, g, money);
    writeInput(b, u.cost, unit.cost, { ref: 'monthly-cost', costs: unit.costs }, canvas, g, money);
    const profit = sub(at(u.revenue), at(u.cost));
    put(b, u.profit, formulaCell(profit), { ...CALCULATED_STYLE, numberFormat: money, horizontalAlignment: 'right' });
    put(b, u.status, formulaCell(IF(ge(at(u.profit), 0), UNIT_STATUS.covers, UNIT_STATUS.short)), UNIT_STYLE);
    b.name(unitProfitName(g.prefix, i + 1), cellRange(u.profit.row, u.profit.column));
  });

  const first = l.units[0];
  const last = l.units[l.units.length - 1];
  const column = (p: Pos) => range(first.row, p.column, last.row, p.column, ABS);
  const profits = column(first.profit);
  const outputs = new Map(l.outputs.map((x) => [x.key, x]));
  const formulas: Record<string, Expr> = {
    totalRevenue: SUM(column(first.revenue)),
    totalCost: SUM(column(first.cost)),
    totalProfit: sub(at(outputs.get('totalRevenue')!.value), at(outputs.get('totalCost')!.value)),
    unitsCoveringCosts: COUNTIF(profits, '>=0'),
  };
  for (const spec of CHECK_KINDS.unbundling.outputs)
    writeOutput(b, g, spec, outputs.get(spec.key)!, formulas[spec.key]);
  const covering = at(outputs.get('unitsCoveringCosts')!.value);
  return { formula: IF(eq(covering, ROWS(profits)), PASS, FAIL), rule: 'every business unit covers its own costs' };
}
