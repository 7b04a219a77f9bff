import { SEGMENT_COLORS } from '../../src/core/blocks';
import { Canvas, emptyCanvas } from '../../src/core/model';
import { createCanvas, editCanvas, openCanvas } from '../../src/gas/sidebar-server';
import { editCell } from '../../src/local/emulator';
import { everything, stateOf, workbookWith } from './sidebar-fixture';

function cafe(): Canvas {
  const c = emptyCanvas('Corner Coffee');
  c.blocks.customerSegments = [{ text: 'Commuters' }, { text: 'Office teams' }];
  c.blocks.valuePropositions = [{ text: 'Good coffee in under a minute', segment: 'Commuters' }];
  c.blocks.keyPartners = [{ text: 'Bean roaster' }];
  return c;
}

/** Where the layout puts Corner Coffee's blocks (rows worked out from the arrangement: title rows 1–2, three header rows per block, five rows of room). */
const KP_FIRST_ROW = 6;
const VP_COLUMN = 7;
const KA_COLUMN = 4;

describe('opening', () => {
  test('the active canvas loads in one call of the server, with the guide', () => {
    const { ctx, globals } = workbookWith(cafe());
    const result = openCanvas(ctx, { sheetName: null, followActive: true });
    expect(result.ok && result.view).toBe('canvas');
    if (!result.ok || result.view !== 'canvas') return;
    expect(result.state.sheetName).toBe('Corner Coffee');
    expect(result.state.canvas.blocks.keyPartners).toEqual([{ text: 'Bean roaster' }]);
    expect(result.state.segmentColors).toEqual([SEGMENT_COLORS[0], SEGMENT_COLORS[1]]);
    expect(result.guide.blocks.map((b) => b.code)).toEqual(['CS', 'VP', 'CH', 'CR', 'RS', 'KR', 'KA', 'KP', 'CO']);
    expect(globals.calls.total()).toBeLessThanOrEqual(5);
  });

  test('on a sheet that is not a canvas it offers the file’s canvases', () => {
    const { ctx, ss } = workbookWith(cafe());
    ss.setActiveSheet(ss.getSheetByName('Sheet1') as NonNullable<ReturnType<typeof ss.getSheetByName>>);
    const result = openCanvas(ctx, { sheetName: null, followActive: true });
    expect(result).toEqual({
      ok: true,
      view: 'choose',
      guide: expect.anything(),
      message: 'The sheet "Sheet1" is not a canvas. Pick one of this file\'s canvases, or make a new one.',
      canvases: [{ sheetName: 'Corner Coffee' }],
    });
  });

  test('a note cell showing an error is not shown as a note: the sidebar names the cell and what is wrong', () => {
    const { ctx, sheet } = workbookWith(cafe());
    editCell(sheet, KP_FIRST_ROW, 1, '=Brand partnerships?');
    const result = openCanvas(ctx, { sheetName: 'Corner Coffee', followActive: false });
    expect(result.ok && result.view).toBe('choose');
    expect(result.ok && result.view === 'choose' ? result.message : '').toContain(
      `• Key Partners, row 1 (A${KP_FIRST_ROW}): the cell shows #ERROR! (Sheets could not read what was typed as a formula).`,
    );
  });

  test('a canvas picked from the list becomes the active sheet', () => {
    const { ctx, ss } = workbookWith(cafe());
    ss.setActiveSheet(ss.getSheetByName('Sheet1') as NonNullable<ReturnType<typeof ss.getSheetByName>>);
    const result = openCanvas(ctx, { sheetName: 'Corner Coffee', followActive: false });
    expect(stateOf(result).sheetName).toBe('Corner Coffee');
    expect(ss.getActiveSheet().getName()).toBe('Corner Coffee');
  });

  test('Refresh keeps showing the canvas while the user looks at another sheet', () => {
    const { ctx, ss } = workbookWith(cafe());
    ss.setActiveSheet(ss.getSheetByName('Sheet1') as NonNullable<ReturnType<typeof ss.getSheetByName>>);
    expect(stateOf(openCanvas(ctx, { sheetName: 'Corner Coffee', followActive: true })).sheetName).toBe(
      'Corner Coffee',
    );
    expect(ss.getActiveSheet().getName()).toBe('Sheet1');
  });

  test('a new canvas is added, made active and shown', () => {
    const { ctx, ss } = workbookWith(cafe());
    const result = createCanvas(ctx, { name: '  Tea Room ' });
    expect(stateOf(result).canvas.name).toBe('Tea Room');
    expect(ss.getActiveSheet().getName()).toBe('Tea Room');
    expect(createCanvas(ctx, { name: 'a/b' })).toEqual({
      ok: false,
      reason: 'invalid',
      messages: [{ field: 'name', message: expect.stringContaining('contains /') }],
    });
  });
});

describe('editing notes', () => {
  test('an added note is on the sheet, and the answer is the canvas read back', () => {
    const { ctx, sheet } = workbookWith(cafe());
    const result = editCanvas(ctx, {
      sheetName: 'Corner Coffee',
      edit: {
        kind: 'add',
        block: 'keyPartners',
        value: { text: 'Milk farm', category: 'Buyer–supplier relationship' },
      },
    });
    expect(stateOf(result).canvas.blocks.keyPartners).toEqual([
      { text: 'Bean roaster' },
      { text: 'Milk farm', category: 'Buyer–supplier relationship' },
    ]);
    expect(sheet.getRange(KP_FIRST_ROW + 1, 1, 1, 2).getValues()).toEqual([
      ['Milk farm', 'Buyer–supplier relationship'],
    ]);
  });

  test('text starting with = + - @ is stored as text, exactly as typed', () => {
    const { ctx, sheet } = workbookWith(cafe());
    const texts = ['=SUM(A1:A3)', '+1', '-x', '@me', '123', '2020-01-01', "'quoted", '<img src=x onerror=alert(1)>'];
    for (const text of texts)
      editCanvas(ctx, { sheetName: 'Corner Coffee', edit: { kind: 'add', block: 'keyActivities', value: { text } } });
    const first = KP_FIRST_ROW;
    expect(
      sheet
        .getRange(first, KA_COLUMN, 8, 1)
        .getValues()
        .map((r) => r[0]),
    ).toEqual(texts);
    expect(
      sheet
        .getRange(first, KA_COLUMN, 8, 1)
        .getFormulas()
        .map((r) => r[0]),
    ).toEqual(Array(8).fill(''));
  });

  test('a note linked to a segment takes the segment’s colour on the sheet', () => {
    const { ctx, sheet } = workbookWith(cafe());
    editCanvas(ctx, {
      sheetName: 'Corner Coffee',
      edit: {
        kind: 'add',
        block: 'valuePropositions',
        value: { text: 'Team breakfast boxes', segment: 'Office teams' },
      },
    });
    expect(sheet.getRange(KP_FIRST_ROW + 1, VP_COLUMN, 1, 3).getBackgrounds()).toEqual([
      Array(3).fill(SEGMENT_COLORS[1]),
    ]);
  });

  test('delete and move change the sheet; the answer always matches it', () => {
    const c = cafe();
    c.blocks.keyPartners = [{ text: 'A' }, { text: 'B' }, { text: 'C' }];
    const { ctx, sheet } = workbookWith(c);
    const moved = editCanvas(ctx, {
      sheetName: 'Corner Coffee',
      edit: { kind: 'move', block: 'keyPartners', index: 0, expected: { text: 'A' }, to: 2 },
    });
    expect(stateOf(moved).canvas.blocks.keyPartners.map((i) => i.text)).toEqual(['B', 'C', 'A']);
    const deleted = editCanvas(ctx, {
      sheetName: 'Corner Coffee',
      edit: { kind: 'delete', block: 'keyPartners', index: 1, expected: { text: 'C' } },
    });
    expect(stateOf(deleted).canvas.blocks.keyPartners.map((i) => i.text)).toEqual(['B', 'A']);
    expect(sheet.getRange(KP_FIRST_ROW, 1, 3, 1).getValues()).toEqual([['B'], ['A'], ['']]);
  });

  test('a full block grows: rows go in inside it and its named range follows', () => {
    const c = cafe();
    c.blocks.keyActivities = ['Roast', 'Brew', 'Serve', 'Clean', 'Order beans'].map((text) => ({ text }));
    const { ctx, ss } = workbookWith(c);
    const kaRows = ss.getRangeByName('CornerCoffee_KA')?.getNumRows() as number;
    const krRow = ss.getRangeByName('CornerCoffee_KR')?.getRow() as number;
    // Key Activities: title, hint, column headers and five rows of room; Key Resources right below.
    expect([kaRows, krRow]).toEqual([8, 11]);
    const result = editCanvas(ctx, {
      sheetName: 'Corner Coffee',
      edit: { kind: 'add', block: 'keyActivities', value: { text: 'Train staff' } },
    });
    const after = stateOf(result).canvas;
    expect(after.blocks.keyActivities.map((i) => i.text)).toEqual([
      'Roast',
      'Brew',
      'Serve',
      'Clean',
      'Order beans',
      'Train staff',
    ]);
    expect(after.blocks.keyPartners).toEqual(c.blocks.keyPartners);
    expect(after.blocks.valuePropositions).toEqual(c.blocks.valuePropositions);
    expect(ss.getRangeByName('CornerCoffee_KA')?.getNumRows()).toBe(kaRows + 1);
    expect(ss.getRangeByName('CornerCoffee_KR')?.getRow()).toBe(krRow + 1);
  });
});

describe('concurrency', () => {
  test('an edit to a note changed on the sheet meanwhile is reported, not applied', () => {
    const { ctx, sheet } = workbookWith(cafe());
    editCell(sheet, KP_FIRST_ROW, 1, 'Bean roaster (new contract)');
    const before = everything(ctx.ss as never);
    const result = editCanvas(ctx, {
      sheetName: 'Corner Coffee',
      edit: {
        kind: 'update',
        block: 'keyPartners',
        index: 0,
        expected: { text: 'Bean roaster' },
        value: { text: 'Coffee roaster' },
      },
    });
    expect(result).toEqual({
      ok: false,
      reason: 'conflict',
      message: expect.stringContaining('changed or removed on the sheet'),
      state: expect.objectContaining({
        canvas: expect.objectContaining({
          blocks: expect.objectContaining({ keyPartners: [{ text: 'Bean roaster (new contract)' }] }),
        }),
      }),
    });
    expect(everything(ctx.ss as never)).toEqual(before);
  });

  test('while another change holds the lock, a write waits its turn and then says so, writing nothing', () => {
    const { ctx, globals } = workbookWith(cafe());
    const other = globals.LockService.getDocumentLock();
    other.waitLock(1000);
    const before = everything(globals.spreadsheet);
    const result = editCanvas(ctx, {
      sheetName: 'Corner Coffee',
      edit: { kind: 'add', block: 'keyPartners', value: { text: 'Milk farm' } },
    });
    expect(result).toEqual({ ok: false, reason: 'failed', message: expect.stringContaining('still being saved') });
    expect(everything(globals.spreadsheet)).toEqual(before);
    other.releaseLock();
    expect(
      stateOf(
        editCanvas(ctx, {
          sheetName: 'Corner Coffee',
          edit: { kind: 'add', block: 'keyPartners', value: { text: 'Milk farm' } },
        }),
      ).canvas.blocks.keyPartners,
    ).toHaveLength(2);
  });

  test('two quick deletes sent from the same view delete one note each, or report, never the wrong one', () => {
    const c = cafe();
    c.blocks.keyPartners = [{ text: 'A' }, { text: 'B' }, { text: 'C' }];
    const { ctx } = workbookWith(c);
    // Both clicks were made on the view that showed A, B, C.
    editCanvas(ctx, {
      sheetName: 'Corner Coffee',
      edit: { kind: 'delete', block: 'keyPartners', index: 0, expected: { text: 'A' } },
    });
    const second = editCanvas(ctx, {
      sheetName: 'Corner Coffee',
      edit: { kind: 'delete', block: 'keyPartners', index: 1, expected: { text: 'B' } },
    });
    expect(stateOf(second).canvas.blocks.keyPartners).toEqual([{ text: 'C' }]);
  });

  test('the lock is released after every call, even a refused one', () => {
    const { ctx, globals } = workbookWith(cafe());
    editCanvas(ctx, {
      sheetName: 'Corner Coffee',
      edit: { kind: 'add', block: 'valuePropositions', value: { text: 'x', segment: 'Nobody' } },
    });
    editCanvas(ctx, { sheetName: 'Gone', edit: { kind: 'add', block: 'keyPartners', value: { text: 'x' } } });
    expect(globals.LockService.getDocumentLock().tryLock(0)).toBe(true);
  });
});

describe('bad requests', () => {
  const bad: [string, unknown, string[]][] = [
    ['not an object', 'add a note', ['']],
    ['no sheet name', { edit: { kind: 'add', block: 'keyPartners', value: { text: 'x' } } }, ['sheetName']],
    [
      'an unknown block',
      { sheetName: 'Corner Coffee', edit: { kind: 'add', block: 'marketing', value: { text: 'x' } } },
      ['edit.block'],
    ],
    [
      'an empty note',
      { sheetName: 'Corner Coffee', edit: { kind: 'add', block: 'keyPartners', value: { text: '  ' } } },
      ['edit.value.text'],
    ],
    [
      'a price in words',
      {
        sheetName: 'Corner Coffee',
        edit: {
          kind: 'add',
          block: 'revenueStreams',
          value: { name: 'Tea', type: 'asset-sale', price: 'ten', volume: -1 },
        },
      },
      ['edit.value.price', 'edit.value.volume'],
    ],
    [
      'a share above 1',
      {
        sheetName: 'Corner Coffee',
        edit: {
          kind: 'add',
          block: 'costStructure',
          value: { name: 'Fees', behavior: 'variable', per: 'revenue', amount: 2 },
        },
      },
      ['edit.value.amount'],
    ],
    [
      'an unknown stream type',
      {
        sheetName: 'Corner Coffee',
        edit: { kind: 'add', block: 'revenueStreams', value: { name: 'Tea', type: 'gift', price: 1, volume: 1 } },
      },
      ['edit.value.type'],
    ],
    [
      'a negative position',
      {
        sheetName: 'Corner Coffee',
        edit: { kind: 'delete', block: 'keyPartners', index: -1, expected: { text: 'Bean roaster' } },
      },
      ['edit.index'],
    ],
    [
      'a field the request does not have',
      { sheetName: 'Corner Coffee', edit: { kind: 'add', block: 'keyPartners', value: { text: 'x', colour: 'red' } } },
      ['edit.value.colour'],
    ],
    [
      'a segment on a segment',
      {
        sheetName: 'Corner Coffee',
        edit: { kind: 'add', block: 'customerSegments', value: { text: 'x', segment: 'Commuters' } },
      },
      ['edit.value.segment'],
    ],
  ];
  test.each(bad)('%s: a clear message per field, no spreadsheet call, nothing written', (_what, request, fields) => {
    const { ctx, globals } = workbookWith(cafe());
    const before = everything(globals.spreadsheet);
    globals.calls.reset();
    const result = editCanvas(ctx, request);
    expect(globals.calls.total()).toBe(0);
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== 'invalid') throw new Error(JSON.stringify(result));
    expect(result.messages.map((m) => m.field)).toEqual(fields);
    for (const m of result.messages) expect(m.message).not.toMatch(/\bat \w+ \(|Error:|undefined/);
    expect(everything(globals.spreadsheet)).toEqual(before);
  });

  test('an edit of a sheet that is gone says so in words', () => {
    const { ctx } = workbookWith(cafe());
    expect(
      editCanvas(ctx, { sheetName: 'Old name', edit: { kind: 'add', block: 'keyPartners', value: { text: 'x' } } }),
    ).toEqual({
      ok: false,
      reason: 'failed',
      message:
        'The canvas sheet "Old name" is not in this spreadsheet any more (it was renamed or deleted). Press Refresh to pick a canvas.',
    });
  });
});
