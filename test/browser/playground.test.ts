/**
 * The playground in real Chromium, through its menu and its sheet panel: the add-on's menu
 * commands with their prompts and alerts, the grid drawn from the emulated workbook, typing
 * into cells, and a restart that keeps everything.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PageView, WorkbookView } from '../../src/local/playground/protocol';
import {
  cell,
  gridDifferences,
  launchChromium,
  openPlayground,
  runMenuWithPrompt,
  settledText,
  startTestPlayground,
  tempFolder,
  typeIntoCell,
  type TestPlayground,
  type WatchedPage,
} from './harness';

jest.setTimeout(60_000);

const folder = tempFolder('playground');
const statePath = join(folder.path, 'state.json');
let browser: Browser;
let server: TestPlayground;
let watched: WatchedPage;

beforeAll(async () => {
  browser = await launchChromium();
  server = await startTestPlayground(statePath);
  watched = await openPlayground(browser, server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  folder.remove();
});

async function workbook(): Promise<WorkbookView> {
  const response = await fetch(`${server.url}api/workbook`);
  return (await response.json()) as WorkbookView;
}

function savedLiteral(sheetName: string, a1: string): unknown {
  const saved = JSON.parse(readFileSync(statePath, 'utf8')) as { sheets: WorkbookView['sheet'][] };
  const sheet = saved.sheets.find((s) => s.name === sheetName);
  return sheet?.cells.find((c) => c.a1 === a1)?.literal;
}

/** Every way the drawn grid differs from the emulated sheet it draws (the active one). */
async function drawingProblems(): Promise<string[]> {
  return gridDifferences(watched.page, await workbook());
}

test('the page shows the add-on menu and the sidebar beside the sheet, all served from this machine', async () => {
  const { page } = watched;
  const menu = page.getByRole('navigation', { name: /Business Model Canvas/ });
  const served = (await (await fetch(`${server.url}api/page`)).json()) as PageView;
  const captions = served.menu.flatMap((entry) => (entry.kind === 'item' ? [entry.caption] : []));
  expect(captions).toEqual(expect.arrayContaining(['Start', 'New canvas', 'Help', 'About']));
  // The add-on guidance: Start comes first and opens the sidebar (tested below with Help).
  expect(captions[0]).toBe('Start');
  expect(await menu.getByRole('button').allTextContents()).toEqual(captions);
  const frame = page.locator('#sidebar-frame');
  await frame.waitFor();
  const box = await page.locator('#sidebar-panel').boundingBox();
  expect(box?.width).toBe(300);
  const sheetBox = await page.getByRole('region', { name: 'Spreadsheet' }).boundingBox();
  expect(sheetBox!.x + sheetBox!.width).toBeLessThanOrEqual(box!.x);
  const origin = new URL(server.url).origin;
  expect(watched.requests.length).toBeGreaterThan(3);
  expect(watched.requests.filter((url) => !url.startsWith(origin))).toEqual([]);
});

test('google.script in the sidebar answers asynchronously through its handlers, as in Apps Script', async () => {
  const frame = watched.page.frames().find((f) => new URL(f.url()).pathname === '/sidebar')!;
  const answers = await frame.evaluate(async () => {
    type Runner = Record<string, (...args: unknown[]) => Runner>;
    const g = (
      window as unknown as {
        google: { script: { run: Runner; host: { close(): unknown; editor: { focus(): unknown } } } };
      }
    ).google;
    const call = (name: string, ...args: unknown[]) =>
      new Promise<{ ok: boolean; value: unknown; user: unknown; synchronous: boolean; isError?: boolean }>(
        (resolve) => {
          let synchronous = true;
          g.script.run
            .withSuccessHandler((value: unknown, user: unknown) => resolve({ ok: true, value, user, synchronous }))
            .withFailureHandler((error: unknown, user: unknown) =>
              resolve({
                ok: false,
                value: (error as Error).message,
                user,
                synchronous,
                isError: error instanceof Error,
              }),
            )
            .withUserObject({ asked: name })
            [name](...args);
          synchronous = false;
        },
      );
    return {
      found: await call('sidebarOpen', { canvas: null, activate: false }),
      missing: await call('noSuchFunction', 1, 2),
      close: g.script.host.close(),
      focus: g.script.host.editor.focus(),
    };
  });
  expect(answers.found).toMatchObject({ ok: true, user: { asked: 'sidebarOpen' }, synchronous: false });
  expect((answers.found.value as { ok: boolean }).ok).toBe(true);
  expect(answers.missing).toEqual({
    ok: false,
    value: 'Script function not found: noSuchFunction',
    user: { asked: 'noSuchFunction' },
    synchronous: false,
    isError: true,
  });
  expect(answers.close).toBeUndefined();
  expect(answers.focus).toBeUndefined();
});

test('the server takes only JSON from pages on this machine', async () => {
  const post = (headers: Record<string, string>) =>
    fetch(`${server.url}api/run`, { method: 'POST', headers, body: JSON.stringify({ name: 'onOpen', args: [] }) });
  expect((await post({ 'content-type': 'text/plain' })).status).toBe(415);
  expect((await post({ 'content-type': 'application/json' })).status).toBe(200);
  const { request } = await import('node:http');
  const status = await new Promise<number | undefined>((resolve, reject) => {
    const req = request(`${server.url}api/page`, { headers: { host: 'attacker.example:80' } }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', reject);
    req.end();
  });
  expect(status).toBe(403);
});

test('New canvas asks for a name in the page; Cancel adds nothing, OK adds the canvas sheet', async () => {
  const { page } = watched;
  await runMenuWithPrompt(page, 'New canvas', null);
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  expect((await workbook()).tabs.map((t) => t.name)).toEqual(['Sheet1']);

  await runMenuWithPrompt(page, 'New canvas', 'Acme Coffee');
  const tab = page.getByRole('tab', { name: 'Acme Coffee' });
  await tab.waitFor();
  expect(await tab.getAttribute('aria-selected')).toBe('true');
  expect(await settledText(cell(page, 'A1'), 'Acme Coffee')).toBe('Acme Coffee');
  await page.locator('.toast', { hasText: '"Acme Coffee" is ready' }).waitFor();
  expect((await workbook()).tabs.map((t) => t.name)).toEqual(['Sheet1', 'Acme Coffee']);
});

test('the grid draws what the emulated sheet holds: text, colours, fonts, merges, widths, frozen rows, notes', async () => {
  const { sheet } = await workbook();
  expect(sheet.name).toBe('Acme Coffee');
  expect(sheet.cells.length).toBeGreaterThan(100);
  expect(sheet.frozenRows).toBeGreaterThan(0);
  expect(await drawingProblems()).toEqual([]);
});

test('the sidebar closes with its × and Start brings it back, loaded anew', async () => {
  const { page } = watched;
  await page.getByRole('button', { name: 'Close the sidebar' }).click();
  await page.locator('#sidebar-panel').waitFor({ state: 'hidden' });
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.locator('#sidebar-panel').waitFor();
  await page.frameLocator('#sidebar-frame').locator('h1').waitFor();
  expect(await page.locator('#sidebar-title').textContent()).toBe('Business Model Canvas');
});

test('About shows the add-on alert in the page', async () => {
  const { page } = watched;
  await page.getByRole('button', { name: 'About', exact: true }).click();
  const dialog = page.getByRole('dialog');
  expect(await settledText(dialog.getByRole('heading'), 'About Business Model Canvas')).toBe(
    'About Business Model Canvas',
  );
  await expect(dialog.textContent()).resolves.toContain(
    'The Business Model Canvas is by Strategyzer AG (strategyzer.com) and is licensed CC BY-SA 3.0.',
  );
  await dialog.getByRole('button', { name: 'OK' }).click();
  await dialog.waitFor({ state: 'hidden' });
});

test('Help shows the built help page in a dialog of its own, whose links stay inside it', async () => {
  const { page } = watched;
  await page.getByRole('button', { name: 'Help', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Business Model Canvas: help' });
  await dialog.waitFor();
  const help = page.frameLocator('#html-dialog-frame');
  await help.getByRole('heading', { name: 'Troubleshooting' }).waitFor();
  await help.getByRole('link', { name: 'privacy policy' }).first().click();
  await help.getByRole('heading', { name: 'Privacy policy' }).waitFor();
  await dialog.getByRole('button', { name: 'Close the dialog' }).click();
  await dialog.waitFor({ state: 'hidden' });
  expect(watched.errors).toEqual([]);
  expect(watched.requests.every((url) => url.startsWith(server.url) || url.startsWith('about:'))).toBe(true);
});

test('picking a tab makes its sheet the active one, and text typed into a cell is stored, drawn and saved', async () => {
  const { page } = watched;
  await page.getByRole('tab', { name: 'Sheet1' }).click();
  await page.locator('[role="tab"][aria-selected="true"]', { hasText: 'Sheet1' }).waitFor();
  expect((await workbook()).sheet.name).toBe('Sheet1');
  const before = (await workbook()).revision;
  await typeIntoCell(page, 'B2', "Roasters' co-op");
  expect(await settledText(cell(page, 'B2'), "Roasters' co-op")).toBe("Roasters' co-op");
  expect((await workbook()).revision).toBe(before + 1);
  expect(savedLiteral('Sheet1', 'B2')).toBe("Roasters' co-op");
  await cell(page, 'B2').click();
  expect(await settledText(page.locator('#cell-content'), "Roasters' co-op")).toBe("Roasters' co-op");
});

test('formulas typed into cells are calculated, and recalculated when an input changes', async () => {
  const { page } = watched;
  await typeIntoCell(page, 'A5', '5');
  await typeIntoCell(page, 'B5', '=A5*12');
  expect(await settledText(cell(page, 'B5'), String(5 * 12))).toBe(String(5 * 12));
  await typeIntoCell(page, 'A5', '7');
  expect(await settledText(cell(page, 'B5'), String(7 * 12))).toBe(String(7 * 12));
  await cell(page, 'B5').click();
  expect(await settledText(page.locator('#cell-content'), '=A5*12')).toBe('=A5*12');
});

test('keyboard: arrows move the selection, typing replaces the cell, Escape keeps the old content', async () => {
  const { page } = watched;
  await cell(page, 'A5').click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  expect(await settledText(page.locator('#name-box'), 'B6')).toBe('B6');
  const edits = () => watched.requests.filter((url) => url.endsWith('/api/edit')).length;
  const editsBefore = edits();
  await page.keyboard.type('hello');
  expect(await page.locator('.cell-editor').inputValue()).toBe('hello');
  await page.keyboard.press('Escape');
  await page.locator('.cell-editor').waitFor({ state: 'detached' });
  expect(edits()).toBe(editsBefore);
  expect(await cell(page, 'B6').textContent()).toBe('');
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  expect(await settledText(cell(page, 'B6'), '3')).toBe('3');
  expect(edits()).toBe(editsBefore + 1);
  expect(await settledText(page.locator('#name-box'), 'B7')).toBe('B7');
});

test('markup typed into a cell is shown as text and runs nothing', async () => {
  const { page } = watched;
  const markup = '<img src=x onerror=alert(1)>';
  await typeIntoCell(page, 'A8', markup);
  expect(await settledText(cell(page, 'A8'), markup)).toBe(markup);
  expect(await cell(page, 'A8').locator('img').count()).toBe(0);
  expect(watched.dialogs).toEqual([]);
});

test('text runs on over the empty cell to its right, and is cut off once that cell has a value', async () => {
  const { page } = watched;
  expect(await cell(page, 'A8').locator('span.spill').count()).toBe(1);
  await typeIntoCell(page, 'B8', 'next');
  expect(await settledText(cell(page, 'B8'), 'next')).toBe('next');
  expect(await cell(page, 'A8').locator('span.spill').count()).toBe(0);
  await typeIntoCell(page, 'B8', '');
  expect(await settledText(cell(page, 'B8'), '')).toBe('');
  expect(await cell(page, 'A8').locator('span.spill').count()).toBe(1);
});

test('after edits the grid, repainted cell by cell, still draws exactly what the sheet holds', async () => {
  expect(await drawingProblems()).toEqual([]);
});

test('after a restart of the server the page shows everything that was there', async () => {
  await server.close();
  server = await startTestPlayground(statePath);
  expect(server.log).toEqual([`Loaded the saved playground from ${statePath}.`]);
  await watched.page.close();
  watched = await openPlayground(browser, server.url);
  const { page } = watched;
  expect(await page.getByRole('tab').allTextContents()).toEqual(['Sheet1', 'Acme Coffee']);
  expect(await page.locator('[role="tab"][aria-selected="true"]').textContent()).toBe('Sheet1');
  expect(await settledText(cell(page, 'B2'), "Roasters' co-op")).toBe("Roasters' co-op");
  expect(await settledText(cell(page, 'B5'), String(7 * 12))).toBe(String(7 * 12));
  await page.getByRole('tab', { name: 'Acme Coffee' }).click();
  expect(await settledText(cell(page, 'A1'), 'Acme Coffee')).toBe('Acme Coffee');
  expect((await workbook()).sheet.name).toBe('Acme Coffee');
  expect(watched.errors).toEqual([]);
});
