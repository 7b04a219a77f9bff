/**
 * Poster: a clean, print-ready sheet of the nine blocks with their notes only, live-linked to the
 * canvas by formulas, marked as the add-on's own (never taken for a canvas) and set for one
 * landscape page in exports.
 */
import { getTemplate } from '../../src/core/patterns';
import { listCanvasSheets, writeNewCanvas } from '../../src/gas/canvas-sheet';
import { makePoster, NOT_A_CANVAS } from '../../src/gas/poster';
import { servicesFrom } from '../../src/gas/apply-plan';
import { createAppsScriptGlobals, EmuSheet } from '../../src/local/emulator';
import { workbookFromSnapshot } from '../../src/local/xlsx';

function posterOfPhotoSharing(locale = 'en_US') {
  const globals = createAppsScriptGlobals({ spreadsheetOptions: { locale } });
  const template = getTemplate('free-photo-sharing');
  if (!template) throw new Error('No template');
  const services = servicesFrom(globals);
  const canvas = writeNewCanvas(globals.spreadsheet, template.canvas, '2026-12-05', services) as EmuSheet;
  globals.calls.reset();
  const made = makePoster(globals.spreadsheet, canvas, services);
  if (!made.ok) throw new Error(made.message);
  const calls = globals.calls.total();
  const poster = made.sheet as EmuSheet;
  const shown = () => poster.getDataRange().getDisplayValues();
  return { globals, template, canvas, poster, shown, calls };
}

test('the poster shows each block’s title and its notes, one a line, and nothing else of the canvas', () => {
  const { template, poster, shown } = posterOfPhotoSharing();
  expect(poster.getName()).toBe('Pixelnook – freemium photo sharing – poster');
  const texts = shown()
    .flat()
    .filter((t) => t !== '');
  const c = template.canvas;
  expect(texts[0]).toBe(c.name);
  expect(texts).toContain('Key Partners');
  expect(texts).toContain('Revenue Streams');
  expect(texts).toContain(c.blocks.keyPartners.map((i) => `• ${i.text}`).join('\n'));
  expect(texts).toContain(c.blocks.customerSegments.map((i) => `• ${i.text}`).join('\n'));
  expect(texts).toContain(c.revenueStreams.map((s) => `• ${s.name}`).join('\n'));
  expect(texts).toContain(c.costs.map((s) => `• ${s.name}`).join('\n'));
  // No categories, segments, types, drivers or helper columns.
  const all = texts.join('\n');
  for (const category of c.blocks.keyPartners.flatMap((i) => (i.category ? [i.category] : [])))
    expect(all).not.toContain(category);
  expect(all).not.toMatch(/Subscription fees|per unit|\$/);
  for (const header of ['Item', 'Category', 'Segment', 'Stream', 'Cost']) expect(texts).not.toContain(header);
  // Nine blocks, each a formula over the canvas.
  const formulas = poster
    .getDataRange()
    .getFormulas()
    .flat()
    .filter((f) => f !== '');
  expect(formulas).toHaveLength(9);
  for (const f of formulas)
    expect(f).toMatch(/^=IF\(TEXTJOIN\(.*'Pixelnook – freemium photo sharing'!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+/);
});

test('the poster follows the canvas: a note typed there shows on the poster at once', () => {
  const { canvas, shown, template } = posterOfPhotoSharing();
  // Key Partners' first empty item row: below its entries, from row 6.
  canvas.getRange(6 + template.canvas.blocks.keyPartners.length, 1).setValue('Camera makers');
  expect(shown().flat()).toContain(
    [...template.canvas.blocks.keyPartners.map((i) => i.text), 'Camera makers'].map((t) => `• ${t}`).join('\n'),
  );
});

test('the poster is the add-on’s own sheet, never taken for a canvas, and made in few calls', () => {
  const { globals, poster, calls } = posterOfPhotoSharing();
  expect(poster.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['bmc.poster']);
  expect(listCanvasSheets(globals.spreadsheet).map((c) => c.sheetName)).toEqual(['Pixelnook – freemium photo sharing']);
  // One call per kind of content, one per block's merged notes, one per row height.
  expect(calls).toBeLessThanOrEqual(40);
  // Asked on the poster itself, the command says to open a canvas.
  expect(makePoster(globals.spreadsheet, poster, servicesFrom(globals))).toEqual({ ok: false, message: NOT_A_CANVAS });
});

test('exported, the poster prints on one landscape page', () => {
  const { globals, poster } = posterOfPhotoSharing();
  const wb = workbookFromSnapshot(globals.spreadsheet.toJSON());
  const ws = wb.getWorksheet(poster.getName().slice(0, 31));
  expect(ws?.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
});

test('in a German spreadsheet the poster’s formulas use ";" and show the same notes, with no error cell', () => {
  const en = posterOfPhotoSharing().shown();
  const { poster, shown } = posterOfPhotoSharing('de_DE');
  const formulas = poster
    .getDataRange()
    .getFormulas()
    .flat()
    .filter((f) => f !== '');
  expect(formulas.length).toBe(9);
  for (const f of formulas) expect(f).toContain(';');
  expect(shown()).toEqual(en);
  expect(
    shown()
      .flat()
      .filter((t) => t.startsWith('#')),
  ).toEqual([]);
});
