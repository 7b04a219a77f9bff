/**
 * The playground in Chromium: how many server round trips each sidebar action takes (the shim's
 * POSTs, target exactly 1), and how long the page takes from navigation until both the sheet and
 * the sidebar are ready to use (median of five loads).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { FrameLocator } from 'playwright-core';
import {
  goToSidebarBlock,
  launchChromium,
  openPlaygroundPage,
  serverCallsOf,
  sidebarSettled,
  watchedPage,
  type WatchedPage,
} from '../../src/local/playground/chromium';
import { startPlayground } from '../../src/local/playground/server';
import type { PlaygroundMeasure } from './playground-measure';

const TIMEOUT_MS = 30_000;
const LOADS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The user actions of the sidebar, each as a user does it, waiting for what it shows at the end.
 * A step named null prepares the next one and is not counted.
 */
function sidebarActions(bar: FrameLocator): [string | null, () => Promise<void>][] {
  const item = (text: string) => bar.getByTestId('item').filter({ has: bar.getByText(text, { exact: true }) });
  const addNote = async (text: string) => {
    await bar.getByTestId('field-text').fill(text);
    await bar.getByTestId('submit-item').click();
    await item(text).waitFor();
  };
  return [
    [
      'create canvas',
      async () => {
        await bar.getByTestId('new-canvas-name').fill('Bench canvas');
        await bar.getByTestId('create-canvas').click();
        await bar.getByTestId('canvas-view').waitFor();
      },
    ],
    ['add note', () => addNote('Students')],
    [null, () => addNote('Commuters')],
    [
      'edit note',
      async () => {
        await item('Commuters').getByTestId('item-edit').click();
        await bar.getByTestId('field-text').fill('Morning commuters');
        await bar.getByTestId('submit-item').click();
        await item('Morning commuters').waitFor();
      },
    ],
    [
      'move note',
      async () => {
        await item('Morning commuters').getByTestId('item-up').click();
        await bar.getByTestId('status').filter({ hasText: 'Moved' }).waitFor();
      },
    ],
    [
      'delete note',
      async () => {
        await item('Students').getByTestId('item-delete').click();
        await item('Students').waitFor({ state: 'detached' });
      },
    ],
    [
      'add revenue stream',
      async () => {
        await goToSidebarBlock(bar, 'Revenue Streams');
        await bar.getByTestId('field-name').fill('Subscriptions');
        await bar.getByTestId('field-price').fill('12');
        await bar.getByTestId('field-volume').fill('300');
        await bar.getByTestId('submit-item').click();
        await item('Subscriptions').waitFor();
      },
    ],
    [
      'refresh',
      async () => {
        await bar.getByTestId('refresh').click();
      },
    ],
  ];
}

/** Waits until the grid is drawn and the sidebar shows its canvas with no call on its way. */
async function interactive(watched: WatchedPage): Promise<void> {
  await watched.page.locator('body[data-ready="true"]').waitFor();
  await watched.page.frameLocator('#sidebar-frame').getByTestId('canvas-view').waitFor();
  await sidebarSettled(watched, 0);
}

export async function playgroundBrowserMeasures(root = process.cwd()): Promise<PlaygroundMeasure[]> {
  const folder = mkdtempSync(join(tmpdir(), 'bmc-bench-'));
  const server = await startPlayground({
    root,
    port: 0,
    statePath: join(folder, 'state.json'),
    now: () => new Date(),
    log: () => undefined,
  });
  const browser = await launchChromium(TIMEOUT_MS);
  try {
    const measures: PlaygroundMeasure[] = [];
    const watched = await watchedPage(browser, TIMEOUT_MS);
    await openPlaygroundPage(watched, server.url);
    for (const [name, act] of sidebarActions(watched.page.frameLocator('#sidebar-frame'))) {
      const calls = await serverCallsOf(watched, act);
      if (name !== null)
        measures.push({ name: `round trips: ${name}`, value: calls.length, unit: 'round trips', target: 'exactly 1' });
    }
    await watched.page.close();

    const times: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const load = await watchedPage(browser, TIMEOUT_MS);
      const start = performance.now();
      await load.page.goto(server.url);
      await interactive(load);
      times.push(performance.now() - start);
      await load.page.close();
    }
    measures.push({
      name: `page load to interactive (median of ${LOADS})`,
      value: Math.round(median(times)),
      unit: 'ms',
    });
    return measures;
  } finally {
    await browser.close();
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
