import { assumptionsOf } from '../../src/core/finance/assumptions';
import { readCanvas } from '../../src/gas/canvas-sheet';
import { duplicateAsVariant } from '../../src/gas/variant';
import { EmuSheet } from '../../src/local/emulator';
import { beta, compareEnv } from './compare-env';

const value = (env: ReturnType<typeof compareEnv>, name: string) => {
  const r = env.ss.getRangeByName(name);
  if (r === null) throw new Error(`No named range ${name}`);
  return r.getValue();
};

describe('duplicate as variant', () => {
  test('copies items, numbers and assumptions to a new sheet with its own named ranges', () => {
    const env = compareEnv();
    const original = env.write(beta());
    const out = duplicateAsVariant(env.ss, 'Beta', '2026-12-01', env.services);
    if (!out.ok) throw new Error(out.message);
    expect(out.sheetName).toBe('Beta (variant)');

    const back = readCanvas(out.sheet as EmuSheet);
    if (!back.ok) throw new Error(back.problems.join('\n'));
    // The sheet holds every assumption, so the copy reads back with all of them spelled out.
    expect(back.canvas).toEqual({ ...beta(), name: 'Beta (variant)', assumptions: assumptionsOf(beta()) });
    expect(back.prefix).toBe('BetaVariant');
    // Churn 5 % and CAC 100 came along: LTV 20 × 0.9 ÷ 0.05 = 360, ÷ 100.
    expect(value(env, 'BetaVariant_LTVtoCAC')).toBeCloseTo(3.6, 12);
    expect(value(env, 'BetaVariant_Profit')).toBeCloseTo(1000, 9);

    // The two are independent: a new price on the variant leaves the original alone.
    const rs = env.ss.getRangeByName('BetaVariant_RS');
    if (rs === null) throw new Error('no region');
    (out.sheet as EmuSheet).getRange(rs.getRow() + 3, 11, 1, 1).setValue(30);
    // 30 × 500 = 15 000; 10 % variable → 13 500 − 8 000.
    expect(value(env, 'BetaVariant_Profit')).toBeCloseTo(5500, 9);
    expect(value(env, 'Beta_Profit')).toBeCloseTo(1000, 9);
    expect(readCanvas(original).ok).toBe(true);
  });

  test('a second variant gets a free sheet name and prefix', () => {
    const env = compareEnv();
    env.write(beta());
    const first = duplicateAsVariant(env.ss, 'Beta', '2026-12-01', env.services);
    const second = duplicateAsVariant(env.ss, 'Beta', '2026-12-01', env.services);
    expect(first.ok && second.ok).toBe(true);
    if (!second.ok) return;
    expect(second.sheetName).toBe('Beta (variant) (2)');
    expect(value(env, 'BetaVariant2_Revenue')).toBeCloseTo(10000, 9);
  });

  test('refuses in words what it cannot copy', () => {
    const env = compareEnv();
    expect(duplicateAsVariant(env.ss, 'Nope', '2026-12-01', env.services)).toEqual({
      ok: false,
      message: 'There is no sheet named "Nope" in this spreadsheet.',
    });
    const out = duplicateAsVariant(env.ss, 'Sheet1', '2026-12-01', env.services);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.message).toContain('The canvas "Sheet1" cannot be read');
    expect(env.ss.getSheets()).toHaveLength(1);
  });

  test('a canvas with a bad entry is not copied, and the message names the cell', () => {
    const env = compareEnv();
    const sheet = env.write(beta());
    const rs = env.ss.getRangeByName('Beta_RS');
    if (rs === null) throw new Error('no region');
    sheet.getRange(rs.getRow() + 3, 11, 1, 1).setValue('ten');
    const out = duplicateAsVariant(env.ss, 'Beta', '2026-12-01', env.services);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.message).toContain('price must be a number ≥ 0, got "ten"');
    expect(env.ss.getSheetByName('Beta (variant)')).toBeNull();
  });
});
