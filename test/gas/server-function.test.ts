import { RequestError } from '../../src/core/edit/check-request';
import { answering, locked, menuCommand, failed } from '../../src/gas/server-function';
import { createAppsScriptGlobals } from '../../src/local/emulator';

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

  test('an unexpected error is "failed", saying what could not be done and why, with no stack trace', () => {
    const logged = quietConsole();
    const out = answering('The change could not be saved', () => {
      throw new TypeError('sheet.getRange is not a function');
    });
    expect(out).toEqual({
      ok: false,
      reason: 'failed',
      message: 'The change could not be saved: sheet.getRange is not a function',
    });
    // The whole error, stack included, goes to the execution log only.
    expect(logged).toHaveBeenCalledWith(expect.any(TypeError));
    logged.mockRestore();
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
      ['Business Model Canvas', 'The sidebar could not be opened: No HTML file named sidebar was found.'],
    ]);
  });

  test('shows nothing when the command succeeds', () => {
    const { ui } = createAppsScriptGlobals();
    menuCommand(ui, 'Nothing', () => undefined);
    expect(ui.alerts).toEqual([]);
  });
});
