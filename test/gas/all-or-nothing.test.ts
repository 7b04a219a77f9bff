import { layoutCanvas } from '../../src/core/layout/canvas-layout';
import { emptyCanvas } from '../../src/core/model';
import { applyPlanToNewSheet, servicesFrom } from '../../src/gas/apply-plan';
import { createCanvas } from '../../src/gas/sidebar-server';
import { EmuSheet } from '../../src/local/emulator';
import { everything, workbookWith } from './sidebar-fixture';

function cafe() {
  const c = emptyCanvas('Acme');
  c.blocks.keyPartners = [{ text: 'Bean roaster' }];
  return c;
}

afterEach(() => jest.restoreAllMocks());

test('a canvas whose names Sheets refuses is taken away again, and the canvas already there keeps all of its names', () => {
  const { ss, globals } = workbookWith(cafe());
  const before = everything(ss);
  // Another canvas's prefix in other letters: Sheets ignores case in names, so the first name clashes.
  const { plan } = layoutCanvas(emptyCanvas('Other'), { sheetName: 'Other', prefix: 'ACME', createdOn: '2025-01-15' });
  expect(() => applyPlanToNewSheet(ss, plan, servicesFrom(globals))).toThrow(
    /^Sheets refused part of the new sheet "Other", so it was removed again; nothing else in the spreadsheet was changed\. Something unexpected went wrong\./,
  );
  expect(everything(ss)).toEqual(before);
});

test('a step that fails late, after the names, leaves nothing behind: the user gets one plain message', () => {
  const { ctx, ss } = workbookWith(cafe());
  const before = everything(ss);
  // Sheets failing at the chart, the last kind of content a canvas gets.
  jest.spyOn(EmuSheet.prototype, 'insertChart').mockImplementation(() => {
    throw new Error('Exception: Service Spreadsheets timed out while accessing document with id 1abc.');
  });
  expect(createCanvas(ctx, { name: 'Second canvas' })).toEqual({
    ok: false,
    reason: 'failed',
    message:
      'The canvas could not be added: Sheets refused part of the new sheet "Second canvas", so it was removed again; nothing else in the spreadsheet was changed. Google Sheets took too long to answer. Please try again in a moment.',
  });
  expect(everything(ss)).toEqual(before);
});
