import { RequestError } from '../../src/core/edit/check-request';
import { answering, locked, menuCommand, failed } from '../../src/gas/server-function';
import { createAppsScriptGlobals } from '../../src/local/emulator';
import { PlainError } from '../../src/gas/known-errors';

const quietConsole = () => jest.spyOn(console, 'error').mockImplementation(() => undefined);

describe('answering', () => {
  test('passes a result or a refusal through as it is', () => {
    expect(answering('Nothing', () => ({ ok: true, n: 1 }))).toEqual({ ok: true, n: 1 });
    expect(answering('Nothing', () => failed('No.'))).toEqual({ ok: false, reason: 'failed', message: 'No.' });
  });

  test('a bad request is "invalid" with its field messages', () => {
    const out = answering('The change could not be saved', () => {
      throw new RequestError([{ field: 'sheetName', message: 'expected text' }]);
    });
    expect(out).toEqual({ ok: false, reason: 'invalid', messages: [{ field: 'sheetName', message: 'expected text' }] });
  });

  test('an unexpected error is "failed", saying what could not be done in plain words, never its own message', () => {
    const logged = quietConsole();
    const out = answering('The change could not be saved', () => {
      throw new TypeError('sheet.getRange is not a function');
    });
    expect(out).toEqual({
      ok: false,
      reason: 'failed',
      message:
        'The change could not be saved. Something unexpected went wrong. Please try again; if it happens again, reload the spreadsheet. The details are in the add-on’s execution log.',
    });
    // The whole error, stack included, goes to the execution log only.
    expect(logged).toHaveBeenCalledWith(expect.any(TypeError));
    logged.mockRestore();
  });
});

describe('known errors', () => {
  const said = (message: string) => {
    const logged = quietConsole();
    const out = answering('The change could not be saved', () => {
      throw new Error(message);
    });
    logged.mockRestore();
    return out.ok ? '' : out.reason === 'invalid' ? '' : out.message;
  };

  test.each([
    [
      'Exception: You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
      'The change could not be saved. Part of the sheet it needed is protected. Ask the owner for edit access to it, or remove the protection.',
    ],
    [
      'Exception: You do not have permission to access the requested document.',
      'The change could not be saved. Your account may not change this spreadsheet: you can only view it, or the add-on is not authorised yet.',
    ],
    [
      'Exception: Service Spreadsheets timed out while accessing document with id 1abc.',
      'The change could not be saved. Google Sheets took too long to answer. Please try again in a moment.',
    ],
    [
      'Exception: Service invoked too many times for one day: spreadsheets.',
      'The change could not be saved. Google limits how much an add-on may do in a short time, and that limit was reached. Please wait a minute and try again.',
    ],
    [
      'Exception: This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
      'The change could not be saved. The spreadsheet has reached Google Sheets’ limit of 10 million cells. Delete sheets or rows you no longer need, then try again.',
    ],
    [
      'Exception: Service Spreadsheets failed while accessing document with id 1abc. Service error: Spreadsheets',
      'The change could not be saved. Google Sheets could not be reached just now. Please try again in a moment.',
    ],
  ])('"%s" reads in plain words', (raw, plain) => {
    expect(said(raw)).toBe(plain);
  });

  test('an error written for the user is shown as it is', () => {
    expect(
      answering('The canvas could not be added', () => {
        throw new PlainError('Sheets refused part of the new sheet "A".');
      }),
    ).toEqual({
      ok: false,
      reason: 'failed',
      message: 'The canvas could not be added: Sheets refused part of the new sheet "A".',
    });
  });
});

describe('locked', () => {
  test('writes holding the document lock, and lets go of it afterwards, even after an error', () => {
    const g = createAppsScriptGlobals();
    const ctx = { documentLock: () => g.LockService.getDocumentLock() };
    const other = g.LockService.getDocumentLock();
    expect(locked(ctx, () => ({ ok: true, heldMeanwhile: !other.tryLock(0) }))).toEqual({
      ok: true,
      heldMeanwhile: true,
    });
    expect(other.tryLock(0)).toBe(true);
    other.releaseLock();
    expect(() =>
      locked(ctx, () => {
        throw new Error('broken');
      }),
    ).toThrow('broken');
    expect(other.tryLock(0)).toBe(true);
  });

  test('a busy document, or none to lock, is refused without running the write', () => {
    const g = createAppsScriptGlobals();
    g.LockService.getDocumentLock().tryLock(0);
    const write = jest.fn(() => ({ ok: true }));
    const busy = locked({ documentLock: () => g.LockService.getDocumentLock() }, write);
    expect(busy).toEqual({
      ok: false,
      reason: 'failed',
      message: expect.stringContaining('Another change to this spreadsheet is still being saved'),
    });
    const none = locked({ documentLock: () => null }, write);
    expect(none).toEqual({ ok: false, reason: 'failed', message: expect.stringContaining('Nothing was changed') });
    expect(write).not.toHaveBeenCalled();
  });
});

describe('menuCommand', () => {
  test('shows a refusal, or an unexpected error, in an alert in plain words', () => {
    const { ui } = createAppsScriptGlobals();
    menuCommand(ui, 'The canvas could not be added', () => failed('The name cannot hold "/".'), 'New canvas');
    menuCommand(ui, 'The canvas could not be added', () => {
      throw new RequestError([
        { field: 'a', message: 'First.' },
        { field: 'b', message: 'Second.' },
      ]);
    });
    const logged = quietConsole();
    menuCommand(ui, 'The sidebar could not be opened', () => {
      throw new Error('No HTML file named sidebar was found.');
    });
    logged.mockRestore();
    expect(ui.alerts.map((a) => [a.title, a.message])).toEqual([
      ['New canvas', 'The name cannot hold "/".'],
      ['Business Model Canvas', 'First.\nSecond.'],
      [
        'Business Model Canvas',
        'The sidebar could not be opened. The add-on’s files are incomplete. Please install the add-on again.',
      ],
    ]);
  });

  test('shows nothing when the command succeeds', () => {
    const { ui } = createAppsScriptGlobals();
    menuCommand(ui, 'Nothing', () => undefined);
    expect(ui.alerts).toEqual([]);
  });
});
