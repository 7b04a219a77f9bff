import { financeLayout } from '../../../../src/core/finance/layout';
import { layoutCanvas } from '../../../../src/core/layout/canvas-layout';
import { Canvas } from '../../../../src/core/model';
import { CHECK_KINDS, evaluateCheck, listTemplates, PatternCheck } from '../../../../src/core/patterns';
import {
  checkOutputName,
  checkResultName,
  patternCheckLayout,
  readPatternCheck,
  unitProfitName,
  PATTERN_CHECK_KEY,
} from '../../../../src/core/patterns/sheet';
import { isFormula } from '../../../../src/core/plan';
import { ruleBreaches } from '../../../helpers/formula-rules';
import { EvaluatedPlan } from '../../../helpers/hf-plan';
import { canvasWithCheck, layoutWithCheck, template } from './template-sheet';

const ids = listTemplates().map((t) => t.id);

/** The canvas with every driver blank and the check's own inputs at 0, as a user clearing them would leave it. */
function emptied(canvas: Canvas, check: PatternCheck): Canvas & { patternCheck: PatternCheck } {
  const c: Canvas = JSON.parse(JSON.stringify(canvas));
  c.revenueStreams.forEach((s) => Object.assign(s, { price: null, volume: null }));
  c.costs.forEach((x) => Object.assign(x, { amount: null }));
  const zeroed: PatternCheck =
    check.kind === 'unbundling'
      ? { ...check, units: check.units.map((u) => ({ ...u, revenue: 0, cost: 0 })) }
      : ({
          ...check,
          inputs: Object.fromEntries(Object.keys(check.inputs).map((k) => [k, 0])),
        } as unknown as PatternCheck);
  return { ...c, patternCheck: zeroed };
}

describe.each(ids)('the pattern check area of %s', (id) => {
  const t = template(id);
  const withCheck = layoutWithCheck(canvasWithCheck(t));
  const without = layoutCanvas(t.canvas, { sheetName: 'Canvas', prefix: 'T', createdOn: '2026-11-26' });
  const g = withCheck.geometry.finance;
  const l = patternCheckLayout(g, t.check);

  test('sits right of the viability panel, above the projection, on cells the panel leaves empty', () => {
    const f = financeLayout(g);
    expect(l.area.row).toBe(f.title.row);
    expect(l.lastRow).toBeLessThan(f.projection.title.row);
    // Every cell of the area is empty without the check, and nothing outside the area changes.
    const { values } = without.plan;
    for (let r = l.area.row; r <= l.lastRow; r++) {
      for (let c = l.area.column; c < l.area.column + l.area.numColumns; c++) {
        expect([r, c, values[r - 1]?.[c - 1] ?? null]).toEqual([r, c, null]);
      }
    }
    withCheck.plan.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const inside =
          r + 1 >= l.area.row &&
          r + 1 <= l.lastRow &&
          c + 1 >= l.area.column &&
          c + 1 < l.area.column + l.area.numColumns;
        if (!inside) expect(v).toEqual(without.plan.values[r]?.[c] ?? null);
      }),
    );
  });

  test('keeps the analyst rules in every formula, and names every output', () => {
    const breaches: string[] = [];
    let formulas = 0;
    for (let r = l.area.row; r <= l.lastRow; r++) {
      for (let c = l.area.column; c < l.area.column + l.area.numColumns; c++) {
        const v = withCheck.plan.values[r - 1][c - 1];
        if (!isFormula(v)) continue;
        formulas++;
        breaches.push(...ruleBreaches(v.formula).map((b) => `R${r}C${c} ${v.formula}: ${b}`));
      }
    }
    expect(breaches).toEqual([]);
    expect(formulas).toBeGreaterThanOrEqual(CHECK_KINDS[t.check.kind].outputs.length + 1);
    const names = withCheck.plan.namedRanges.map((n) => n.name);
    for (const o of CHECK_KINDS[t.check.kind].outputs) expect(names).toContain(checkOutputName('T', o.key));
    expect(names).toContain(checkResultName('T'));
    if (t.check.kind === 'unbundling')
      t.check.units.forEach((_, i) => expect(names).toContain(unitProfitName('T', i + 1)));
  });

  test('with every input blank or 0: no error anywhere, "n/a" where a ratio has nothing to divide by', () => {
    const canvas = emptied(t.canvas, t.check);
    const { plan } = layoutWithCheck(canvas);
    const sheet = new EvaluatedPlan(plan);
    expect(sheet.errors()).toEqual([]);
    const result = evaluateCheck(canvas.patternCheck);
    const values = result.values as unknown as Record<string, number | null>;
    for (const o of CHECK_KINDS[t.check.kind].outputs) {
      expect([o.key, sheet.named(checkOutputName('T', o.key))]).toEqual([o.key, values[o.key] ?? 'n/a']);
    }
    expect(sheet.named(checkResultName('T'))).toBe(result.pass ? 'PASS' : 'FAIL');
  });

  test("writes its record for the reader, which reads the plan's own values back", () => {
    const stored = withCheck.plan.metadata[PATTERN_CHECK_KEY];
    expect(JSON.parse(stored)).toEqual(t.check);
    const sheet = new EvaluatedPlan(withCheck.plan);
    const grid = withCheck.plan.values.map((row, r) => row.map((_, c) => sheet.value(r + 1, c + 1)));
    const back = readPatternCheck(grid, g, stored);
    expect(back.problems).toEqual([]);
    expect(back.check?.kind).toBe(t.check.kind);
  });
});

describe('inputs the canvas cannot supply', () => {
  test('a source naming a stream the canvas lacks becomes a typed input with a note, and still computes', () => {
    const t = template('free-photo-sharing');
    const canvas = canvasWithCheck(t);
    canvas.revenueStreams[1] = { ...canvas.revenueStreams[1], name: 'Pro plan (renamed)' };
    const { plan, geometry } = layoutWithCheck(canvas);
    const line = patternCheckLayout(geometry.finance, t.check).inputs.find((x) => x.key === 'premiumPrice')!;
    expect(plan.values[line.value.row - 1][line.value.column - 1]).toBe(6);
    expect(plan.notes[line.value.row - 1][line.value.column - 1]).toMatch(/not found on this canvas/i);
    expect(new EvaluatedPlan(plan).named(checkOutputName('T', 'premiumRevenue'))).toBe(120_000);
  });

  test('a damaged record is a problem, not a guess', () => {
    const g = layoutWithCheck(canvasWithCheck(template('free-photo-sharing'))).geometry.finance;
    expect(readPatternCheck([], g, '{"kind":"nonsense"}').problems[0]).toMatch(/damaged/);
    expect(readPatternCheck([], g, 'not json').check).toBeUndefined();
    expect(readPatternCheck([], g, null)).toEqual({ problems: [] });
  });
});
