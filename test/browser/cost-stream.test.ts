/**
 * A new per-unit cost on a canvas with several streams: the sidebar does not choose "Every stream"
 * for it (their volumes may count different things); it asks for a stream, and once one is picked
 * the cost follows that stream on the sheet.
 */
import { goToSidebarBlock, playgroundForTests, sidebar, sidebarItem } from './harness';

jest.setTimeout(120_000);

const playground = playgroundForTests('cost-stream');
const bar = () => sidebar(playground.watched.page);

async function addStream(name: string, type: string, price: string, volume: string): Promise<void> {
  await bar().getByTestId('field-name').fill(name);
  await bar().getByTestId('field-type').selectOption(type);
  await bar().getByTestId('field-price').fill(price);
  await bar().getByTestId('field-volume').fill(volume);
  await bar().getByTestId('submit-item').click();
  await sidebarItem(bar(), name).waitFor();
}

test('with two streams a new per-unit cost starts at "Pick a stream" and is refused until one is picked', async () => {
  await bar().getByTestId('new-canvas-name').fill('Two streams');
  await bar().getByTestId('create-canvas').click();
  await bar().getByTestId('canvas-view').waitFor();
  await goToSidebarBlock(bar(), 'Revenue Streams');
  await addStream('Plan', 'subscription', '10', '100');
  await addStream('Ads', 'advertising', '5', '40');

  await goToSidebarBlock(bar(), 'Cost Structure');
  await bar().getByTestId('field-name').fill('Servers');
  await bar().getByTestId('field-behavior').selectOption('unit');
  await bar().getByTestId('field-amount').fill('0.5');
  const stream = bar().getByTestId('field-stream');
  expect(await stream.inputValue()).toBe(' ');
  expect(await stream.locator('option:checked').textContent()).toBe('Pick a stream');
  await bar().getByTestId('submit-item').click();
  expect(await bar().getByTestId('error-stream').textContent()).toBe(
    'Pick the stream whose volume this cost follows (Every stream only when they count the same thing)',
  );
  expect(await sidebarItem(bar(), 'Servers').count()).toBe(0);

  await stream.selectOption({ label: 'Plan' });
  await bar().getByTestId('submit-item').click();
  await sidebarItem(bar(), 'Servers').waitFor();
  expect(await bar().getByTestId('item-meta').allTextContents()).toEqual(
    expect.arrayContaining([expect.stringContaining('of Plan')]),
  );
});
