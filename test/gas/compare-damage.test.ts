/**
 * Hand edits on the Compare sheet, then Refresh: notes stay beside their key figures, weights
 * beside their criteria, and text typed in an added row or column is kept (and reported), never
 * dropped. The add-on's own sheets are known by their marker, never by their names.
 */
import { COMPARE_MARKER_KEY, EMPTY_MEMORY, layoutCompare } from '../../src/core/compare';
import { compareCanvases, CompareOutcome, refreshCompare } from '../../src/gas/compare';
import { editCell, EmuSheet } from '../../src/local/emulator';
import { alpha, beta, compareEnv, compareView, headersFor } from './compare-env';

const SCORE = 'Weighted score (100% = every target met)';
const KEPT_TITLE = 'Kept from rows and columns you added (yours to edit or clear)';

function refreshed(out: CompareOutcome) {
  if (!out.ok) throw new Error(out.message);
  return { out, sheet: out.sheet as EmuSheet, view: compareView(out.sheet as EmuSheet) };
}

/** Alpha and Beta compared, with a note on profit and on Key Partners, and the LTV:CAC criterion weighing 5. */
function notedPair() {
  const env = compareEnv();
  env.write(alpha());
  env.write(beta());
  const { sheet, view } = refreshed(compareCanvases(env.ss, ['Alpha', 'Beta'], env.services));
  const notes = view.columnOf('Your notes');
  editCell(sheet, view.rowOf('Operating profit'), notes, 'Alpha’s profit is seasonal');
  editCell(sheet, view.rowOf('Key Partners'), notes, 'Beta has none yet');
  const ltvCriterion = view.rowOf(SCORE) - 5;
  expect(sheet.getRange(ltvCriterion, 1, 1, 1).getValue()).toBe('LTV:CAC');
  editCell(sheet, ltvCriterion, view.columnOf('Better / weight'), '5');
  return { env, sheet, view };
}

/** Row label → note, and criterion → weight, as the sheet shows them. */
function besides(sheet: EmuSheet) {
  const view = compareView(sheet);
  const grid = sheet.getDataRange().getValues();
  const notes = view.columnOf('Your notes') - 1;
  const weights = view.columnOf('Better / weight') - 1;
  const scoreRow = view.rowOf(SCORE) - 1;
  return {
    note: (label: string) => grid[view.rowOf(label) - 1][notes],
    criteria: grid.slice(scoreRow - 6, scoreRow).map((r) => [r[0], r[weights], r[view.columnOf('Target') - 1]]),
    kept: grid.some((r) => r[0] === KEPT_TITLE)
      ? grid.slice(view.rowOf(KEPT_TITLE)).flatMap((r) => (r[0] === '' ? [] : [[r[0], r[notes]]]))
      : [],
  };
}

const CRITERIA = [
  ['Profit margin', 3, 0.2],
  ['LTV:CAC', 5, 3],
  ['CAC payback', 1, 12],
  ['Break-even month', 1, 24],
  ['Margin of safety', 2, 0.2],
  ['Net present value (NPV)', 2, 0],
];

describe('refresh after hand edits on the Compare sheet', () => {
  test('an inserted row: notes and weights stay beside their rows, text typed in the new row is kept and reported', () => {
    const { env, sheet, view } = notedPair();
    const at = view.rowOf('Operating profit');
    sheet.insertRowsBefore(at, 1);
    editCell(sheet, at, 1, 'My own measure');
    editCell(sheet, at, 5, 'ask the bank');
    sheet.insertRowsBefore(2, 2);

    const { out, sheet: after } = refreshed(refreshCompare(env.ss, env.services));
    const b = besides(after);
    expect(b.note('Operating profit')).toBe('Alpha’s profit is seasonal');
    expect(b.note('Key Partners')).toBe('Beta has none yet');
    expect(b.note('Revenue')).toBe('');
    expect(b.criteria).toEqual(CRITERIA);
    expect(b.kept).toEqual([['A row added above “Operating profit”', 'My own measure\nask the bank']]);
    expect(out.ok && out.kept).toBe(1);
    // Beta against the targets, with LTV:CAC weighing 5: margin half way (3 × 0.5), LTV:CAC and payback
    // met, no break-even month (missing), margin of safety 11.1 % of 20 %, NPV below 0; 14 in all.
    const safety = (10000 - 8000 / 0.9) / 10000 / 0.2;
    expect(compareView(after).value(SCORE, 'Beta')).toBeCloseTo((1.5 + 5 + 1 + 2 * safety) / 14, 12);
  });

  test('a deleted canvas column: notes and weights are read from where their columns are now', () => {
    const { env, sheet, view } = notedPair();
    sheet.deleteColumns(view.columnOf('Alpha'), 1);

    const { out, sheet: after, view: again } = refreshed(refreshCompare(env.ss, env.services));
    expect(again.headers()).toEqual(headersFor('Alpha', 'Beta'));
    const b = besides(after);
    expect(b.note('Operating profit')).toBe('Alpha’s profit is seasonal');
    expect(b.note('Key Partners')).toBe('Beta has none yet');
    expect(b.criteria).toEqual(CRITERIA);
    expect(b.kept).toEqual([]);
    expect(out.ok && [out.kept, out.notices]).toEqual([0, []]);
    expect(again.value('Operating profit', 'Alpha')).toBeCloseTo(3000, 9);
  });

  test('a deleted weight column: the notes stay, the weights come back as defaults and the refresh says so', () => {
    const { env, sheet, view } = notedPair();
    sheet.deleteColumns(view.columnOf('Better / weight'), 1);
    const { out, sheet: after } = refreshed(refreshCompare(env.ss, env.services));
    const b = besides(after);
    expect(b.note('Operating profit')).toBe('Alpha’s profit is seasonal');
    expect(b.criteria.map((c) => c[1])).toEqual([3, 2, 1, 1, 2, 2]);
    expect(out.ok && out.notices).toEqual([
      'The scorecard’s weight column was deleted, so the weights are back to their defaults.',
    ]);
  });

  test('an inserted column: text typed in it is kept with its header and row', () => {
    const { env, sheet, view } = notedPair();
    const column = view.columnOf('Beta') + 1;
    sheet.insertColumnsAfter(column - 1, 1);
    editCell(sheet, 4, column, 'Gut feeling');
    editCell(sheet, view.rowOf('Revenue'), column, 'too optimistic');
    const { out, sheet: after } = refreshed(refreshCompare(env.ss, env.services));
    const b = besides(after);
    expect(b.note('Operating profit')).toBe('Alpha’s profit is seasonal');
    expect(b.criteria).toEqual(CRITERIA);
    expect(b.kept).toEqual([['Column “Gut feeling”, row “Revenue”', 'too optimistic']]);
    expect(out.ok && out.kept).toBe(1);
  });

  test('kept text survives the next refresh; cleared, it goes', () => {
    const { env, sheet, view } = notedPair();
    sheet.insertRowsBefore(view.rowOf('Revenue'), 1);
    editCell(sheet, view.rowOf('Revenue') - 1, 1, 'remember this');
    const first = refreshed(refreshCompare(env.ss, env.services));
    const second = refreshed(refreshCompare(env.ss, env.services));
    expect(besides(second.sheet).kept).toEqual([['A row added above “Revenue”', 'remember this']]);
    expect(second.out.ok && second.out.kept).toBe(0);
    expect(besides(second.sheet).note('Operating profit')).toBe('Alpha’s profit is seasonal');

    const row = compareView(second.sheet).rowOf('A row added above “Revenue”');
    second.sheet.getRange(row, 1, 1, 1).clearContent();
    second.sheet.getRange(row, compareView(second.sheet).columnOf('Your notes'), 1, 1).clearContent();
    const third = refreshed(refreshCompare(env.ss, env.services));
    expect(() => compareView(third.sheet).rowOf(KEPT_TITLE)).toThrow();
    expect(first.out.ok).toBe(true);
  });

  test('a deleted row-key column: refused in words, the sheet and its notes untouched', () => {
    const { env, sheet, view } = notedPair();
    sheet.deleteColumns(view.columnOf('Row key'), 1);
    const before = sheet.getDataRange().getValues();
    expect(refreshCompare(env.ss, env.services)).toEqual({
      ok: false,
      message:
        'The "Row key" column of the sheet "Compare" was deleted, so its notes cannot be matched to their rows. Rename that sheet to keep it, then compare again.',
    });
    expect(env.ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Alpha', 'Beta', 'Compare']);
    expect(sheet.getDataRange().getValues()).toEqual(before);
  });

  test('a Compare sheet of the first version (no row keys) keeps its notes and weights on refresh', () => {
    const env = compareEnv();
    env.write(alpha());
    env.write(beta());
    const { sheet } = refreshed(compareCanvases(env.ss, ['Alpha', 'Beta'], env.services));
    const columns = ['Alpha', 'Beta'].map((n) => ({ sheetName: n, prefix: n, snapshot: null }));
    const { rows } = layoutCompare(columns, EMPTY_MEMORY);
    const v1 = { version: 1, canvases: columns.map(({ sheetName, prefix }) => ({ sheetName, prefix })) };
    const marker = sheet.getDeveloperMetadata().find((m) => m.getKey() === COMPARE_MARKER_KEY);
    marker?.setValue(JSON.stringify({ ...v1, numRows: 60, numColumns: 5, notesColumn: 5, weightColumn: 4, rows }));
    sheet.deleteColumns(6, 1);
    editCell(sheet, rows['kpi:npv'], 5, 'old note');
    editCell(sheet, rows['criterion:2'], 4, '9');
    const { sheet: after } = refreshed(refreshCompare(env.ss, env.services));
    const b = besides(after);
    expect(b.note('Net present value (NPV)')).toBe('old note');
    expect(b.criteria[1]).toEqual(['LTV:CAC', 9, 3]);
  });
});

describe('the add-on’s sheets are known by their marker, not their names', () => {
  test('a canvas named "Compare (refreshed)" is compared and refreshed, and never touched', () => {
    const env = compareEnv();
    env.write(alpha());
    env.write(alpha('Compare (refreshed)'));
    const canvas = env.ss.getSheetByName('Compare (refreshed)') as EmuSheet;
    const before = canvas.getDataRange().getFormulas();
    refreshed(compareCanvases(env.ss, ['Alpha', 'Compare (refreshed)'], env.services));
    const { out, view } = refreshed(refreshCompare(env.ss, env.services));
    expect(out.ok && out.sheetName).toBe('Compare');
    expect(view.value('Operating profit', 'Compare (refreshed)')).toBeCloseTo(3000, 9);
    expect(env.ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Alpha', 'Compare (refreshed)', 'Compare']);
    expect(canvas.getDataRange().getFormulas()).toEqual(before);
  });

  test('a canvas named "Compare" leaves the comparison to take the next free name', () => {
    const env = compareEnv();
    env.write(alpha('Compare'));
    env.write(beta());
    const { out } = refreshed(compareCanvases(env.ss, ['Compare', 'Beta'], env.services));
    expect(out.ok && out.sheetName).toBe('Compare 2');
    const again = refreshed(refreshCompare(env.ss, env.services));
    expect(again.out.ok && again.out.sheetName).toBe('Compare 2');
    expect(again.view.value('Revenue', 'Compare')).toBeCloseTo(10000, 9);
  });

  test('a Compare sheet the user renamed is found again by Refresh and keeps its name and notes', () => {
    const { env, sheet } = notedPair();
    sheet.setName('Our shortlist');
    const { out, sheet: after } = refreshed(refreshCompare(env.ss, env.services));
    expect(out.ok && out.sheetName).toBe('Our shortlist');
    expect(after.getName()).toBe('Our shortlist');
    expect(besides(after).note('Operating profit')).toBe('Alpha’s profit is seasonal');
    expect(env.ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Alpha', 'Beta', 'Our shortlist']);
  });
});
