/**
 * The sidebar in real Chromium inside the playground: the built dist/sidebar.html calling the
 * built dist/Code.js through google.script.run, with the sheet beside it. One story, from a fresh
 * workbook to a canvas with segments, notes, a revenue stream and a cost, and a restart.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, FrameLocator, Locator } from 'playwright-core';
import type { WorkbookView } from '../../src/local/playground/protocol';
import {
  cell,
  gridDifferences,
  launchChromium,
  openPlayground,
  SCREENSHOTS,
  serverCallsOf,
  settledText,
  sidebar,
  startTestPlayground,
  tempFolder,
  typeIntoCell,
  type TestPlayground,
  type WatchedPage,
  goToSidebarBlock,
  sidebarItem,
} from './harness';

jest.setTimeout(120_000);

const folder = tempFolder('sidebar');
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

const CS = 'Customer Segments';
const VP = 'Value Propositions';
const bar = (): FrameLocator => sidebar(watched.page);

async function workbook(): Promise<WorkbookView> {
  return (await (await fetch(`${server.url}api/workbook`)).json()) as WorkbookView;
}

/** The texts of the entries the sidebar lists for the current step. */
function itemTexts(): Promise<string[]> {
  return bar().getByTestId('item-text').allTextContents();
}

const item = (text: string): Locator => sidebarItem(bar(), text);

/** The td on the sheet whose text is exactly `text`. */
function sheetCell(text: string): Locator {
  return watched.page
    .locator('.grid td')
    .filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
}

/**
 * The td of an entry in a block on the sheet: the one with this text in the column of the block's
 * title (other blocks show a segment's name too, where an entry is linked to it).
 */
async function blockCell(blockTitle: string, text: string): Promise<Locator> {
  const title = await sheetCell(blockTitle).getAttribute('data-a1');
  const column = /^[A-Z]+/.exec(title ?? '')?.[0];
  const all = sheetCell(text);
  await all.first().waitFor();
  for (const td of await all.all()) {
    if (/^[A-Z]+/.exec((await td.getAttribute('data-a1')) ?? '')?.[0] === column) return td;
  }
  throw new Error(`No "${text}" under "${blockTitle}" on the sheet`);
}

async function rowOf(blockTitle: string, text: string): Promise<number> {
  const a1 = await (await blockCell(blockTitle, text)).getAttribute('data-a1');
  return Number(/\d+$/.exec(a1 ?? '')?.[0]);
}

async function background(locator: Locator): Promise<string> {
  return locator.evaluate((el) => getComputedStyle(el).backgroundColor);
}

const goToBlock = (title: string): Promise<void> => goToSidebarBlock(bar(), title);

/** Adds a note to the current step's block; returns the server calls it took. */
function addNote(text: string, segment?: string): Promise<string[]> {
  return serverCallsOf(watched, async () => {
    await bar().getByTestId('field-text').fill(text);
    if (segment) await bar().getByTestId('field-segment').selectOption({ label: segment });
    await bar().getByTestId('submit-item').click();
    await item(text).waitFor();
  });
}

async function kpi(name: 'revenue' | 'profit' | 'break-even' | 'margin', expected: string): Promise<string | null> {
  return settledText(bar().getByTestId(`kpi-${name}`), expected);
}

test('a fresh workbook: the sidebar offers to create a canvas, and creating one is one server call', async () => {
  await bar().getByTestId('choose-view').waitFor();
  const calls = await serverCallsOf(watched, async () => {
    await bar().getByTestId('new-canvas-name').fill('Acme Coffee');
    await bar().getByTestId('create-canvas').click();
    await bar().getByTestId('canvas-view').waitFor();
  });
  expect(calls).toEqual(['sidebarCreateCanvas']);
  expect(await settledText(bar().getByTestId('canvas-title'), 'Acme Coffee')).toBe('Acme Coffee');
  const { page } = watched;
  await page.locator('[role="tab"][aria-selected="true"]', { hasText: 'Acme Coffee' }).waitFor();
  expect(await settledText(cell(page, 'A1'), 'Acme Coffee')).toBe('Acme Coffee');
});

test('the guided steps follow the book: CS, VP, CH, CR, R$, KR, KA, KP, C$; any block is one click away', async () => {
  const order = [
    'Customer Segments',
    'Value Propositions',
    'Channels',
    'Customer Relationships',
    'Revenue Streams',
    'Key Resources',
    'Key Activities',
    'Key Partners',
    'Cost Structure',
  ];
  const seen: string[] = [];
  const calls = await serverCallsOf(watched, async () => {
    for (let i = 0; i < order.length; i++) {
      seen.push((await bar().getByTestId('step-title').textContent()) ?? '');
      if (i < order.length - 1) await bar().getByTestId('next-step').click();
    }
    // After the last block, Next goes on to the Assumptions step.
    expect(await bar().getByTestId('next-step').textContent()).toBe('Next: Assumptions');
    await bar().getByTestId('prev-step').click();
    expect(await bar().getByTestId('step-title').textContent()).toBe('8 of 9 · Key Partners');
    await goToBlock('Customer Segments');
  });
  expect(seen).toEqual(order.map((title, i) => `${i + 1} of 9 · ${title}`));
  expect(await bar().getByTestId('step-description').textContent()).not.toBe('');
  expect(calls).toEqual([]);
});

test('notes are added, edited, reordered and deleted with one server call each, and the sheet follows', async () => {
  expect(await addNote('Students')).toEqual(['sidebarEdit']);
  expect(await addNote('Commuters')).toEqual(['sidebarEdit']);
  expect(await addNote('Offices')).toEqual(['sidebarEdit']);
  expect(await itemTexts()).toEqual(['Students', 'Commuters', 'Offices']);
  await sheetCell('Offices').waitFor();
  expect(await rowOf(CS, 'Students')).toBeLessThan(await rowOf(CS, 'Commuters'));
  expect(await rowOf(CS, 'Commuters')).toBeLessThan(await rowOf(CS, 'Offices'));

  const edited = await serverCallsOf(watched, async () => {
    await item('Commuters').getByTestId('item-edit').click();
    await bar().getByTestId('field-text').fill('Morning commuters');
    await bar().getByTestId('submit-item').click();
    await item('Morning commuters').waitFor();
  });
  expect(edited).toEqual(['sidebarEdit']);
  await sheetCell('Morning commuters').waitFor();
  expect(await sheetCell('Commuters').count()).toBe(0);

  const moved = await serverCallsOf(watched, async () => {
    await item('Offices').getByTestId('item-up').click();
    await bar().getByTestId('status').filter({ hasText: 'Moved' }).waitFor();
  });
  expect(moved).toEqual(['sidebarEdit']);
  expect(await itemTexts()).toEqual(['Students', 'Offices', 'Morning commuters']);
  expect(await rowOf(CS, 'Offices')).toBeLessThan(await rowOf(CS, 'Morning commuters'));

  const deleted = await serverCallsOf(watched, async () => {
    await item('Offices').getByTestId('item-delete').click();
    await item('Offices').waitFor({ state: 'detached' });
  });
  expect(deleted).toEqual(['sidebarEdit']);
  expect(await itemTexts()).toEqual(['Students', 'Morning commuters']);
  await sheetCell('Offices').waitFor({ state: 'detached' });
  // The step button's name starts with what it shows, "CS 2", then says it in words.
  await bar().getByRole('button', { name: 'CS 2 (Customer Segments: 2 entries)', exact: true }).waitFor();
});

test("a value proposition linked to a segment takes the segment's colour on the sheet; an unlinked one keeps its block's", async () => {
  await goToBlock('Value Propositions');
  expect(await addNote('Fresh coffee at the station', 'Students')).toEqual(['sidebarEdit']);
  expect(await addNote('Office delivery')).toEqual(['sidebarEdit']);
  const linked = await blockCell(VP, 'Fresh coffee at the station');
  const segmentColour = await background(await blockCell(CS, 'Students'));
  const blockColour = await background(sheetCell(VP));
  expect(segmentColour).not.toBe(blockColour);
  expect(await background(linked)).toBe(segmentColour);
  expect(await background(await blockCell(VP, 'Office delivery'))).toBe(blockColour);
  const swatch = await item('Fresh coffee at the station')
    .locator('.swatch')
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(swatch).toBe(segmentColour);
});

test('a revenue stream and a cost, entered in the sidebar, move the KPIs the sheet computes', async () => {
  expect(await kpi('revenue', '$0.00')).toBe('$0.00');
  await goToBlock('Revenue Streams');
  const stream = await serverCallsOf(watched, async () => {
    await bar().getByTestId('field-name').fill('Coffee subscriptions');
    await bar().getByTestId('field-type').selectOption('subscription');
    await bar().getByTestId('field-segment').selectOption({ label: 'Students' });
    await bar().getByTestId('field-price').fill('12');
    await bar().getByTestId('field-volume').fill('300');
    await bar().getByTestId('submit-item').click();
    await item('Coffee subscriptions').waitFor();
  });
  expect(stream).toEqual(['sidebarEdit']);
  // 12 a month × 300 subscribers.
  expect(await kpi('revenue', '$3,600.00')).toBe('$3,600.00');
  expect(await kpi('profit', '$3,600.00')).toBe('$3,600.00');

  await goToBlock('Cost Structure');
  const cost = await serverCallsOf(watched, async () => {
    await bar().getByTestId('field-name').fill('Rent');
    await bar().getByTestId('field-behavior').selectOption('fixed');
    await bar().getByTestId('field-amount').fill('1000');
    await bar().getByTestId('submit-item').click();
    await item('Rent').waitFor();
  });
  expect(cost).toEqual(['sidebarEdit']);
  // 3,600 − 1,000; with no variable cost all revenue is margin, so break-even is the fixed cost.
  expect(await kpi('profit', '$2,600.00')).toBe('$2,600.00');
  expect(await kpi('break-even', '$1,000.00')).toBe('$1,000.00');
  // 2,600 ÷ 3,600 = 0.7222…
  expect(await kpi('margin', '72.2%')).toBe('72.2%');
  await sheetCell('$3,600.00').first().waitFor();
});

test('a volume typed into the sheet: a negative one is refused with the reason, a valid one shows in the sidebar after Refresh', async () => {
  const { page } = watched;
  const volumeCell = await page.evaluate(() => {
    const tds = Array.from(document.querySelectorAll<HTMLTableCellElement>('.grid td'));
    const at = (td: HTMLTableCellElement) => /^([A-Z]+)(\d+)$/.exec(td.dataset.a1 ?? '') as RegExpExecArray;
    const stream = tds.find((td) => td.textContent === 'Coffee subscriptions');
    const header = tds
      .filter((td) => /^Volume/.test(td.textContent ?? '') && Number(at(td)[2]) < Number(at(stream!)[2]))
      .pop();
    return `${at(header!)[1]}${at(stream!)[2]}`;
  });
  const volume = async () => (await workbook()).sheet.cells.find((c) => c.a1 === volumeCell);
  expect((await volume())?.value).toBe(300);
  expect(await cell(page, volumeCell).textContent()).toBe((await volume())?.display);

  await typeIntoCell(page, volumeCell, '-5');
  const message = page.locator('#sheet-message');
  await message.waitFor();
  expect(await message.textContent()).toContain(`Invalid entry in 'Acme Coffee'!${volumeCell}`);
  expect(await page.locator('.cell-editor').inputValue()).toBe('-5');
  expect(await page.locator('.cell-editor').getAttribute('aria-invalid')).toBe('true');
  await page.locator('.cell-editor').fill('400');
  await page.locator('.cell-editor').press('Enter');
  await message.waitFor({ state: 'hidden' });
  expect((await volume())?.value).toBe(400);
  expect(await settledText(cell(page, volumeCell), (await volume())!.display)).toBe((await volume())?.display);

  expect(await bar().getByTestId('kpi-revenue').textContent()).toBe('$3,600.00');
  await bar().getByTestId('refresh').click();
  // 12 × 400
  expect(await kpi('revenue', '$4,800.00')).toBe('$4,800.00');
  expect(await kpi('profit', '$3,800.00')).toBe('$3,800.00');
  await goToBlock('Revenue Streams');
  expect(await item('Coffee subscriptions').getByTestId('item-meta').textContent()).toContain(
    '12 × 400 customers a month',
  );
});

test('notes written as markup or as a formula are kept as the text typed, nothing runs, and they delete cleanly', async () => {
  await goToBlock('Key Partners');
  const markup = '<img src=x onerror=alert(1)>';
  expect(await addNote(markup)).toEqual(['sidebarEdit']);
  expect(await addNote('=SUM(1,2)')).toEqual(['sidebarEdit']);
  expect(await itemTexts()).toEqual([markup, '=SUM(1,2)']);
  expect(await bar().locator('img').count()).toBe(0);
  await sheetCell(markup).waitFor();
  await sheetCell('=SUM(1,2)').waitFor();
  expect(await watched.page.locator('.grid img').count()).toBe(0);
  expect(watched.dialogs).toEqual([]);
  expect(watched.errors).toEqual([]);

  for (const text of [markup, '=SUM(1,2)']) {
    await item(text).getByTestId('item-delete').click();
    await item(text).waitFor({ state: 'detached' });
  }
  await sheetCell(markup).waitFor({ state: 'detached' });
});

test('after all these changes the grid, repainted cell by cell, draws exactly what the canvas sheet holds', async () => {
  const view = await workbook();
  expect(view.sheet.name).toBe('Acme Coffee');
  expect(await gridDifferences(watched.page, view)).toEqual([]);
});

test('after a restart the sidebar and the sheet show everything again; the screenshots are taken', async () => {
  await server.close();
  server = await startTestPlayground(statePath);
  await watched.page.close();
  watched = await openPlayground(browser, server.url);
  await bar().getByTestId('canvas-view').waitFor();
  expect(await settledText(bar().getByTestId('canvas-title'), 'Acme Coffee')).toBe('Acme Coffee');
  expect(await itemTexts()).toEqual(['Students', 'Morning commuters']);
  expect(await kpi('revenue', '$4,800.00')).toBe('$4,800.00');
  await sheetCell('Fresh coffee at the station').waitFor();
  await goToBlock('Revenue Streams');

  // Wide enough for the whole canvas, from Key Partners to Customer Segments.
  await watched.page.setViewportSize({ width: 2100, height: 1100 });
  mkdirSync(SCREENSHOTS, { recursive: true });
  await watched.page.locator('#sidebar-panel').screenshot({ path: join(SCREENSHOTS, 'sidebar.png') });
  await watched.page.locator('.sheet-panel').screenshot({ path: join(SCREENSHOTS, 'canvas.png') });
  expect(watched.errors).toEqual([]);
  expect(watched.dialogs).toEqual([]);
});
