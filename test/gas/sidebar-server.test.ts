import { SEGMENT_COLORS } from '../../src/core/blocks';
import { Canvas, emptyCanvas } from '../../src/core/model';
import { readCanvas, writeNewCanvas } from '../../src/gas/canvas-sheet';
import { createCanvas, editCanvas, openCanvas } from '../../src/gas/sidebar-server';
import { editCell } from '../../src/local/emulator';
import { everything, fresh, refTo, stateOf, workbookWith } from './sidebar-fixture';

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
    const result = openCanvas(ctx, { canvas: null, activate: false });
    expect(result.ok && result.view).toBe('canvas');
    if (!result.ok || result.view !== 'canvas') return;
    expect(result.state.sheetName).toBe('Corner Coffee');
    expect(result.state.canvas.blocks.keyPartners).toEqual([{ text: 'Bean roaster' }]);
    expect(result.state.segmentColors).toEqual([SEGMENT_COLORS[0], SEGMENT_COLORS[1]]);
    expect(result.guide.blocks.map((b) => b.code)).toEqual(['CS', 'VP', 'CH', 'CR', 'RS', 'KR', 'KA', 'KP', 'CO']);
    expect(globals.calls.total()).toBeLessThanOrEqual(6);
  });

  test('on a sheet that is not a canvas it offers the file’s canvases', () => {
    const { ctx, ss } = workbookWith(cafe());
    ss.setActiveSheet(ss.getSheetByName('Sheet1') as NonNullable<ReturnType<typeof ss.getSheetByName>>);
    const result = openCanvas(ctx, { canvas: null, activate: false });
    expect(result).toEqual({
      ok: true,
      view: 'choose',
      guide: expect.anything(),
      message: 'The sheet "Sheet1" is not a canvas. Pick one of this file\'s canvases, or make a new one.',
      canvases: [refTo(ss, 'Corner Coffee')],
    });
  });

  test('a note cell showing an error is not shown as a note: the sidebar names the cell and what is wrong', () => {
    const { ctx, ss, sheet } = workbookWith(cafe());
    editCell(sheet, KP_FIRST_ROW, 1, '=Brand partnerships?');
    const result = openCanvas(ctx, { canvas: refTo(ss, 'Corner Coffee'), activate: true });
    expect(result.ok && result.view).toBe('choose');
    expect(result.ok && result.view === 'choose' ? result.message : '').toContain(
      `• Key Partners, row 1 (A${KP_FIRST_ROW}): the cell shows #ERROR! (Sheets could not read what was typed as a formula).`,
    );
  });

  test('a canvas picked from the list becomes the active sheet', () => {
    const { ctx, ss } = workbookWith(cafe());
    ss.setActiveSheet(ss.getSheetByName('Sheet1') as NonNullable<ReturnType<typeof ss.getSheetByName>>);
    const result = openCanvas(ctx, { canvas: refTo(ss, 'Corner Coffee'), activate: true });
    expect(stateOf(result).sheetName).toBe('Corner Coffee');
    expect(ss.getActiveSheet().getName()).toBe('Corner Coffee');
  });

  test('Refresh keeps showing the canvas while the user looks at another sheet, and says which sheet is active', () => {
    const { ctx, ss } = workbookWith(cafe());
    const sheet1 = ss.getSheetByName('Sheet1') as NonNullable<ReturnType<typeof ss.getSheetByName>>;
    ss.setActiveSheet(sheet1);
    const result = openCanvas(ctx, { canvas: refTo(ss, 'Corner Coffee'), activate: false });
    expect(stateOf(result).sheetName).toBe('Corner Coffee');
    expect(result.ok && result.view === 'canvas' && result.elsewhere).toEqual({
      sheetId: sheet1.getSheetId(),
      sheetName: 'Sheet1',
      prefix: null,
    });
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

describe('the canvas a request names', () => {
  /** Corner Coffee, shown in the sidebar, and a second canvas the user then switches to. */
  function twoCanvases() {
    const wb = workbookWith(cafe());
    const shown = stateOf(openCanvas(wb.ctx, { canvas: null, activate: false }));
    const other = writeNewCanvas(wb.ss, emptyCanvas('Tea Room'), '2025-01-15', wb.ctx.services);
    wb.ss.setActiveSheet(other);
    return {
      ...wb,
      shown,
      other,
      canvas: { sheetId: shown.sheetId, prefix: shown.prefix, sheetName: shown.sheetName },
    };
  }
  const addNote = { kind: 'add', block: 'keyPartners', value: { text: 'Milk farm' } } as const;

  test('after the user switches sheet tabs, an edit goes to the canvas the sidebar shows', () => {
    const { ctx, ss, shown, other, canvas } = twoCanvases();
    const result = editCanvas(ctx, { canvas, version: shown.versions.keyPartners, edit: addNote });
    expect(stateOf(result).canvas.blocks.keyPartners.map((i) => i.text)).toEqual(['Bean roaster', 'Milk farm']);
    const tea = readCanvas(other);
    expect(tea.ok && tea.canvas.blocks.keyPartners).toEqual([]);
    expect(ss.getActiveSheet().getName()).toBe('Tea Room');
  });

  test('a renamed canvas is still found by its sheet; a deleted one is refused in words, writing nothing', () => {
    const { ctx, ss, shown, sheet, canvas } = twoCanvases();
    sheet.setName('Coffee, renamed');
    const renamed = editCanvas(ctx, { canvas, version: shown.versions.keyPartners, edit: addNote });
    expect(stateOf(renamed).canvas.blocks.keyPartners).toHaveLength(2);
    expect(stateOf(openCanvas(ctx, { canvas, activate: false })).sheetName).toBe('Coffee, renamed');
    ss.deleteSheet(sheet);
    const before = everything(ss);
    expect(editCanvas(ctx, { canvas, version: shown.versions.keyPartners, edit: addNote })).toEqual({
      ok: false,
      reason: 'failed',
      message:
        'The canvas "Corner Coffee" is not in this spreadsheet any more (its sheet was deleted, or no longer holds that canvas), so nothing was changed. Press Refresh to pick a canvas.',
    });
    expect(everything(ss)).toEqual(before);
  });

  test('Refresh says which canvas is active instead of switching to it; picking it shows it', () => {
    const { ctx, ss, other, canvas } = twoCanvases();
    const refreshed = openCanvas(ctx, { canvas, activate: false });
    expect(stateOf(refreshed).sheetName).toBe('Corner Coffee');
    const elsewhere = refreshed.ok && refreshed.view === 'canvas' ? refreshed.elsewhere : null;
    expect(elsewhere).toEqual({ sheetId: other.getSheetId(), sheetName: 'Tea Room', prefix: 'TeaRoom' });
    const tea = { sheetId: other.getSheetId(), prefix: 'TeaRoom', sheetName: 'Tea Room' };
    const shownNow = openCanvas(ctx, { canvas: tea, activate: false });
    expect(stateOf(shownNow).sheetName).toBe('Tea Room');
    expect(shownNow.ok && shownNow.view === 'canvas' && shownNow.elsewhere).toBeNull();
    expect(ss.getActiveSheet().getName()).toBe('Tea Room');
  });
});

describe('editing notes', () => {
  test('an added note is on the sheet, and the answer is the canvas read back', () => {
    const { ctx, sheet } = workbookWith(cafe());
    const result = editCanvas(
      ctx,
      fresh(ctx.ss, {
        sheetName: 'Corner Coffee',
        edit: {
          kind: 'add',
          block: 'keyPartners',
          value: { text: 'Milk farm', category: 'Buyer–supplier relationship' },
        },
      }),
    );
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
      editCanvas(
        ctx,
        fresh(ctx.ss, { sheetName: 'Corner Coffee', edit: { kind: 'add', block: 'keyActivities', value: { text } } }),
      );
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
    editCanvas(
      ctx,
      fresh(ctx.ss, {
        sheetName: 'Corner Coffee',
        edit: {
          kind: 'add',
          block: 'valuePropositions',
          value: { text: 'Team breakfast boxes', segment: 'Office teams' },
        },
      }),
    );
    expect(sheet.getRange(KP_FIRST_ROW + 1, VP_COLUMN, 1, 3).getBackgrounds()).toEqual([
      Array(3).fill(SEGMENT_COLORS[1]),
    ]);
  });

  test('delete and move change the sheet; the answer always matches it', () => {
    const c = cafe();
    c.blocks.keyPartners = [{ text: 'A' }, { text: 'B' }, { text: 'C' }];
    const { ctx, sheet } = workbookWith(c);
    const moved = editCanvas(
      ctx,
      fresh(ctx.ss, {
        sheetName: 'Corner Coffee',
        edit: { kind: 'move', block: 'keyPartners', index: 0, expected: { text: 'A' }, to: 2 },
      }),
    );
    expect(stateOf(moved).canvas.blocks.keyPartners.map((i) => i.text)).toEqual(['B', 'C', 'A']);
    const deleted = editCanvas(
      ctx,
      fresh(ctx.ss, {
        sheetName: 'Corner Coffee',
        edit: { kind: 'delete', block: 'keyPartners', index: 1, expected: { text: 'C' } },
      }),
    );
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
    const result = editCanvas(
      ctx,
      fresh(ctx.ss, {
        sheetName: 'Corner Coffee',
        edit: { kind: 'add', block: 'keyActivities', value: { text: 'Train staff' } },
      }),
    );
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
    const result = editCanvas(
      ctx,
      fresh(ctx.ss, {
        sheetName: 'Corner Coffee',
        edit: {
          kind: 'update',
          block: 'keyPartners',
          index: 0,
          expected: { text: 'Bean roaster' },
          value: { text: 'Coffee roaster' },
        },
      }),
    );
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
    const result = editCanvas(
      ctx,
      fresh(ctx.ss, {
        sheetName: 'Corner Coffee',
        edit: { kind: 'add', block: 'keyPartners', value: { text: 'Milk farm' } },
      }),
    );
    expect(result).toEqual({ ok: false, reason: 'failed', message: expect.stringContaining('still being saved') });
    expect(everything(globals.spreadsheet)).toEqual(before);
    other.releaseLock();
    expect(
      stateOf(
        editCanvas(
          ctx,
          fresh(ctx.ss, {
            sheetName: 'Corner Coffee',
            edit: { kind: 'add', block: 'keyPartners', value: { text: 'Milk farm' } },
          }),
        ),
      ).canvas.blocks.keyPartners,
    ).toHaveLength(2);
  });

  test('two quick deletes sent from the same view delete one note each, or report, never the wrong one', () => {
    const c = cafe();
    c.blocks.keyPartners = [{ text: 'A' }, { text: 'B' }, { text: 'C' }];
    const { ctx, ss } = workbookWith(c);
    // Both clicks were made on the view that showed A, B, C.
    const view = {
      canvas: refTo(ss, 'Corner Coffee'),
      version: fresh(ss, { sheetName: 'Corner Coffee', edit: { block: 'keyPartners' } }).version,
    };
    stateOf(
      editCanvas(ctx, { ...view, edit: { kind: 'delete', block: 'keyPartners', index: 0, expected: { text: 'A' } } }),
    );
    const second = editCanvas(ctx, {
      ...view,
      edit: { kind: 'delete', block: 'keyPartners', index: 1, expected: { text: 'B' } },
    });
    expect(second.ok === false && second.reason).toBe('conflict');
    expect(second.ok === false && second.reason === 'conflict' && second.state.canvas.blocks.keyPartners).toEqual([
      { text: 'B' },
      { text: 'C' },
    ]);
  });

  test('a stale delete of one of two notes with the same text is reported, and the other one stays', () => {
    const c = cafe();
    c.blocks.keyPartners = [{ text: 'Roaster' }, { text: 'Bakery' }, { text: 'Roaster' }];
    const { ctx, ss } = workbookWith(c);
    const seen = fresh(ss, { sheetName: 'Corner Coffee', edit: { block: 'keyPartners' } });
    // Someone else deletes the first Roaster; the sidebar still shows three notes.
    stateOf(
      editCanvas(
        ctx,
        fresh(ss, {
          sheetName: 'Corner Coffee',
          edit: { kind: 'delete', block: 'keyPartners', index: 0, expected: { text: 'Roaster' } },
        }),
      ),
    );
    const before = everything(ss);
    const stale = editCanvas(ctx, {
      ...seen,
      edit: { kind: 'delete', block: 'keyPartners', index: 0, expected: { text: 'Roaster' } },
    });
    expect(stale).toEqual({
      ok: false,
      reason: 'conflict',
      message: expect.stringContaining(
        'Key Partners was changed on the sheet since the sidebar showed it, so the item "Roaster" was left as it is',
      ),
      state: expect.anything(),
    });
    expect(everything(ss)).toEqual(before);
    const read = readCanvas(ss.getSheetByName('Corner Coffee') as NonNullable<ReturnType<typeof ss.getSheetByName>>);
    expect(read.ok && read.canvas.blocks.keyPartners).toEqual([{ text: 'Bakery' }, { text: 'Roaster' }]);
  });

  test('the lock is released after every call, even a refused one', () => {
    const { ctx, globals } = workbookWith(cafe());
    editCanvas(
      ctx,
      fresh(ctx.ss, {
        sheetName: 'Corner Coffee',
        edit: { kind: 'add', block: 'valuePropositions', value: { text: 'x', segment: 'Nobody' } },
      }),
    );
    editCanvas(
      ctx,
      fresh(ctx.ss, { sheetName: 'Gone', edit: { kind: 'add', block: 'keyPartners', value: { text: 'x' } } }),
    );
    expect(globals.LockService.getDocumentLock().tryLock(0)).toBe(true);
  });
});

describe('bad requests', () => {
  // Well formed, so only the field each case spoils is refused; no sheet is looked at.
  const SHAPED = { canvas: { sheetId: 1, prefix: 'CornerCoffee', sheetName: 'Corner Coffee' }, version: '0-0' };
  const bad: [string, unknown, string[]][] = [
    ['not an object', 'add a note', ['']],
    ['no canvas', { edit: { kind: 'add', block: 'keyPartners', value: { text: 'x' } } }, ['canvas', 'version']],
    [
      'an unknown block',
      { ...SHAPED, edit: { kind: 'add', block: 'marketing', value: { text: 'x' } } },
      ['edit.block'],
    ],
    [
      'an empty note',
      { ...SHAPED, edit: { kind: 'add', block: 'keyPartners', value: { text: '  ' } } },
      ['edit.value.text'],
    ],
    [
      'a price in words',
      {
        ...SHAPED,
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
        ...SHAPED,
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
        ...SHAPED,
        edit: { kind: 'add', block: 'revenueStreams', value: { name: 'Tea', type: 'gift', price: 1, volume: 1 } },
      },
      ['edit.value.type'],
    ],
    [
      'a negative position',
      {
        ...SHAPED,
        edit: { kind: 'delete', block: 'keyPartners', index: -1, expected: { text: 'Bean roaster' } },
      },
      ['edit.index'],
    ],
    [
      'a field the request does not have',
      { ...SHAPED, edit: { kind: 'add', block: 'keyPartners', value: { text: 'x', colour: 'red' } } },
      ['edit.value.colour'],
    ],
    [
      'a segment on a segment',
      {
        ...SHAPED,
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
      editCanvas(
        ctx,
        fresh(ctx.ss, { sheetName: 'Old name', edit: { kind: 'add', block: 'keyPartners', value: { text: 'x' } } }),
      ),
    ).toEqual({
      ok: false,
      reason: 'failed',
      message:
        'The canvas "Old name" is not in this spreadsheet any more (its sheet was deleted, or no longer holds that canvas), so nothing was changed. Press Refresh to pick a canvas.',
    });
  });
});
