/**
 * The Assumptions step in real Chromium on a 1366×768 screen: growth, churn, acquisition cost,
 * investment, starting cash and discount rate edited from the sidebar, checked as typed by the server's rules,
 * saved in one call, and followed by the sheet's panel. axe-core finds nothing.
 */
import type { FrameLocator } from 'playwright-core';
import { cell, goToSidebarBlock, playgroundForFile, serverCallsOf, settledText, sidebarViolations } from './harness';

jest.setTimeout(120_000);

const playground = playgroundForFile('assumptions');
const bar = (): FrameLocator => playground.bar();

beforeAll(async () => {
  await playground.watched.page.setViewportSize({ width: 1366, height: 768 });
});

/** The value the sheet's panel shows beside `label` (labels in column H, values in M), once it reads `expected`. */
async function panelValue(label: string, expected: string): Promise<string | null> {
  const { page } = playground.watched;
  const labelCell = page.locator('.grid td[data-a1^="H"]').filter({ hasText: new RegExp(`^${label}$`) });
  const row = /\d+$/.exec((await labelCell.first().getAttribute('data-a1')) ?? '')?.[0];
  return settledText(cell(page, `M${row}`), expected);
}

test('a canvas to work on', async () => {
  await bar().getByTestId('choose-view').waitFor();
  await bar().getByTestId('new-canvas-name').fill('Studio');
  await bar().getByTestId('create-canvas').click();
  await bar().getByTestId('canvas-view').waitFor();
});

test('after the last block, Next opens the Assumptions step with the sheet’s values', async () => {
  await goToSidebarBlock(bar(), 'Cost Structure');
  await bar().getByRole('button', { name: 'Next: Assumptions' }).click();
  await bar().getByTestId('assumptions-view').waitFor();
  expect(
    await bar()
      .getByRole('heading', { name: 'Assumptions', level: 2 })
      .evaluate((h) => h === document.activeElement),
  ).toBe(true);
  const labels = await bar().locator('#assumption-fields label').allTextContents();
  expect(labels).toEqual([
    'Monthly volume growth, % per month',
    'Monthly churn, % of customers lost per month',
    'Acquisition cost per new customer (CAC), per customer',
    'Initial investment (month 0), once',
    'Starting cash (month 0), at hand',
    'Discount rate, % per year',
  ]);
  expect(await bar().getByLabel('Discount rate, % per year').inputValue()).toBe('10%');
  expect(await bar().getByLabel('Monthly churn, % of customers lost per month').inputValue()).toBe('0%');
  expect(await sidebarViolations(playground.watched.page)).toEqual([]);
});

test('a value out of range is marked in words as the field is left, and nothing is sent', async () => {
  const churn = bar().getByLabel('Monthly churn, % of customers lost per month');
  const calls = await serverCallsOf(playground.watched, async () => {
    await churn.fill('150 %');
    await churn.press('Tab');
    await bar().getByRole('button', { name: 'Save assumptions' }).click();
  });
  expect(calls).toEqual([]);
  expect(await bar().getByTestId('assumption-fields').locator('#error-assumption-churn').textContent()).toBe(
    'Monthly churn must be between 0 % and 100 %.',
  );
  expect(await churn.getAttribute('aria-invalid')).toBe('true');
  expect(await sidebarViolations(playground.watched.page)).toEqual([]);
});

test('a share typed without its % sign and above 1 is asked about, and nothing is sent', async () => {
  const churn = bar().getByLabel('Monthly churn, % of customers lost per month');
  const calls = await serverCallsOf(playground.watched, async () => {
    await churn.fill('12');
    await churn.press('Tab');
    await bar().getByRole('button', { name: 'Save assumptions' }).click();
  });
  expect(calls).toEqual([]);
  expect(await bar().getByTestId('assumption-fields').locator('#error-assumption-churn').textContent()).toBe(
    'Monthly churn is a percent: did you mean 12%?',
  );
});

test('saved in one call: the sheet’s panel shows the new assumptions', async () => {
  const calls = await serverCallsOf(playground.watched, async () => {
    await bar().getByLabel('Monthly volume growth, % per month').fill('5 %');
    await bar().getByLabel('Monthly churn, % of customers lost per month').fill('2.5%');
    await bar().getByLabel('Acquisition cost per new customer (CAC), per customer').fill('40');
    await bar().getByLabel('Initial investment (month 0), once').fill('12000');
    await bar().getByLabel('Starting cash (month 0), at hand').fill('2000');
    await bar().getByLabel('Discount rate, % per year').fill('0.08');
    await bar().getByRole('button', { name: 'Save assumptions' }).click();
  });
  expect(calls).toEqual(['sidebarSetAssumptions']);
  const saved = 'Saved: the sheet’s figures now follow these assumptions.';
  expect(await settledText(bar().locator('#messages-assumptions .status'), saved)).toBe(saved);
  expect(
    await bar().getByLabel('Monthly churn, % of customers lost per month').getAttribute('aria-invalid'),
  ).toBeNull();
  expect(await panelValue('Monthly churn', '2.5%')).toBe('2.5%');
  expect(await panelValue('Monthly volume growth', '5.0%')).toBe('5.0%');
  expect(await panelValue('Discount rate', '8.0%')).toBe('8.0%');
  expect(await panelValue('Starting cash \\(month 0\\)', '$2,000.00')).toBe('$2,000.00');
  // Back on the canvas, the step opens again with what the sheet now holds.
  await bar().getByTestId('close-assumptions').click();
  await bar().getByTestId('open-assumptions').click();
  expect(await bar().getByLabel('Initial investment (month 0), once').inputValue()).toBe('12,000');
});
