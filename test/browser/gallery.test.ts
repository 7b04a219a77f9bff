/**
 * The template gallery and the pattern hints in real Chromium inside the playground: browse the
 * templates by pattern, preview one, add it to a canvas that already has an entry of its own, see
 * the hints it brings, and make a new canvas from it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Locator } from 'playwright-core';
import { getTemplate } from '../../src/core/patterns';
import { SCREENSHOTS, serverCallsOf, settledText, goToSidebarBlock, sidebarItem, playgroundForFile } from './harness';

jest.setTimeout(120_000);

const PAPER = 'free-commuter-paper';
const PAPER_TITLE = 'Railside Daily – free commuter paper';
const playground = playgroundForFile('gallery');

const bar = (): FrameLocator => playground.bar();

function choice(id: string): Locator {
  return bar().locator(`[data-testid="template-choice"][data-id="${id}"]`);
}

const item = (text: string): Locator => sidebarItem(bar(), text);

/** The td on the sheet whose text is exactly `text`. */
function sheetCell(text: string): Locator {
  return playground.watched.page
    .locator('.grid td')
    .filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
}

const goToBlock = (title: string): Promise<void> => goToSidebarBlock(bar(), title);

test('a canvas with one entry of its own', async () => {
  await bar().getByTestId('choose-view').waitFor();
  await bar().getByTestId('new-canvas-name').fill('Corner Shop');
  await bar().getByTestId('create-canvas').click();
  await bar().getByTestId('canvas-view').waitFor();
  // The template has "Contract printer"; the user spells it in lower case.
  await goToBlock('Key Partners');
  await bar().getByTestId('field-text').fill('contract printer');
  await bar().getByTestId('submit-item').click();
  await item('contract printer').waitFor();
});

test('the gallery opens from the header and lists the templates by pattern, in one server call', async () => {
  const opener = bar().getByRole('button', { name: 'Templates' });
  expect(await opener.getAttribute('aria-expanded')).toBe('false');
  const calls = await serverCallsOf(playground.watched, async () => {
    await opener.click();
    await bar().getByTestId('template-choice').first().waitFor();
  });
  expect(calls).toEqual(['listTemplates']);
  expect(await opener.getAttribute('aria-expanded')).toBe('true');
  expect(await bar().getByTestId('canvas-view').isHidden()).toBe(true);
  expect(await bar().getByRole('heading', { name: 'Templates', level: 2 }).isVisible()).toBe(true);
  // Five patterns, twelve templates, the book's order.
  expect(
    await bar()
      .getByTestId('template-group')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-pattern'))),
  ).toEqual(['unbundling', 'long-tail', 'multi-sided', 'free', 'open']);
  expect(await bar().getByTestId('template-choice').count()).toBe(12);

  // Browse one pattern: the FREE pattern's advertising, freemium and bait-and-hook templates.
  const browsed = await serverCallsOf(playground.watched, async () => {
    await bar().getByLabel('Pattern').selectOption({ label: 'FREE (3)' });
  });
  expect(browsed).toEqual([]);
  expect(await bar().getByTestId('template-group').count()).toBe(1);
  expect(await bar().getByTestId('template-choice').locator('.choice-meta').allTextContents()).toEqual([
    'advertising',
    'freemium',
    'bait and hook',
  ]);
});

test('a template previews its own words, its blocks and its key numbers, marked illustrative', async () => {
  const calls = await serverCallsOf(playground.watched, async () => {
    await choice(PAPER).click();
    await bar().getByTestId('template-detail').waitFor();
  });
  expect(calls).toEqual([]);
  expect(await choice(PAPER).getAttribute('aria-pressed')).toBe('true');
  expect(await bar().getByTestId('template-title').textContent()).toBe(PAPER_TITLE);
  expect(await bar().getByTestId('template-pattern').textContent()).toBe('FREE · advertising');
  expect(await bar().getByTestId('template-explanation').textContent()).toBe(getTemplate(PAPER)?.explanation);

  const numbers = await bar()
    .getByTestId('template-number')
    .evaluateAll((rows) => rows.map((r) => [r.querySelector('dt')?.textContent, r.querySelector('dd')?.textContent]));
  // Revenue 0 × 8,000,000 free copies + 4 × 240,000 thousand ad impressions;
  // costs 0.07 × 8,000,000 + 180,000 + 90,000 + 40,000; profit the difference.
  expect(numbers).toEqual([
    ['Monthly revenue (illustrative)', '$960,000.00'],
    ['Monthly costs (illustrative)', '$870,000.00'],
    ['Monthly profit (illustrative)', '$90,000.00'],
  ]);
  expect(await bar().getByTestId('template-detail').textContent()).toContain('Illustrative figures');
  expect(await bar().getByTestId('template-check').textContent()).toMatch(/^Advertising check: passes/);

  const segments = bar().locator('[data-testid="preview-block"][data-block="customerSegments"]');
  expect(await segments.locator('dt').textContent()).toBe('Customer Segments');
  expect(await segments.locator('dd').textContent()).toBe('Commuters; Local advertisers');
  expect(await bar().getByTestId('preview-block').count()).toBe(9);

  expect(await bar().getByTestId('template-add').isVisible()).toBe(true);
  expect(await bar().getByTestId('template-add-note').textContent()).toContain('"Corner Shop"');

  await playground.watched.page.setViewportSize({ width: 1400, height: 1500 });
  mkdirSync(SCREENSHOTS, { recursive: true });
  await playground.watched.page.locator('#sidebar-panel').screenshot({ path: join(SCREENSHOTS, 'gallery.png') });
});

test('"Add to this canvas" shows what it would add in one call and adds it in another, reports what it added, and keeps the user\'s entry without a duplicate', async () => {
  const calls = await serverCallsOf(playground.watched, async () => {
    await bar().getByTestId('template-add').click();
    await bar().getByTestId('template-parts').waitFor();
    await bar().getByTestId('template-add-confirm').click();
    await bar().getByTestId('added-line').first().waitFor();
  });
  // One call to see what it would add, one to add it.
  expect(calls).toEqual(['addTemplateToCanvas', 'addTemplateToCanvas']);
  const added = await bar().getByTestId('added-line').allTextContents();
  expect(added).toContain('Pattern check: FREE, financed by advertising');
  expect(added).toContain('Customer Segments: Local advertisers');
  expect(added).toContain('Revenue Streams: Display advertising');
  expect(added).toContain('Cost Structure: Newsroom');
  expect(added.filter((line) => /^Key Partners: contract printer$/i.test(line))).toEqual([]);
  // Everything of the template but the partner the canvas already had: 2 + 3 + 3 + 2 + 3 + 3 + 3 notes, 2 streams, 4 costs, less one.
  expect(added).toHaveLength(2 + 3 + 3 + 2 + 3 + 3 + 3 + 2 + 4 - 1 + 1);
  expect(await bar().getByTestId('status').filter({ hasText: /\S/ }).textContent()).toBe(
    `Added ${added.length} entries from "${PAPER_TITLE}" to "Corner Shop"; your own entries are as they were:`,
  );

  await bar().getByTestId('close-gallery').click();
  await bar().getByTestId('canvas-view').waitFor();
  expect(await bar().getByTestId('step-title').textContent()).toBe('8 of 9 · Key Partners');
  const partners = ['contract printer', 'Transit operator granting rack space', 'News agencies'];
  expect(await bar().getByTestId('item-text').allTextContents()).toEqual(partners);
  await sheetCell('News agencies').waitFor();
  expect(await sheetCell('contract printer').count()).toBe(1);
  expect(await sheetCell('Contract printer').count()).toBe(0);
  await goToBlock('Customer Segments');
  expect(await bar().getByTestId('item-text').allTextContents()).toEqual(['Commuters', 'Local advertisers']);
  // 4 × 240,000 from the advertising stream, as the sheet computes it.
  expect(await settledText(bar().getByTestId('kpi-revenue'), '$960,000.00')).toBe('$960,000.00');

  // A second time there is nothing left to add, and the canvas stays as it is.
  await bar().getByTestId('open-gallery').click();
  await bar().getByTestId('template-add').click();
  await bar().getByTestId('status').filter({ hasText: 'nothing was added' }).waitFor();
  expect(await bar().getByTestId('added-line').count()).toBe(0);
  await bar().getByTestId('close-gallery').click();
  await goToBlock('Key Partners');
  expect(await bar().getByTestId('item-text').allTextContents()).toEqual(partners);
});

test('the hints under the KPIs say the canvas with an advertising stream resembles FREE, and follow the canvas', async () => {
  await bar().getByText('Patterns this canvas resembles').click();
  const advertising = bar().locator('[data-testid="hint"][data-pattern="free"]');
  await advertising.waitFor();
  expect(await advertising.getByTestId('hint-pattern').textContent()).toBe('FREE · advertising');
  expect(await advertising.getByTestId('hint-reason').textContent()).toContain('“Display advertising”');
  expect(await advertising.getByTestId('hint-suggestion').textContent()).toContain('advertising check');

  // Deleting the advertising stream takes that hint away: the hints are worked out again from the canvas read back.
  await goToBlock('Revenue Streams');
  const calls = await serverCallsOf(playground.watched, async () => {
    await item('Display advertising').getByTestId('item-delete').click();
    await item('Display advertising').waitFor({ state: 'detached' });
  });
  expect(calls).toEqual(['sidebarEdit', 'patternHintsFor']);
  expect(await bar().getByTestId('hint-pattern').allTextContents()).not.toContain('FREE · advertising');
});

test('"New canvas from template" is one server call and shows the new sheet with its KPIs', async () => {
  await bar().getByTestId('open-gallery').click();
  await choice('free-commuter-paper').click();
  const calls = await serverCallsOf(playground.watched, async () => {
    await bar().getByTestId('template-new').click();
    await bar().getByTestId('canvas-view').waitFor();
  });
  expect(calls).toEqual(['newCanvasFromTemplate']);
  expect(await settledText(bar().getByTestId('canvas-title'), PAPER_TITLE)).toBe(PAPER_TITLE);
  await playground.watched.page.locator('[role="tab"][aria-selected="true"]', { hasText: PAPER_TITLE }).waitFor();
  await sheetCell('Display advertising').first().waitFor();
  // As in the preview: 960,000 − 870,000.
  expect(await settledText(bar().getByTestId('kpi-revenue'), '$960,000.00')).toBe('$960,000.00');
  expect(await settledText(bar().getByTestId('kpi-profit'), '$90,000.00')).toBe('$90,000.00');
  expect(await bar().getByTestId('hint-pattern').allTextContents()).toContain('FREE · advertising');
  expect(playground.watched.errors).toEqual([]);
  expect(playground.watched.dialogs).toEqual([]);
});
