import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { loadAddon } from '../../src/local/load-addon';

/** Loads a small script the way dist/Code.js is loaded, to look at the boundary itself. */
function loadScript(source: string) {
  const path = join(mkdtempSync(join(tmpdir(), 'bmc-load-')), 'Code.js');
  writeFileSync(path, source);
  return loadAddon(path);
}

test('the script sees only Apps Script services, not the handles tests use', () => {
  const addon = loadScript('function probe() { return 1; }');
  expect(
    vm.runInContext('[typeof SpreadsheetApp, typeof spreadsheet, typeof calls, typeof ui]', addon.context),
  ).toEqual(['object', 'undefined', 'undefined', 'undefined']);
});

test('values cross the boundary as copies in the receiving realm, as in Apps Script', () => {
  const addon = loadScript(`
    function roundTrip() {
      const range = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(1, 1, 2, 2);
      const written = [['a', 1], [true, 'b']];
      range.setValues(written);
      written[0][0] = 'changed after writing';
      const read = range.getValues();
      return { ownArrays: read instanceof Array && read[0] instanceof Array, read };
    }
    function sameSheet() {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      return ss.getSheets()[0] === ss.getActiveSheet();
    }
    function dayOf(time) {
      return Utilities.formatDate(new Date(time), 'UTC', 'yyyy-MM-dd');
    }`);
  expect(addon.call('roundTrip')).toEqual({
    ownArrays: true,
    read: [
      ['a', 1],
      [true, 'b'],
    ],
  });
  expect(addon.globals.spreadsheet.getSheets()[0].getRange(1, 1, 1, 1).getValues()).toEqual([['a']]);
  expect(addon.call('sameSheet')).toBe(true);
  expect(addon.call('dayOf', Date.UTC(2025, 0, 15, 12))).toBe('2025-01-15');
});

test("a service's error reaches the script as the script's own Error, with its message", () => {
  const addon = loadScript(`
    function failing() {
      try {
        SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(1, 1, 1, 2).setValues([[1]]);
        return 'no error';
      } catch (err) {
        return { ownError: err instanceof Error, message: err.message };
      }
    }`);
  expect(addon.call('failing')).toEqual({
    ownError: true,
    message: expect.stringContaining('The data has 1 but the range has 2.'),
  });
});
