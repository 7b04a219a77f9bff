/**
 * The sidebar keeps to the canvas it shows when the user switches sheet tabs: it says which sheet
 * is active now and offers to show it, and a change made meanwhile goes to the canvas shown.
 */
import type { WorkbookView } from '../../src/local/playground/protocol';
import { playgroundForFile, runMenuWithPrompt, settledText } from './harness';

jest.setTimeout(120_000);

const playground = playgroundForFile('active-sheet');
const bar = () => playground.bar();

async function workbook(): Promise<WorkbookView> {
  return (await (await fetch(`${playground.server.url}api/workbook`)).json()) as WorkbookView;
}

test('after a tab switch the sidebar says so, its next change goes to the canvas it shows, and Show switches', async () => {
  const { page } = playground.watched;
  await runMenuWithPrompt(page, 'New canvas', 'Harbour Cafe');
  await page.getByRole('tab', { name: 'Harbour Cafe' }).waitFor();
  await runMenuWithPrompt(page, 'New canvas', 'Tea Room');
  await page.getByRole('tab', { name: 'Tea Room' }).waitFor();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  expect(await settledText(bar().getByTestId('canvas-title'), 'Tea Room')).toBe('Tea Room');

  // The user goes to the other canvas's tab, then back to the sidebar.
  await page.getByRole('tab', { name: 'Harbour Cafe' }).click();
  await page.locator('[role="tab"][aria-selected="true"]', { hasText: 'Harbour Cafe' }).waitFor();
  await bar().getByTestId('refresh').click();
  const notice = bar().getByTestId('elsewhere');
  await notice.waitFor();
  expect(await bar().getByTestId('elsewhere-text').textContent()).toBe(
    'You\'re now on the sheet "Harbour Cafe". This sidebar still shows "Tea Room", and changes made here go to "Tea Room".',
  );
  expect(await bar().getByTestId('canvas-title').textContent()).toBe('Tea Room');

  // A customer segment added now lands on Tea Room, not on the active sheet.
  await bar().getByTestId('field-text').fill('Tourists');
  await bar().getByTestId('submit-item').click();
  await bar().getByTestId('item-text').filter({ hasText: 'Tourists' }).waitFor();
  const active = await workbook();
  expect(active.sheet.name).toBe('Harbour Cafe');
  expect(active.sheet.cells.some((c) => c.value === 'Tourists')).toBe(false);

  // Stay keeps the sidebar where it is; Show takes it to the active sheet's canvas.
  await bar().getByTestId('elsewhere-stay').click();
  await notice.waitFor({ state: 'hidden' });
  await bar().getByTestId('refresh').click();
  await page.waitForTimeout(500);
  expect(await notice.isHidden()).toBe(true);
  // Another sheet made active brings the notice back; a sheet that is not a canvas has nothing to show.
  await page.getByRole('tab', { name: 'Sheet1' }).click();
  await page.locator('[role="tab"][aria-selected="true"]', { hasText: 'Sheet1' }).waitFor();
  await bar().getByTestId('refresh').click();
  await notice.waitFor();
  expect(await bar().getByTestId('elsewhere-text').textContent()).toContain('"Sheet1", which is not a canvas');
  expect(await bar().getByTestId('elsewhere-show').isHidden()).toBe(true);
  await page.getByRole('tab', { name: 'Harbour Cafe' }).click();
  await page.locator('[role="tab"][aria-selected="true"]', { hasText: 'Harbour Cafe' }).waitFor();
  await bar().getByTestId('refresh').click();
  await bar().getByTestId('elsewhere-text').filter({ hasText: 'now on the sheet "Harbour Cafe"' }).waitFor();
  await bar().getByTestId('elsewhere-show').click();
  expect(await settledText(bar().getByTestId('canvas-title'), 'Harbour Cafe')).toBe('Harbour Cafe');
  await notice.waitFor({ state: 'hidden' });
  expect(await bar().getByTestId('item-text').allTextContents()).toEqual([]);
  expect(playground.watched.errors).toEqual([]);
});
