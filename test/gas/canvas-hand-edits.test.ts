import { assumptionsOf } from '../../src/core/finance/assumptions';
import { emptyCanvas } from '../../src/core/model';
import { clearCell, editCell, EmuSheet } from '../../src/local/emulator';
import { freshEnv, methodsCalled } from './env';

function sample() {
  const c = emptyCanvas('Acme Coffee', 'EUR');
  c.blocks.keyActivities = [{ text: 'Roasting', category: 'Production' }, { text: 'Training baristas' }];
  c.blocks.keyResources = [{ text: 'Roastery' }];
  c.blocks.customerSegments = [{ text: 'Commuters' }, { text: 'Offices' }];
  c.blocks.valuePropositions = [{ text: 'Coffee in 60 seconds', segment: 'Commuters' }];
  return c;
}

/** Row of the first item of a block, found by its title in the sheet (not from the layout code). */
function firstItemRow(sheet: EmuSheet, title: string, column: number): number {
  const col = sheet
    .getRange(1, column, 80, 1)
    .getValues()
    .map((r) => r[0]);
  return col.indexOf(title) + 1 + 3;
}

describe('hand edits read back', () => {
  test('typing into an empty item cell adds the item; clearing one removes it', () => {
    const env = freshEnv();
    const sheet = env.write(sample());
    const ka = firstItemRow(sheet, 'Key Activities', 4);
    editCell(sheet, ka + 2, 4, 'Buying green beans');
    clearCell(sheet, ka, 4);
    clearCell(sheet, ka, 5);
    const back = env.read(sheet);
    if (!back.ok) throw new Error(back.problems.join('\n'));
    expect(back.canvas.blocks.keyActivities).toEqual([{ text: 'Training baristas' }, { text: 'Buying green beans' }]);
  });

  test('a row inserted inside a block, and one inserted at its last row, both count', () => {
    const env = freshEnv();
    const sheet = env.write(sample());
    const ka = firstItemRow(sheet, 'Key Activities', 4);
    sheet.insertRowsAfter(ka, 1);
    editCell(sheet, ka + 1, 4, 'Between the two');
    const kr = firstItemRow(sheet, 'Key Resources', 4) - 3;
    sheet.insertRowsBefore(kr, 1); // right above the Key Resources title: the edge of Key Activities
    editCell(sheet, kr, 4, 'At the edge');
    const back = env.read(sheet);
    if (!back.ok) throw new Error(back.problems.join('\n'));
    expect(back.canvas.blocks.keyActivities.map((i) => i.text)).toEqual([
      'Roasting',
      'Between the two',
      'Training baristas',
      'At the edge',
    ]);
    expect(back.canvas.blocks.keyResources).toEqual([{ text: 'Roastery' }]);
    expect(back.canvas.blocks.customerSegments.map((i) => i.text)).toEqual(['Commuters', 'Offices']);
  });

  test('a number or a formula typed into an item cell reads back as what the cell shows', () => {
    const env = freshEnv();
    const sheet = env.write(sample());
    const kp = firstItemRow(sheet, 'Key Partners', 1);
    editCell(sheet, kp, 1, '42');
    editCell(sheet, kp + 1, 1, '=2*21');
    const back = env.read(sheet);
    if (!back.ok) throw new Error(back.problems.join('\n'));
    expect(back.canvas.blocks.keyPartners).toEqual([{ text: '42' }, { text: '42' }]);
  });

  test('a note typed as =text shows #ERROR!, which is never read as a note: the reader names the cell and the way out', () => {
    const env = freshEnv();
    const sheet = env.write(sample());
    const kp = firstItemRow(sheet, 'Key Partners', 1);
    editCell(sheet, kp, 1, '=Brand partnerships?');
    expect(sheet.getRange(kp, 1, 1, 1).getValue()).toBe('#ERROR!');
    const back = env.read(sheet);
    expect(back).toEqual({
      ok: false,
      problems: [
        `Key Partners, row 1 (A${kp}): the cell shows #ERROR! (Sheets could not read what was typed as a formula). ` +
          "A note that starts with = is read as a formula: to keep it as text, type it again with an apostrophe first, as in '=your text.",
      ],
    });
  });

  test('an error in a note’s category or segment cell is reported for that cell', () => {
    const env = freshEnv();
    const sheet = env.write(sample());
    const vp = firstItemRow(sheet, 'Value Propositions', 7);
    editCell(sheet, vp, 9, '=1/0');
    const back = env.read(sheet);
    expect(back.ok ? [] : back.problems).toEqual([
      expect.stringMatching(
        new RegExp(`^Value Propositions, row 1 \\(I${vp}\\): the cell shows #DIV/0! \\(the formula divides by zero\\)`),
      ),
    ]);
  });
});

describe('broken structure gets a clear message and nothing is written', () => {
  test('a sheet that is not a canvas', () => {
    const env = freshEnv();
    const plain = env.ss.insertSheet('Budget');
    env.g.calls.reset();
    expect(env.read(plain as EmuSheet)).toEqual({
      ok: false,
      problems: [
        'The sheet "Budget" is not a Business Model Canvas. Open a canvas sheet, or make one with New canvas.',
      ],
    });
    expect(methodsCalled(env.g).every((m) => /\.get/.test(m))).toBe(true);
  });

  test('a deleted title row is named (the row holds the titles of Key Resources and Channels)', () => {
    const env = freshEnv();
    const sheet = env.write(sample());
    const krTitle = firstItemRow(sheet, 'Key Resources', 4) - 3;
    sheet.deleteRows(krTitle, 1);
    const before = sheet.getRange(1, 1, 60, 15).getValues();
    env.g.calls.reset();
    const back = env.read(sheet);
    expect(back.ok).toBe(false);
    if (back.ok) return;
    expect(back.problems).toEqual([
      `The title row of Key Resources (D${krTitle}) was deleted or changed: expected "Key Resources", found "The assets the model cannot work without.".`,
      `The title row of Channels (J${krTitle}) was deleted or changed: expected "Channels", found "How each segment hears of, buys and receives the offer.".`,
    ]);
    expect(methodsCalled(env.g).every((m) => /\.get/.test(m))).toBe(true);
    expect(sheet.getRange(1, 1, 60, 15).getValues()).toEqual(before);
  });

  test('a deleted named range is named', () => {
    const env = freshEnv();
    const sheet = env.write(sample());
    env.ss.removeNamedRange('AcmeCoffee_VP');
    const back = env.read(sheet);
    expect(back).toEqual({
      ok: false,
      problems: [
        'The named range AcmeCoffee_VP, which marks where Value Propositions is, was deleted. Undo that change (Edit → Undo), or add the named range back over the block.',
      ],
    });
  });

  test('a block deleted whole is reported, not read as empty', () => {
    const env = freshEnv();
    const sheet = env.write(sample());
    const cr = firstItemRow(sheet, 'Customer Relationships', 10) - 3;
    const ch = firstItemRow(sheet, 'Channels', 10) - 3;
    sheet.deleteRows(cr, ch - cr);
    const back = env.read(sheet);
    expect(back.ok).toBe(false);
  });
});

describe('new canvases never overwrite', () => {
  test('a second canvas of the same name gets its own sheet and prefix', () => {
    const env = freshEnv();
    const first = env.write(sample());
    const before = first.getRange(1, 1, 60, 15).getValues();
    const second = env.write(sample());
    expect(first.getName()).toBe('Acme Coffee');
    expect(second.getName()).toBe('Acme Coffee (2)');
    expect(first.getRange(1, 1, 60, 15).getValues()).toEqual(before);
    const names = env.ss.getNamedRanges().map((n) => n.getName());
    expect(names).toEqual(expect.arrayContaining(['AcmeCoffee_KP', 'AcmeCoffee2_KP']));
    const back = env.read(second);
    expect(back.ok && back.canvas).toEqual({ ...sample(), assumptions: assumptionsOf(sample()) });
  });
});
