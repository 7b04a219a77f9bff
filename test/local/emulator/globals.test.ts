import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { EmuSpreadsheet, createAppsScriptGlobals } from '../../../src/local/emulator';

describe('createAppsScriptGlobals', () => {
  test('binds every service to one fresh spreadsheet, or to the one given', () => {
    const g = createAppsScriptGlobals();
    expect(g.SpreadsheetApp.getActiveSpreadsheet()).toBe(g.spreadsheet);
    expect(g.SpreadsheetApp.getActive()).toBe(g.spreadsheet);
    expect(g.calls).toBe(g.spreadsheet.calls);
    expect(g.SpreadsheetApp.getUi()).toBe(g.ui);
    const mine = new EmuSpreadsheet({ name: 'Mine' });
    expect(createAppsScriptGlobals({ spreadsheet: mine }).SpreadsheetApp.getActiveSpreadsheet()).toBe(mine);
  });

  test('Apps Script code runs against it in a vm context', () => {
    const g = createAppsScriptGlobals();
    const context = vm.createContext({ ...g });
    vm.runInContext(
      `function onOpen() {
         SpreadsheetApp.getUi().createAddonMenu().addItem('New canvas', 'newCanvas').addToUi();
       }
       function newCanvas() {
         var ui = SpreadsheetApp.getUi();
         var answer = ui.prompt('New canvas', 'Name?', ui.ButtonSet.OK_CANCEL);
         if (answer.getSelectedButton() !== ui.Button.OK) return;
         var sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet(answer.getResponseText());
         sheet.getRange(1, 1, 1, 2).setValues([['Total', '=2+3']]);
         sheet.getRange(1, 1, 1, 2).setBorder(true, null, true, null, null, null, '#000000', SpreadsheetApp.BorderStyle.SOLID);
       }`,
      context,
    );
    vm.runInContext('onOpen()', context);
    expect(g.ui.menus).toEqual([
      { caption: null, entries: [{ kind: 'item', caption: 'New canvas', functionName: 'newCanvas' }] },
    ]);
    g.ui.respondToPrompts([{ button: 'OK', text: 'My canvas' }]);
    vm.runInContext('newCanvas()', context);
    const sheet = g.spreadsheet.getSheetByName('My canvas');
    expect(sheet?.getRange(1, 1, 1, 2).getValues()).toEqual([['Total', 5]]);
    vm.runInContext('newCanvas()', context);
    expect(g.spreadsheet.getSheets()).toHaveLength(2);
  });
});

describe('Ui', () => {
  test('menus record items, separators and submenus; re-adding replaces', () => {
    const { ui } = createAppsScriptGlobals();
    const more = ui.createMenu('More').addItem('About', 'showAbout');
    ui.createMenu('Canvas').addItem('Open sidebar', 'openSidebar').addSeparator().addSubMenu(more).addToUi();
    ui.createMenu('Canvas').addItem('Only item', 'only').addToUi();
    expect(ui.menus).toEqual([
      { caption: 'Canvas', entries: [{ kind: 'item', caption: 'Only item', functionName: 'only' }] },
    ]);
    ui.createMenu('Other').addItem('A', 'a').addSeparator().addSubMenu(more).addToUi();
    expect(ui.menus[1].entries).toEqual([
      { kind: 'item', caption: 'A', functionName: 'a' },
      { kind: 'separator' },
      { kind: 'submenu', caption: 'More', entries: [{ kind: 'item', caption: 'About', functionName: 'showAbout' }] },
    ]);
  });

  test('prompts consume the queue in order, then cancel', () => {
    const { ui } = createAppsScriptGlobals();
    ui.respondToPrompts([{ button: 'OK', text: 'My canvas' }, { button: 'CANCEL' }]);
    const first = ui.prompt('Name your canvas');
    const second = ui.prompt('Title', 'Name your canvas', ui.ButtonSet.OK_CANCEL);
    const third = ui.prompt('Again?', ui.ButtonSet.YES_NO);
    expect([first.getSelectedButton(), first.getResponseText()]).toEqual([ui.Button.OK, 'My canvas']);
    expect(second.getSelectedButton()).toBe(ui.Button.CANCEL);
    expect([third.getSelectedButton(), third.getResponseText()]).toEqual([ui.Button.CANCEL, '']);
    expect(ui.prompts.map((p) => [p.title, p.message, p.buttons])).toEqual([
      [null, 'Name your canvas', 'OK'],
      ['Title', 'Name your canvas', 'OK_CANCEL'],
      [null, 'Again?', 'YES_NO'],
    ]);
  });

  test('alerts are recorded; the answer comes from the queue, else OK or close', () => {
    const { ui } = createAppsScriptGlobals();
    expect(ui.alert('Saved.')).toBe(ui.Button.OK);
    expect(ui.alert('Delete?', 'Delete the canvas?', ui.ButtonSet.YES_NO)).toBe(ui.Button.CLOSE);
    ui.respondToAlerts(['YES']);
    expect(ui.alert('Delete the canvas?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(ui.alerts.map((a) => [a.title, a.message, a.button])).toEqual([
      [null, 'Saved.', 'OK'],
      ['Delete?', 'Delete the canvas?', 'CLOSE'],
      [null, 'Delete the canvas?', 'YES'],
    ]);
  });

  test('sidebars and dialogs keep the HtmlOutput shown', () => {
    const { ui, HtmlService } = createAppsScriptGlobals();
    const page = HtmlService.createHtmlOutput('<p>Hi</p>').setTitle('Canvas').setWidth(300);
    ui.showSidebar(page);
    ui.showModalDialog(HtmlService.createHtmlOutput('<p>About</p>').setHeight(200), 'About');
    expect(ui.sidebars[0].getTitle()).toBe('Canvas');
    expect(ui.sidebars[0].getContent()).toBe('<p>Hi</p>');
    expect(ui.sidebars[0].getWidth()).toBe(300);
    expect(ui.dialogs.map((d) => [d.title, d.output.getContent(), d.output.getHeight()])).toEqual([
      ['About', '<p>About</p>', 200],
    ]);
  });
});

describe('HtmlService', () => {
  test('reads createHtmlOutputFromFile pages from the html folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'emu-html-'));
    writeFileSync(join(dir, 'Sidebar.html'), '<h1>Business Model Canvas</h1>');
    const { HtmlService } = createAppsScriptGlobals({ htmlDir: dir });
    expect(HtmlService.createHtmlOutputFromFile('Sidebar').getContent()).toBe('<h1>Business Model Canvas</h1>');
    expect(HtmlService.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe('<h1>Business Model Canvas</h1>');
    expect(() => HtmlService.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
  });

  test('without an html folder no file can be found', () => {
    const { HtmlService } = createAppsScriptGlobals();
    expect(() => HtmlService.createHtmlOutputFromFile('Sidebar')).toThrow('No HTML file named Sidebar was found');
  });
});

describe('PropertiesService', () => {
  test('document properties live with the spreadsheet; user and script properties are separate', () => {
    const g = createAppsScriptGlobals();
    const doc = g.PropertiesService.getDocumentProperties();
    doc.setProperty('layoutVersion', '1').setProperties({ count: 3 });
    g.PropertiesService.getUserProperties().setProperty('layoutVersion', 'user');
    expect(doc.getProperty('layoutVersion')).toBe('1');
    expect(doc.getProperty('count')).toBe('3');
    expect(doc.getProperty('missing')).toBeNull();
    expect(g.PropertiesService.getScriptProperties().getKeys()).toEqual([]);
    expect(g.spreadsheet.toJSON().properties).toEqual({ layoutVersion: '1', count: '3' });
    doc.deleteProperty('count');
    expect(doc.getProperties()).toEqual({ layoutVersion: '1' });
  });
});

describe('LockService', () => {
  test('a held document lock cannot be taken by another execution until released', () => {
    const { LockService } = createAppsScriptGlobals();
    const mine = LockService.getDocumentLock();
    const theirs = LockService.getDocumentLock();
    mine.waitLock(10_000);
    expect(mine.hasLock()).toBe(true);
    expect(theirs.tryLock(100)).toBe(false);
    expect(() => theirs.waitLock(100)).toThrow('Lock timeout');
    expect(LockService.getScriptLock().tryLock(100)).toBe(true);
    mine.releaseLock();
    expect(mine.hasLock()).toBe(false);
    expect(theirs.tryLock(100)).toBe(true);
  });
});

describe('Session, Utilities, ScriptApp, Charts, Logger', () => {
  test('Session answers with the configured locale and time zone', () => {
    const g = createAppsScriptGlobals({ locale: 'de', spreadsheetOptions: { timeZone: 'Europe/Berlin' } });
    expect(g.Session.getActiveUserLocale()).toBe('de');
    expect(g.Session.getScriptTimeZone()).toBe('Europe/Berlin');
    expect(g.spreadsheet.getSpreadsheetTimeZone()).toBe('Europe/Berlin');
  });

  test('Utilities.formatDate renders in the given time zone', () => {
    const { Utilities } = createAppsScriptGlobals();
    const lateEvening = new Date(Date.UTC(2025, 0, 31, 23, 30));
    expect(Utilities.formatDate(lateEvening, 'UTC', 'yyyy-MM-dd')).toBe('2025-01-31');
    expect(Utilities.formatDate(lateEvening, 'Europe/Berlin', 'yyyy-MM-dd')).toBe('2025-02-01');
    expect(Utilities.formatDate(lateEvening, 'UTC', 'd MMM yyyy')).toBe('31 Jan 2025');
    expect(Utilities.formatDate(lateEvening, 'America/New_York', "EEEE d MMMM yyyy 'at' HH:mm")).toBe(
      'Friday 31 January 2025 at 18:30',
    );
    expect(Utilities.formatDate(lateEvening, 'Asia/Kolkata', 'HH:mm Z')).toBe('05:00 +0530');
  });

  test('enums print as their names', () => {
    const g = createAppsScriptGlobals();
    expect(String(g.ScriptApp.AuthMode.NONE)).toBe('NONE');
    expect(String(g.Charts.ChartType.LINE)).toBe('LINE');
    expect(String(g.SpreadsheetApp.BorderStyle.SOLID_MEDIUM)).toBe('SOLID_MEDIUM');
    expect(String(g.SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST)).toBe('VALUE_IN_LIST');
  });

  test('Logger keeps what was logged', () => {
    const { Logger } = createAppsScriptGlobals();
    Logger.log('made %s in %s calls', 'a canvas', 12);
    Logger.log({ ok: true });
    expect(Logger.getLog()).toBe('made a canvas in 12 calls\n{"ok":true}');
  });
});
