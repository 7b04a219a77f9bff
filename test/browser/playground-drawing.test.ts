/**
 * The playground draws what Sheets would draw over the cells: conditional-format colours (the
 * sensitivity grid's loss and profit, Compare's best and worst) and the charts, as SVG at their
 * anchor cells with their titles, legends and words for a screen reader.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { RunResponse, WorkbookView } from '../../src/local/playground/protocol';
import {
  cell,
  gridDifferences,
  launchChromium,
  openPlayground,
  runMenuWithPrompt,
  SCREENSHOTS,
  settledText,
  startTestPlayground,
  tempFolder,
  type TestPlayground,
  type WatchedPage,
} from './harness';

jest.setTimeout(120_000);

const folder = tempFolder('drawing');
let browser: Browser;
let server: TestPlayground;
let watched: WatchedPage;

async function workbook(): Promise<WorkbookView> {
  return (await (await fetch(`${server.url}api/workbook`)).json()) as WorkbookView;
}

async function run(name: string, ...args: unknown[]): Promise<RunResponse> {
  const response = await fetch(`${server.url}api/run`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, args }),
  });
  return (await response.json()) as RunResponse;
}

beforeAll(async () => {
  browser = await launchChromium();
  server = await startTestPlayground(join(folder.path, 'state.json'));
  // Two canvases from templates, made as the sidebar's gallery makes them.
  for (const id of ['unbundling-private-bank', 'unbundling-mobile-operator']) {
    const made = await run('newCanvasFromTemplate', { id });
    if (!made.ok) throw new Error(made.message);
  }
  watched = await openPlayground(browser, server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  folder.remove();
});

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

async function colours(a1: string): Promise<[string, string]> {
  return cell(watched.page, a1).evaluate((td) => {
    const style = getComputedStyle(td);
    return [style.backgroundColor, style.color] as [string, string];
  });
}

test('the sensitivity grid shows losses red and profits green, as its conditional formats say', async () => {
  const view = await workbook();
  const rules = view.sheet.conditionalFormats;
  const loss = rules.find((r) => r.formula.includes('<0'))!;
  const profit = rules.find((r) => r.formula.includes('>=0'))!;
  const grid = loss.ranges[0];
  const byA1 = new Map(view.sheet.cells.map((c) => [c.a1, c]));
  const inGrid = view.sheet.cells.filter(
    (c) =>
      c.row >= grid.row &&
      c.row < grid.row + grid.numRows &&
      c.column >= grid.column &&
      c.column < grid.column + grid.numColumns,
  );
  const losing = inGrid.find((c) => typeof c.value === 'number' && c.value < 0)!;
  const earning = inGrid.find((c) => typeof c.value === 'number' && c.value > 0)!;
  expect(byA1.get(losing.a1)?.format?.background).not.toBe(loss.background);
  expect(await colours(losing.a1)).toEqual([rgb(loss.background!), rgb(loss.fontColor!)]);
  expect(await colours(earning.a1)).toEqual([rgb(profit.background!), rgb(profit.fontColor!)]);
  expect(await gridDifferences(watched.page, view)).toEqual([]);
});

test('the projection chart is drawn at its anchor cell: revenue and total costs as two lines, named for a screen reader', async () => {
  const { page } = watched;
  const view = await workbook();
  const projection = view.charts.find((c) => c.type === 'LINE')!;
  const chart = page.getByRole('img', { name: projection.title });
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  const anchor = (await cell(page, `A${projection.anchor.row}`).boundingBox())!;
  expect(Math.abs(box.x - anchor.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(box.y - anchor.y)).toBeLessThanOrEqual(1);
  expect([box.width, box.height]).toEqual([projection.width, projection.height]);
  expect(await chart.locator('polyline').count()).toBe(2);
  expect(await chart.locator('[data-role="legend"] text').allTextContents()).toEqual(['Revenue', 'Total costs']);
  expect(await chart.locator('[data-role="category-axis-title"]').textContent()).toBe('Month');
  const description = await chart.locator('desc').textContent();
  const revenue = projection.series[0].values[1]!.toLocaleString('en-US');
  expect(description).toMatch(new RegExp(`^Line chart of Month 0 to 36\\. Revenue: from ${revenue} at 1 to`));
  await page.screenshot({ path: join(SCREENSHOTS, 'playground-projection-chart.png') });
});

test('the tornado is drawn as lying bars, one per driver and direction', async () => {
  const view = await workbook();
  const tornado = view.charts.find((c) => c.type === 'BAR')!;
  const chart = watched.page.getByRole('img', { name: tornado.title });
  const bars = chart.locator('[data-role="marks"] rect');
  const plotted = tornado.series.flatMap((s) => s.values.filter((v) => v !== null));
  expect(await bars.count()).toBe(plotted.length);
  await chart.scrollIntoViewIfNeeded();
  await watched.page.screenshot({ path: join(SCREENSHOTS, 'playground-tornado-chart.png') });
});

test('Compare shows best and worst highlighted, and profit with margin on a right-hand axis', async () => {
  const { page } = watched;
  await runMenuWithPrompt(page, 'Compare canvases…', '');
  await page.getByRole('tab', { name: 'Compare', selected: true }).waitFor();
  const view = await workbook();
  expect(view.conditionalColours.length).toBeGreaterThan(0);
  for (const shown of view.conditionalColours.slice(0, 6)) {
    const a1 = view.sheet.cells.find((c) => c.row === shown.row && c.column === shown.column)!.a1;
    expect(await colours(a1)).toEqual([rgb(shown.background!), rgb(shown.fontColor!)]);
  }
  expect(await gridDifferences(page, view)).toEqual([]);
  const compare = view.charts[0];
  const chart = page.getByRole('img', { name: compare.title });
  await chart.scrollIntoViewIfNeeded();
  const legend = await chart.locator('[data-role="legend"] text').allTextContents();
  expect(legend.some((name) => name.endsWith('(right axis)'))).toBe(true);
  expect(await chart.locator('[data-role="axis-labels"] text').allTextContents()).toEqual(
    expect.arrayContaining([expect.stringMatching(/%$/)]),
  );
  await page.screenshot({ path: join(SCREENSHOTS, 'playground-compare-chart.png') });
});

test('a dropdown cell opens its list with Alt+Down or its arrow, and a pick is written as if typed', async () => {
  const { page } = watched;
  await page.getByRole('tab', { name: 'Brightwave – asset-light mobile operator' }).click();
  await page.getByRole('tab', { name: 'Brightwave – asset-light mobile operator', selected: true }).waitFor();
  const view = await workbook();
  const dropdown = view.sheet.cells.find(
    (c) => c.validation?.criterion.kind === 'list' && c.validation.criterion.showDropdown && c.display !== '',
  )!;
  const choices = (dropdown.validation!.criterion as { values: string[] }).values;
  const other = choices.find((c) => c !== dropdown.display)!;
  const td = cell(page, dropdown.a1);
  await td.scrollIntoViewIfNeeded();
  await td.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Alt+ArrowDown');
  const list = page.getByRole('listbox', { name: `Choices for ${dropdown.a1}` });
  expect(await list.getByRole('option').allTextContents()).toEqual(choices);
  expect(await list.getByRole('option', { selected: true }).textContent()).toBe(dropdown.display);
  await page.keyboard.press('Escape');
  await list.waitFor({ state: 'detached' });

  const box = (await td.boundingBox())!;
  await td.click({ position: { x: box.width - 6, y: box.height / 2 } });
  await list.getByRole('option', { name: other, exact: true }).click();
  await list.waitFor({ state: 'detached' });
  await expectShown(dropdown.a1, other);
  const after = (await workbook()).sheet.cells.find((c) => c.a1 === dropdown.a1)!;
  expect(after.literal).toBe(other);
});

async function expectShown(a1: string, text: string): Promise<void> {
  expect(await settledText(cell(watched.page, a1), text)).toBe(text);
}
