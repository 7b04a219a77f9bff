import { emptyCanvas } from '../../src/core/model';
import { listTemplates as registryList, PATTERNS } from '../../src/core/patterns';
import { readCanvas } from '../../src/gas/canvas-sheet';
import { addTemplateToCanvasIn, galleryOf, newCanvasFromTemplateIn, patternHintsIn } from '../../src/gas/templates-api';
import { EmuSheet } from '../../src/local/emulator';
import { template } from '../core/patterns/sheet/template-sheet';
import { everything, refTo, workbookWith } from './sidebar-fixture';

describe('the gallery', () => {
  test('lists every template with its words, a preview of each block and its key numbers', () => {
    const gallery = galleryOf();
    if (!gallery.ok) throw new Error(JSON.stringify(gallery));
    const { templates } = gallery;
    expect(templates.map((t) => t.id)).toEqual(registryList().map((t) => t.id));
    const photo = templates.find((t) => t.id === 'free-photo-sharing')!;
    expect(photo.patternTitle).toBe(PATTERNS.find((p) => p.id === 'free')!.title);
    expect(photo.variant).toBe('freemium');
    expect(photo.preview).toHaveLength(9);
    const segments = photo.preview.find((p) => p.block === 'customerSegments')!;
    expect(segments.items).toEqual(['Casual photographers', 'Enthusiast photographers']);
    expect(segments.more).toBe(0);
    const costs = photo.preview.find((p) => p.block === 'costStructure')!;
    expect(costs.items).toHaveLength(3);
    expect(costs.more).toBe(1);
    // 20,000 × 6; 500,000 × 0.12 + 20,000 × 0.9 + 35,000 + 6,000; the difference.
    expect(photo.keyNumbers.map((k) => k.value)).toEqual(
      [120_000, 119_000, 1_000].map((v) => expect.closeTo(v, 6) as unknown as number),
    );
    expect(photo.check).toEqual({ title: 'Freemium check', passes: true });
  });
});

describe('new canvas from a template', () => {
  test("adds a sheet holding the template's canvas and makes it active", () => {
    const { ss, ctx } = workbookWith(emptyCanvas('Mine'));
    const t = template('free-commuter-paper');
    const result = newCanvasFromTemplateIn(ctx, { id: t.id });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const { sheetName } = result.state;
    expect(ss.getActiveSheet().getName()).toBe(sheetName);
    const read = readCanvas(ss.getSheetByName(sheetName) as EmuSheet);
    if (!read.ok) throw new Error(read.problems.join('\n'));
    // The sheet also records the canvas's assumptions and pattern check, which the template leaves to their defaults.
    expect(read.canvas).toMatchObject(t.canvas);
    // The answer is the canvas as the sidebar shows it: read back from the sheet, with its live KPIs and hints.
    expect(result.state.canvas).toEqual(read.canvas);
    // Free copies 0 × 8,000,000 + display advertising 4 × 240,000, as the sheet computes it.
    expect(result.state.kpis.revenue).toBeCloseTo(960_000, 6);
    expect(result.hints.map((h) => h.variant)).toContain('advertising');
  });

  test.each([['no-such-template'], [''], [42], [null]])(
    'refuses the id %p with the known ids, writing nothing',
    (id) => {
      const { ss, ctx } = workbookWith(emptyCanvas('Mine'));
      const before = everything(ss);
      const result = newCanvasFromTemplateIn(ctx, { id });
      expect(result.ok).toBe(false);
      if (result.ok || result.reason !== 'invalid') throw new Error(JSON.stringify(result));
      expect(result.messages[0].field).toBe('id');
      expect(result.messages[0].message).toMatch(/^expected the id of a template \(.*free-photo-sharing.*\), got /);
      expect(everything(ss)).toEqual(before);
    },
  );
});

describe('add a template to a canvas', () => {
  test("adds only what the canvas lacks, keeps the user's items as they were, and says what it added", () => {
    const mine = emptyCanvas('My razors');
    mine.blocks.customerSegments = [{ text: 'Men who shave daily' }];
    mine.blocks.keyPartners = [{ text: '  retail chains  ', category: 'My own words' }];
    mine.revenueStreams = [{ name: 'blade refill packs', type: 'subscription', price: 15, volume: 10 }];
    mine.costs = [{ name: 'Rent', behavior: 'fixed', amount: 1_000 }];
    const { sheet, ctx } = workbookWith(mine);
    const t = template('free-razor-and-blades');

    const result = addTemplateToCanvasIn(ctx, { canvas: refTo(ctx.ss, sheet.getName()), id: t.id });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const read = readCanvas(sheet);
    if (!read.ok) throw new Error(read.problems.join('\n'));
    const c = read.canvas;
    expect(result.state.canvas).toEqual(c);
    expect(result.hints.map((h) => h.variant)).toContain('bait-and-hook');
    // The user's entries stay first and unchanged; the template's same-named ones are not added again.
    expect(c.revenueStreams[0]).toEqual(mine.revenueStreams[0]);
    expect(c.revenueStreams.map((s) => s.name)).toEqual(['blade refill packs', 'Starter handles']);
    expect(c.costs[0]).toEqual(mine.costs[0]);
    expect(c.costs.map((x) => x.name)).toEqual(['Rent', ...t.canvas.costs.map((x) => x.name)]);
    // A template cost per unit of a stream the user already has follows the user's stream, as the user spells it.
    expect(c.costs.find((x) => x.name === 'Blade pack manufacturing')).toEqual({
      name: 'Blade pack manufacturing',
      behavior: 'variable',
      per: 'unit',
      amount: 4,
      stream: 'blade refill packs',
    });
    expect(c.blocks.keyPartners[0]).toEqual(mine.blocks.keyPartners[0]);
    const templatePartners = t.canvas.blocks.keyPartners.map((i) => i.text);
    expect(c.blocks.keyPartners.map((i) => i.text)).toEqual([
      '  retail chains  ',
      ...templatePartners.filter((x) => x.trim().toLowerCase() !== 'retail chains'),
    ]);
    expect(result.added).toContain('Revenue Streams: Starter handles');
    expect(result.added).not.toContain('Revenue Streams: Blade refill packs');
    expect(result.added.length).toBe(
      c.blocks.customerSegments.length -
        1 +
        c.blocks.keyPartners.length -
        1 +
        c.revenueStreams.length -
        1 +
        c.costs.length -
        1 +
        (['valuePropositions', 'channels', 'customerRelationships', 'keyResources', 'keyActivities'] as const).reduce(
          (n, b) => n + c.blocks[b].length,
          0,
        ),
    );

    // A second time there is nothing left to add, and nothing changes.
    const again = addTemplateToCanvasIn(ctx, { canvas: refTo(ctx.ss, sheet.getName()), id: t.id });
    if (!again.ok) throw new Error(JSON.stringify(again));
    expect(again.added).toEqual([]);
    expect(again.state.canvas).toEqual(c);
    const twice = readCanvas(sheet);
    expect(twice.ok && twice.canvas).toEqual(c);
  });

  test('refuses an unknown template, a missing sheet, and a sheet that is not a canvas', () => {
    const { ss, sheet, ctx } = workbookWith(emptyCanvas('Mine'));
    const bad = addTemplateToCanvasIn(ctx, { canvas: refTo(ctx.ss, sheet.getName()), id: 'nope' });
    expect(!bad.ok && bad.reason === 'invalid' && bad.messages[0].message).toMatch(
      /^expected the id of a template .*, got "nope"$/,
    );
    const gone = addTemplateToCanvasIn(ctx, { canvas: refTo(ctx.ss, 'Elsewhere'), id: 'free-photo-sharing' });
    expect(!gone.ok && gone.reason === 'failed' && gone.message).toMatch(
      /canvas "Elsewhere" is not in this spreadsheet/,
    );
    // A sheet that is not a canvas, named by its id as if it were one.
    const plainSheet = { sheetId: ss.getSheets()[0].getSheetId(), prefix: 'Mine', sheetName: 'Sheet1' };
    const plain = addTemplateToCanvasIn(ctx, { canvas: plainSheet, id: 'free-photo-sharing' });
    expect(!plain.ok && plain.reason === 'failed' && plain.message).toMatch(
      /"Sheet1" is not in this spreadsheet any more/,
    );
    const noName = addTemplateToCanvasIn(ctx, { canvas: 7, id: 'free-photo-sharing' });
    expect(!noName.ok && noName.reason === 'invalid' && noName.messages[0].field).toBe('canvas');
    const notAnObject = addTemplateToCanvasIn(ctx, 'free-photo-sharing');
    expect(notAnObject).toEqual({
      ok: false,
      reason: 'invalid',
      messages: [{ field: '', message: 'expected an object, got "free-photo-sharing"' }],
    });
  });
});

describe('pattern hints for a canvas sheet', () => {
  test('a canvas with a free and a paying segment hears about the multi-sided pattern', () => {
    const { sheet, ctx } = workbookWith(template('multi-sided-search-engine').canvas);
    const result = patternHintsIn(ctx, { canvas: refTo(ctx.ss, sheet.getName()) });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const multiSided = result.hints.find((h) => h.pattern === 'multi-sided');
    expect(multiSided?.patternTitle).toBe('Multi-sided platforms');
    expect(multiSided?.suggestion).toMatch(/subsidy check/);
  });

  test('an empty canvas gets no hints; a bad sheet name is refused', () => {
    const { sheet, ctx } = workbookWith(emptyCanvas('Blank'));
    expect(patternHintsIn(ctx, { canvas: refTo(ctx.ss, sheet.getName()) })).toEqual({ ok: true, hints: [] });
    const bad = patternHintsIn(ctx, { canvas: '' });
    expect(!bad.ok && bad.reason).toBe('invalid');
  });
});
