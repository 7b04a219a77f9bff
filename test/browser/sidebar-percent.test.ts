/**
 * Shares typed into the sidebar in real Chromium: a brokerage stream's take rate and a
 * share-of-revenue cost are read from "12 %", "12%" or "0.12" alike, a bare 12 is refused with
 * the percent it likely meant before any server call, and the sheet shows them as percents.
 */
import type { FrameLocator } from 'playwright-core';
import { goToSidebarBlock, playgroundForFile, serverCallsOf, settledText, sidebarItem } from './harness';

jest.setTimeout(120_000);

const playground = playgroundForFile('sidebar-percent');
const bar = (): FrameLocator => playground.bar();

/** A td of the sheet whose text is exactly `text`. */
const sheetCell = (text: string) =>
  playground.watched.page.locator('.grid td').filter({ hasText: new RegExp(`^${text}$`) });

async function addStream(name: string, price: string): Promise<string[]> {
  return serverCallsOf(playground.watched, async () => {
    await bar().getByTestId('field-name').fill(name);
    await bar().getByTestId('field-type').selectOption('brokerage');
    await bar().getByTestId('field-price').fill(price);
    await bar().getByTestId('field-volume').fill('40000');
    await bar().getByTestId('submit-item').click();
    await sidebarItem(bar(), name).waitFor();
  });
}

test('a canvas to type into', async () => {
  await bar().getByTestId('choose-view').waitFor();
  await bar().getByTestId('new-canvas-name').fill('Market');
  await bar().getByTestId('create-canvas').click();
  await bar().getByTestId('canvas-view').waitFor();
  await goToSidebarBlock(bar(), 'Revenue Streams');
});

test('the take rate field says it is a percent, and the volume its unit', async () => {
  await bar().getByTestId('field-type').selectOption('brokerage');
  expect(await bar().locator('label[for="field-price"]').textContent()).toBe('Price: take rate (%)');
  expect(await bar().locator('label[for="field-volume"]').textContent()).toBe(
    'Volume per month: transaction value (money transacted)',
  );
  await bar().getByTestId('field-type').selectOption('subscription');
  expect(await bar().locator('label[for="field-volume"]').textContent()).toBe(
    'Volume per month: subscribers (customers)',
  );
});

test('a bare 12 as a take rate is refused, "did you mean 12%?", and nothing is sent', async () => {
  const calls = await serverCallsOf(playground.watched, async () => {
    await bar().getByTestId('field-name').fill('Deals');
    await bar().getByTestId('field-type').selectOption('brokerage');
    await bar().getByTestId('field-price').fill('12');
    await bar().getByTestId('field-volume').fill('40000');
    await bar().getByTestId('submit-item').click();
    const error = 'The price is a percent: did you mean 12%?';
    expect(await settledText(bar().getByTestId('error-price'), error)).toBe(error);
  });
  expect(calls).toEqual([]);
  await bar().getByTestId('field-name').fill('');
  await bar().getByTestId('field-price').fill('');
  await bar().getByTestId('field-volume').fill('');
});

test('"12 %", "12%" and "0.12" are the same take rate, shown as a percent in the sidebar and on the sheet', async () => {
  expect(await addStream('Deals', '12 %')).toEqual(['sidebarEdit']);
  expect(await addStream('Escrow', '12%')).toEqual(['sidebarEdit']);
  expect(await addStream('Listings', '0.12')).toEqual(['sidebarEdit']);
  const metas = await bar().getByTestId('item-meta').allTextContents();
  expect(metas).toEqual(new Array(3).fill('Brokerage fees · 12% × 40,000 money transacted a month'));
  // 3 × 12 % × 40,000.
  expect(await settledText(bar().getByTestId('kpi-revenue'), '$14,400.00')).toBe('$14,400.00');
  expect(await sheetCell('12.0%').count()).toBe(3);
});

test('editing a take rate shows it as a percent in its field', async () => {
  await sidebarItem(bar(), 'Deals').getByTestId('item-edit').click();
  expect(await bar().getByTestId('field-price').inputValue()).toBe('12%');
});
