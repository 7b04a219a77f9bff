import type { EditResult, ExportResult, OpenResult } from '../../src/core/api';
import { createAppsScriptGlobals, editCell } from '../../src/local/emulator';
import { loadAddon } from '../../src/local/load-addon';

/** A date the user types into a note cell, in Sheets' own input form. */
const TYPED = '2025-03-01';

/** Text of the notes in a block, from a sidebar answer. */
function notes(result: OpenResult | EditResult, block: 'keyPartners'): string[] {
  if (!result.ok || !('state' in result)) throw new Error(`Expected a canvas, got ${JSON.stringify(result)}`);
  return result.state.canvas.blocks[block].map((i) => i.text);
}

// East of UTC (Berlin, Tokyo) a date read in UTC is the day before; west of it (Los Angeles) the
// same day, so that zone guards against a fix that merely adds a day.
describe.each(['Europe/Berlin', 'Asia/Tokyo', 'America/Los_Angeles'])('a spreadsheet in %s', (timeZone) => {
  function addonWithTypedDate() {
    const globals = createAppsScriptGlobals({ htmlDir: 'dist', spreadsheetOptions: { timeZone } });
    const addon = loadAddon('dist/Code.js', globals);
    const created = addon.call('sidebarCreateCanvas', { name: 'Dates' }) as OpenResult;
    if (!created.ok || created.view !== 'canvas') throw new Error('The canvas was not made');
    const { sheetId, prefix, sheetName } = created.state;
    const canvas = { sheetId, prefix, sheetName };
    const sheet = globals.spreadsheet.getSheetByName('Dates');
    const block = globals.spreadsheet.getRangeByName('Dates_KP');
    if (!sheet || !block) throw new Error('The canvas was not made');
    const row = block.getRow() + 3; // below the title, the hint and the column headings
    editCell(sheet, row, block.getColumn(), TYPED);
    const cell = sheet.getRange(row, block.getColumn(), 1, 1);
    return { addon, cell, canvas, version: created.state.versions.keyPartners };
  }

  test('the typed text is a date in the sheet: what the reader has to handle', () => {
    const { cell } = addonWithTypedDate();
    expect(Object.prototype.toString.call(cell.getValue())).toBe('[object Date]');
    expect(cell.getDisplayValue()).toBe(TYPED);
  });

  test('the sidebar reads a date typed into a note as the same day', () => {
    const { addon, canvas } = addonWithTypedDate();
    expect(notes(addon.call('sidebarOpen', { canvas, activate: true }) as OpenResult, 'keyPartners')).toEqual([TYPED]);
  });

  test('an edit of the same block writes the same day back', () => {
    const { addon, cell, canvas, version } = addonWithTypedDate();
    const edited = addon.call('sidebarEdit', {
      canvas,
      version,
      edit: { kind: 'add', block: 'keyPartners', value: { text: 'Bean roaster' } },
    }) as EditResult;
    expect(notes(edited, 'keyPartners')).toEqual([TYPED, 'Bean roaster']);
    expect(cell.getDisplayValue()).toBe(TYPED);
  });

  test('the JSON export holds the same day', () => {
    const { addon, canvas } = addonWithTypedDate();
    const exported = addon.call('sidebarExportJson', { canvas }) as ExportResult;
    expect(exported.ok && JSON.parse(exported.json).blocks.keyPartners).toEqual([TYPED]);
  });
});
