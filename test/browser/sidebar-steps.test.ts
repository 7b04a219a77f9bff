/**
 * Guided entry on a 1366×768 screen in real Chromium: a step's description shows open on its first
 * visit and folded after that (remembered when the sidebar is opened again), so the entry form is
 * in sight without scrolling; a deletion offers Undo, which puts the entry back where it was with
 * its drivers and links. axe-core finds nothing in any of these states.
 */
import type { FrameLocator, Locator } from 'playwright-core';
import { goToSidebarBlock, messageIn, playgroundForFile, settledText, sidebarItem, sidebarViolations } from './harness';

jest.setTimeout(120_000);

const playground = playgroundForFile('sidebar-steps');
const bar = (): FrameLocator => playground.bar();
const item = (text: string): Locator => sidebarItem(bar(), text);
const violations = (): Promise<string[]> => sidebarViolations(playground.watched.page);

beforeAll(async () => {
  await playground.watched.page.setViewportSize({ width: 1366, height: 768 });
});

/**
 * Whether the step's description is open, whether the form's first field is in sight, and whether
 * all of the form is.
 */
function stepView(): Promise<{ described: boolean; fieldInSight: boolean; formInSight: boolean }> {
  return bar()
    .locator('body')
    .evaluate(() => {
      const inSight = (selector: string) => {
        const r = document.querySelector(selector)?.getBoundingClientRect();
        return r !== undefined && r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
      };
      return {
        described: (document.getElementById('step-about') as HTMLDetailsElement).open,
        fieldInSight: inSight('[data-testid="item-form"] .field'),
        formInSight: inSight('[data-testid="item-form"] .field') && inSight('[data-testid="submit-item"]'),
      };
    });
}

async function addNote(text: string): Promise<void> {
  await bar().getByTestId('field-text').fill(text);
  await bar().getByTestId('field-text').press('Enter');
  await item(text).waitFor();
}

const canvasMessage = () => messageIn(bar(), 'messages-canvas');

test('a step’s description is open on its first visit and folded after, with the form in sight', async () => {
  await bar().getByTestId('choose-view').waitFor();
  await bar().getByTestId('new-canvas-name').fill('Tea Room');
  await bar().getByTestId('create-canvas').click();
  await bar().getByTestId('canvas-view').waitFor();
  expect((await stepView()).described).toBe(true);
  expect(await bar().getByTestId('step-about-summary').textContent()).toBe('About Customer Segments');
  expect(await violations()).toEqual([]);
  await goToSidebarBlock(bar(), 'Value Propositions');
  expect((await stepView()).described).toBe(true);
  await goToSidebarBlock(bar(), 'Customer Segments');
  // The sidebar is under 600 pixels high here, about what Sheets leaves it on such a screen.
  expect(
    await bar()
      .locator('body')
      .evaluate(() => window.innerHeight),
  ).toBeLessThan(600);
  expect(await stepView()).toEqual({ described: false, fieldInSight: true, formInSight: true });
  // The description is one click away, and stays as the user left it while they work.
  await bar().getByTestId('step-about-summary').click();
  await addNote('Students');
  expect((await stepView()).described).toBe(true);
  expect(await violations()).toEqual([]);
});

test('the steps seen are remembered when the sidebar is opened again', async () => {
  const { page } = playground.watched;
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await bar().getByTestId('canvas-view').waitFor();
  expect(await settledText(bar().getByTestId('step-title'), '1 of 9 · Customer Segments')).toBe(
    '1 of 9 · Customer Segments',
  );
  // With a note above it, the form starts in sight.
  expect(await stepView()).toEqual({ described: false, fieldInSight: true, formInSight: false });
  await goToSidebarBlock(bar(), 'Channels');
  expect((await stepView()).described).toBe(true);
});

test('a deleted note comes back at its place with Undo, and the focus follows it', async () => {
  await goToSidebarBlock(bar(), 'Customer Segments');
  await addNote('Commuters');
  await addNote('Tourists');
  await item('Commuters').getByTestId('item-delete').click();
  expect(await canvasMessage()).toEqual({ text: 'Deleted "Commuters".', undo: true });
  expect(await bar().getByTestId('item-text').allTextContents()).toEqual(['Students', 'Tourists']);
  expect(await violations()).toEqual([]);
  await bar().getByRole('button', { name: 'Undo: put "Commuters" back' }).click();
  expect(await canvasMessage()).toEqual({ text: 'Put "Commuters" back.', undo: false });
  expect(await bar().getByTestId('item-text').allTextContents()).toEqual(['Students', 'Commuters', 'Tourists']);
  expect(
    await item('Commuters')
      .getByTestId('item-edit')
      .evaluate((b) => b === document.activeElement),
  ).toBe(true);
});

test('a deleted stream comes back with its price, volume and segment, and the figures with it', async () => {
  await goToSidebarBlock(bar(), 'Revenue Streams');
  await bar().getByTestId('field-name').fill('Tea');
  await bar().getByTestId('field-type').selectOption('asset-sale');
  await bar().getByTestId('field-segment').selectOption('Commuters');
  await bar().getByTestId('field-price').fill('3');
  await bar().getByTestId('field-volume').fill('100');
  await bar().getByTestId('submit-item').click();
  await item('Tea').waitFor();
  expect(await settledText(bar().getByTestId('kpi-revenue'), '$300.00')).toBe('$300.00');
  const meta = await item('Tea').getByTestId('item-meta').textContent();
  await item('Tea').getByTestId('item-delete').click();
  await bar().getByTestId('no-items').waitFor();
  await bar().getByTestId('undo').click();
  await item('Tea').waitFor();
  expect(await item('Tea').getByTestId('item-meta').textContent()).toBe(meta);
  expect(await settledText(bar().getByTestId('kpi-revenue'), '$300.00')).toBe('$300.00');
});

test('Undo is for the last change only: moving on takes it away', async () => {
  await item('Tea').getByTestId('item-delete').click();
  expect(await canvasMessage()).toEqual({ text: 'Deleted "Tea".', undo: true });
  await goToSidebarBlock(bar(), 'Cost Structure');
  expect(await bar().getByTestId('undo').count()).toBe(0);
});
