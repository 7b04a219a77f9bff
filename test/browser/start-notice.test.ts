/**
 * The notice on the page when the saved workbook had to be set aside, in real Chromium: shown
 * above the menu until dismissed, under the page's security policy with nothing blocked.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, openPlayground, startTestPlayground, tempFolder, type TestPlayground } from './harness';

jest.setTimeout(60_000);

const folder = tempFolder('notice');
let browser: Browser;
let server: TestPlayground;

beforeAll(async () => {
  const statePath = join(folder.path, 'state.json');
  mkdirSync(folder.path, { recursive: true });
  writeFileSync(statePath, '{"version": 1, "sheets": []}');
  browser = await launchChromium();
  server = await startTestPlayground(statePath, new Date('2026-03-04T05:06:07.089Z'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  folder.remove();
});

test('the page says the saved workbook was set aside, until the user dismisses it', async () => {
  const watched = await openPlayground(browser, server.url);
  const notice = watched.page.getByRole('alert').filter({ hasText: 'could not be read' });
  await notice.waitFor();
  expect(await notice.textContent()).toContain(
    `It was kept as ${join(folder.path, 'state.json')}.bad-20260304T050607089Z, and the playground starts with a fresh workbook.`,
  );
  await watched.page.getByRole('button', { name: 'Dismiss this notice' }).click();
  await notice.waitFor({ state: 'hidden' });
  await watched.page.frameLocator('#sidebar-frame').locator('body').waitFor();
  expect(watched.errors).toEqual([]);
});
