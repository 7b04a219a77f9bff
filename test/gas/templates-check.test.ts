import { assumptionsOf } from '../../src/core/finance/assumptions';
import { REVENUE_COLUMNS } from '../../src/core/layout/geometry';
import { CHECK_KINDS, evaluateCheck, listTemplates } from '../../src/core/patterns';
import { checkOutputName, checkResultName, patternCheckLayout, unitProfitName } from '../../src/core/patterns/sheet';
import { readCanvas } from '../../src/gas/canvas-sheet';
import { readPatternCheckOn } from '../../src/gas/templates-api';
import { editCell, EmuSheet, EmuSpreadsheet } from '../../src/local/emulator';
import { canvasWithCheck, emulatorWithCheck, template } from '../core/patterns/sheet/template-sheet';
import { closeTo, HAND_WORKED, HandWorkedCheck, Shown } from '../core/patterns/sheet/hand-worked';

function named(ss: EmuSpreadsheet, name: string): unknown {
  const r = ss.getRangeByName(name);
  if (r === null) throw new Error(`no named range ${name}`);
  return r.getValue();
}

/** Every expectation that does not hold, as "name: got x, expected y"; empty when all hold. */
function mismatches(
  ss: EmuSpreadsheet,
  prefix: string,
  expected: { outputs: Record<string, Shown>; unitProfits?: number[]; result: string },
): string[] {
  const wrong: string[] = [];
  const compare = (name: string, want: Shown) => {
    const got = named(ss, name);
    if (!closeTo(got, want)) wrong.push(`${name}: got ${JSON.stringify(got)}, expected ${want}`);
  };
  for (const [key, want] of Object.entries(expected.outputs)) compare(checkOutputName(prefix, key), want);
  expected.unitProfits?.forEach((want, i) => compare(unitProfitName(prefix, i + 1), want));
  compare(checkResultName(prefix), expected.result);
  return wrong;
}

function errorCells(sheet: EmuSheet): string[] {
  const out: string[] = [];
  sheet
    .getDataRange()
    .getValues()
    .forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === 'string' && /^#[A-Z/0!?]+[!?A]?$/.test(v)) out.push(`R${r + 1}C${c + 1}: ${v}`);
      }),
    );
  return out;
}

test('the hand-worked table covers every template', () => {
  expect(HAND_WORKED.map((h) => h.id).sort()).toEqual(
    listTemplates()
      .map((t) => t.id)
      .sort(),
  );
});

describe.each(HAND_WORKED.map((h) => [h.id, h] as [string, HandWorkedCheck]))(
  'the pattern check of %s, live on the sheet',
  (id, hand) => {
    const t = template(id);

    test('shows the hand-worked values, agrees with evaluateCheck, and no cell holds an error', () => {
      const { ss, write } = emulatorWithCheck();
      const { sheet, prefix } = write(canvasWithCheck(t));
      expect(mismatches(ss, prefix, hand)).toEqual([]);
      expect(errorCells(sheet)).toEqual([]);

      const result = evaluateCheck(t.check);
      expect(named(ss, checkResultName(prefix))).toBe(result.pass ? 'PASS' : 'FAIL');
      for (const spec of CHECK_KINDS[t.check.kind].outputs) {
        const value = (result.values as unknown as Record<string, number | null>)[spec.key];
        expect([
          spec.key,
          closeTo(named(ss, checkOutputName(prefix, spec.key)), value === null ? 'n/a' : value),
        ]).toEqual([spec.key, true]);
      }
      if (result.kind === 'unbundling') {
        result.units.forEach((u, i) => expect(closeTo(named(ss, unitProfitName(prefix, i + 1)), u.profit)).toBe(true));
      }
    });

    test('follows an edit typed on the sheet', () => {
      const { ss, write } = emulatorWithCheck();
      const { sheet, prefix, layout } = write(canvasWithCheck(t));
      const edit = hand.edit;
      if ('stream' in edit) {
        const row =
          layout.geometry.finance.revenueRows.first + t.canvas.revenueStreams.findIndex((s) => s.name === edit.stream);
        editCell(sheet, row, REVENUE_COLUMNS[edit.field], String(edit.value));
      } else {
        const line = patternCheckLayout(layout.geometry.finance, t.check).inputs.find((x) => x.key === edit.input)!;
        editCell(sheet, line.value.row, line.value.column, String(edit.value));
      }
      expect(mismatches(ss, prefix, hand.after)).toEqual([]);
      expect(errorCells(sheet)).toEqual([]);
    });

    test('round-trips model → sheet → model, the check included', () => {
      const { write } = emulatorWithCheck();
      const { sheet } = write(canvasWithCheck(t));
      const read = readCanvas(sheet);
      if (!read.ok) throw new Error(read.problems.join('\n'));
      // The sheet spells out every assumption, and readCanvas brings the check along (compared below).
      const { patternCheck, ...rest } = read.canvas;
      expect(rest).toEqual({ ...t.canvas, assumptions: assumptionsOf(t.canvas) });
      const check = readPatternCheckOn(sheet, read.finance);
      expect(patternCheck).toEqual(check.check);
      expect(check.problems).toEqual([]);
      if (t.check.kind === 'unbundling' || check.check?.kind === 'unbundling') {
        const [want, got] = [t.check, check.check];
        if (want.kind !== 'unbundling' || got?.kind !== 'unbundling') throw new Error('kind changed');
        expect(got.units.map(({ revenue, cost, ...rest }) => rest)).toEqual(
          want.units.map(({ revenue, cost, ...rest }) => rest),
        );
        got.units.forEach((u, i) => {
          expect(closeTo(u.revenue, want.units[i].revenue)).toBe(true);
          expect(closeTo(u.cost, want.units[i].cost)).toBe(true);
        });
        return;
      }
      const { inputs, ...shape } = check.check!;
      const { inputs: wanted, ...wantedShape } = t.check;
      expect(shape).toEqual(wantedShape);
      const got = inputs as unknown as Record<string, number>;
      for (const [key, value] of Object.entries(wanted as unknown as Record<string, number>)) {
        expect([key, closeTo(got[key], value)]).toEqual([key, true]);
      }
    });
  },
);

describe("the check's own inputs", () => {
  test('a typed input reads back as typed; a bad one is refused by the cell, a cleared one is named', () => {
    const t = template('free-razor-and-blades');
    const { write } = emulatorWithCheck();
    const { sheet, layout } = write(canvasWithCheck(t));
    const g = layout.geometry.finance;
    const lifetime = patternCheckLayout(g, t.check).inputs.find((x) => x.key === 'expectedLifetimeMonths')!.value;
    editCell(sheet, lifetime.row, lifetime.column, '31');
    const back = readPatternCheckOn(sheet, g);
    expect(back.check?.kind === 'bait-and-hook' && back.check.inputs.expectedLifetimeMonths).toBe(31);
    expect(() => editCell(sheet, lifetime.row, lifetime.column, '-3')).toThrow(/0 or more/);
    editCell(sheet, lifetime.row, lifetime.column, '');
    const cleared = readPatternCheckOn(sheet, g);
    expect(cleared.check).toBeUndefined();
    expect(cleared.problems.join('\n')).toMatch(
      /expected customer lifetime \([A-Z]+[0-9]+\): expected a number of 0 or more, got an empty cell/,
    );
    // An empty input is read as nothing by the formulas: still no error on the sheet.
    expect(errorCells(sheet)).toEqual([]);
  });

  test('a canvas without a check has no check area and reads back without one', () => {
    const t = template('free-photo-sharing');
    const { write } = emulatorWithCheck();
    const { sheet, layout } = write(t.canvas);
    expect(layout.plan.namedRanges.filter((n) => n.name.includes('_Check'))).toEqual([]);
    expect(readPatternCheckOn(sheet, layout.geometry.finance)).toEqual({ problems: [] });
  });
});
