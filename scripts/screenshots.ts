/**
 * `npm run screenshots`: pictures of the playground in Chromium, from a fresh workbook holding
 * three template canvases and their Compare sheet.
 *   listing/screenshots/*.png   1280×800, for the Marketplace listing: the canvas, the sidebar,
 *                               Compare and the What-if panel
 *   docs/screenshots/*.png      the pictures the README shows
 * Runs after `npm run build` (the npm script builds first); the workbook lives in a temporary
 * folder, so .playground/ is left alone.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { goToSidebarBlock, launchChromium } from '../src/local/playground/chromium';
import type { MenuResponse, RunResponse, WorkbookView } from '../src/local/playground/protocol';
import { startPlayground } from '../src/local/playground/server';

// scripts/run-ts.mjs sets argv[1] to this file, wherever its bundle runs from.
const root = resolve(dirname(process.argv[1]), '..');
const LISTING = join(root, 'listing', 'screenshots');
const DOCS = join(root, 'docs', 'screenshots');
const STEP_TIMEOUT_MS = 30_000;
/** The Marketplace's screenshot size. */
const SHOT = { width: 1280, height: 800 };

/** The canvas the pictures dwell on comes first; the other two give Compare something to compare. */
const TEMPLATES = ['free-photo-sharing', 'long-tail-self-publishing', 'multi-sided-game-console'];

async function post<T>(base: string, path: string, body: unknown): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as T;
}

/** Lays out the workbook through the playground's API, as the sidebar and the menu would. */
async function fillWorkbook(base: string): Promise<WorkbookView['tabs']> {
  for (const id of TEMPLATES) {
    const made = await post<RunResponse>(base, 'api/run', { name: 'newCanvasFromTemplate', args: [{ id }] });
    if (!made.ok) throw new Error(`Template ${id}: ${made.message}`);
  }
  const compared = await post<MenuResponse>(base, 'api/menu', {
    functionName: 'menuCompareCanvases',
    answers: [{ button: 'OK', text: '' }],
  });
  if (compared.kind !== 'done') throw new Error(`Compare canvases: ${JSON.stringify(compared)}`);
  const view = (await (await fetch(`${base}api/workbook`)).json()) as WorkbookView;
  return view.tabs;
}

/**
 * A page on the playground with `sheet` active. `scale` below 1 fits more of the sheet into the
 * same picture, as a browser zoomed out would.
 */
async function openOn(
  browser: Browser,
  base: string,
  sheetId: number,
  viewport: { width: number; height: number },
  scale = 1,
): Promise<Page> {
  await post(base, 'api/activate', { sheetId });
  const page = await browser.newPage({
    viewport: { width: Math.round(viewport.width / scale), height: Math.round(viewport.height / scale) },
    deviceScaleFactor: scale,
    locale: 'en-US',
  });
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  await page.goto(base);
  await page.locator('body[data-ready="true"]').waitFor();
  return page;
}

async function sidebarShowsCanvas(page: Page): Promise<FrameLocator> {
  const bar = page.frameLocator('#sidebar-frame');
  await bar.getByTestId('canvas-view').waitFor();
  await bar.getByTestId('kpi-revenue').filter({ hasText: /\d/ }).waitFor();
  return bar;
}

async function shoot(page: Page, folder: string, file: string, element?: string): Promise<void> {
  const path = join(folder, file);
  await (element ? page.locator(element).screenshot({ path }) : page.screenshot({ path }));
  console.log(path.slice(root.length + 1));
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'bmc-screenshots-'));
  const playground = await startPlayground({
    root,
    port: 0,
    statePath: join(folder, 'state.json'),
    now: () => new Date(),
    log: () => {},
  });
  const browser = await launchChromium(STEP_TIMEOUT_MS);
  try {
    const tabs = await fillWorkbook(playground.url);
    const canvas = tabs.find((t) => t.name.startsWith('Pixelnook'));
    const compare = tabs.find((t) => t.name === 'Compare');
    if (!canvas || !compare) throw new Error(`Unexpected sheets: ${tabs.map((t) => t.name).join(', ')}`);
    mkdirSync(LISTING, { recursive: true });
    mkdirSync(DOCS, { recursive: true });

    // The sidebar at the Revenue Streams step, the canvas beside it.
    const withSidebar = await openOn(browser, playground.url, canvas.id, SHOT);
    await goToSidebarBlock(await sidebarShowsCanvas(withSidebar), 'Revenue Streams');
    await shoot(withSidebar, LISTING, '2-sidebar.png');
    await withSidebar.close();

    // The What-if panel after a 10 % price rise, the sheet's scenario table beside it.
    const whatIf = await openOn(browser, playground.url, canvas.id, SHOT);
    const panel = await sidebarShowsCanvas(whatIf);
    await panel.getByTestId('open-whatif').click();
    await panel.getByTestId('whatif-price').fill('10');
    await panel.getByTestId('whatif-apply').click();
    await panel.getByTestId('whatif-scenario').filter({ hasText: /\S/ }).waitFor();
    await panel.getByTestId('whatif-kpis').scrollIntoViewIfNeeded();
    await shoot(whatIf, LISTING, '4-what-if.png');
    await whatIf.close();

    // The whole canvas, zoomed out so that all nine blocks show.
    const filled = await openOn(browser, playground.url, canvas.id, SHOT, 0.7);
    await filled.getByRole('button', { name: 'Close the sidebar' }).click();
    await shoot(filled, LISTING, '1-canvas.png');
    await filled.close();

    const compared = await openOn(browser, playground.url, compare.id, SHOT, 0.8);
    await compared.getByRole('button', { name: 'Close the sidebar' }).click();
    await shoot(compared, LISTING, '3-compare.png');
    await compared.close();

    // The README's pictures: the sidebar and the sheet as elements, wide enough for every block.
    const wide = await openOn(browser, playground.url, canvas.id, { width: 2100, height: 1100 });
    const bar = await sidebarShowsCanvas(wide);
    await goToSidebarBlock(bar, 'Revenue Streams');
    await shoot(wide, DOCS, 'sidebar.png', '#sidebar-panel');
    await shoot(wide, DOCS, 'canvas.png', '.sheet-panel');
    await wide.setViewportSize({ width: 1400, height: 1500 });
    await bar.getByTestId('open-gallery').click();
    await bar.locator(`[data-testid="template-choice"][data-id="${TEMPLATES[0]}"]`).click();
    await bar.getByTestId('template-detail').waitFor();
    await shoot(wide, DOCS, 'gallery.png', '#sidebar-panel');
    await wide.close();
  } finally {
    await browser.close();
    await playground.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
