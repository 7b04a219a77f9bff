/**
 * The what-if panel in real Chromium inside the playground: on a canvas with one revenue stream and
 * one fixed cost, try +10 % price and see the KPIs before and after, then keep the settings as a
 * named scenario and see the sheet's active-scenario cell follow.
 */
import type { FrameLocator, Locator } from 'playwright-core';
import {
  cell,
  goToSidebarBlock,
  playgroundForFile,
  serverCallsOf,
  settledText,
  sidebarItem,
  sidebarViolations,
} from './harness';

jest.setTimeout(120_000);

const playground = playgroundForFile('whatif');

const bar = (): FrameLocator => playground.bar();

const item = (text: string): Locator => sidebarItem(bar(), text);

const goToBlock = (title: string): Promise<void> => goToSidebarBlock(bar(), title);

/** The before and after text of one KPI row of the panel, once "after" reads `after`. */
async function beforeAfter(kpi: string, after: string): Promise<[string | null, string | null]> {
  const row = bar().getByTestId(`whatif-${kpi}`);
  const shownAfter = await settledText(row.getByTestId('after'), after);
  return [await row.getByTestId('before').textContent(), shownAfter];
}

test('a canvas with one stream (10 × 100 a month) and one fixed cost (200)', async () => {
  await bar().getByTestId('choose-view').waitFor();
  await bar().getByTestId('new-canvas-name').fill('Lemon Stall');
  await bar().getByTestId('create-canvas').click();
  await bar().getByTestId('canvas-view').waitFor();
  await goToBlock('Revenue Streams');
  await bar().getByTestId('field-name').fill('Cups');
  await bar().getByTestId('field-type').selectOption('asset-sale');
  await bar().getByTestId('field-price').fill('10');
  await bar().getByTestId('field-volume').fill('100');
  await bar().getByTestId('submit-item').click();
  await item('Cups').waitFor();
  await goToBlock('Cost Structure');
  await bar().getByTestId('field-name').fill('Stall');
  await bar().getByTestId('field-behavior').selectOption('fixed');
  await bar().getByTestId('field-amount').fill('200');
  await bar().getByTestId('submit-item').click();
  await item('Stall').waitFor();
  // 1 000 − 200.
  expect(await settledText(bar().getByTestId('kpi-profit'), '$800.00')).toBe('$800.00');
});

test('the What-if panel opens from the header with the keyboard, fields at no change', async () => {
  const opener = bar().getByRole('button', { name: 'What-if' });
  expect(await opener.getAttribute('aria-expanded')).toBe('false');
  await opener.focus();
  await opener.press('Enter');
  await bar().getByTestId('whatif-view').waitFor();
  expect(await opener.getAttribute('aria-expanded')).toBe('true');
  expect(await bar().getByTestId('canvas-view').isHidden()).toBe(true);
  expect(
    await bar()
      .getByRole('heading', { name: 'What-if', level: 2 })
      .evaluate((h) => h === document.activeElement),
  ).toBe(true);
  for (const label of ['Price change, %', 'Volume change, %', 'Variable cost change, %', 'Fixed cost change, %']) {
    expect(await bar().getByLabel(label).inputValue()).toBe('0');
  }
});

test('+10 % price, applied in one server call, shows the KPIs before and after', async () => {
  const calls = await serverCallsOf(playground.watched, async () => {
    await bar().getByLabel('Price change, %').fill('10');
    await bar().getByRole('button', { name: 'Apply' }).click();
  });
  expect(calls).toEqual(['sidebarWhatIf']);
  // 11 × 100 = 1 100; profit 1 100 − 200 = 900.
  expect(await beforeAfter('revenue', '$1,100.00')).toEqual(['$1,000.00', '$1,100.00']);
  expect(await beforeAfter('profit', '$900.00')).toEqual(['$800.00', '$900.00']);
  // No variable costs: every sale is margin, so break-even is the fixed cost either way.
  expect(await beforeAfter('break-even', '$200.00')).toEqual(['$200.00', '$200.00']);
  // 800 ÷ 1 000 and 900 ÷ 1 100 = 0.8181…
  expect(await beforeAfter('margin', '81.8%')).toEqual(['80%', '81.8%']);
  expect(await settledText(bar().getByTestId('whatif-scenario'), 'The sheet now follows the scenario "What-if".')).toBe(
    'The sheet now follows the scenario "What-if".',
  );
});

test('a bad percentage is marked in words and nothing is sent', async () => {
  const calls = await serverCallsOf(playground.watched, async () => {
    await bar().getByLabel('Volume change, %').fill('lots');
    await bar().getByRole('button', { name: 'Apply' }).click();
  });
  expect(calls).toEqual([]);
  expect(await bar().locator('#error-whatif-volume').textContent()).toBe(
    'Volume change must be a number of percent, such as 10 or −5.',
  );
  expect(await bar().getByLabel('Volume change, %').getAttribute('aria-invalid')).toBe('true');
  await bar().getByLabel('Volume change, %').fill('0');
});

test('"Keep as scenario" saves the settings as "Price up", and the sheet’s active scenario says so', async () => {
  const calls = await serverCallsOf(playground.watched, async () => {
    await bar().getByLabel('Scenario name').fill('Price up');
    await bar().getByRole('button', { name: 'Keep as scenario' }).click();
  });
  expect(calls).toEqual(['sidebarWhatIf']);
  expect(
    await settledText(bar().getByTestId('whatif-scenario'), 'The sheet now follows the scenario "Price up".'),
  ).toBe('The sheet now follows the scenario "Price up".');
  expect(await beforeAfter('profit', '$900.00')).toEqual(['$900.00', '$900.00']);
  const { page } = playground.watched;
  const label = page.locator('.grid td').filter({ hasText: /^Active scenario$/ });
  const row = Number(/\d+$/.exec((await label.getAttribute('data-a1')) ?? '')?.[0]);
  expect(await settledText(cell(page, `L${row}`), 'Price up')).toBe('Price up');
  // Back on the canvas, the sidebar's own KPIs follow the kept scenario.
  await bar().getByRole('button', { name: 'Back' }).click();
  expect(await settledText(bar().getByTestId('kpi-profit'), '$900.00')).toBe('$900.00');
});

/** What the message lines beside "Keep as scenario" say, once they say something. */
async function keepMessage(): Promise<string> {
  const line = bar().locator('#messages-keep > p').filter({ hasText: /\S/ });
  await line.first().waitFor();
  return (await line.first().textContent()) ?? '';
}

test('the KPI card names the scenario it shows, and marks a what-if that is not kept', async () => {
  expect(await settledText(bar().getByTestId('kpi-scenario'), 'Scenario: Price up')).toBe('Scenario: Price up');
  expect(await bar().getByTestId('kpi-scenario').getAttribute('class')).toBe('scenario');
  await bar().getByRole('button', { name: 'What-if' }).click();
  await bar().getByLabel('Volume change, %').fill('10');
  await bar().getByRole('button', { name: 'Apply' }).click();
  await settledText(bar().getByTestId('whatif-scenario'), 'The sheet now follows the scenario "What-if".');
  await bar().getByRole('button', { name: 'Back' }).click();
  const tried = 'Scenario: What-if, tried and not kept yet';
  expect(await settledText(bar().getByTestId('kpi-scenario'), tried)).toBe(tried);
  expect(await bar().getByTestId('kpi-scenario').getAttribute('class')).toBe('scenario tried');
  expect(await sidebarViolations(playground.watched.page)).toEqual([]);
});

test('Keep as adds a scenario while there is room and says so; with none left it says how to make room', async () => {
  await bar().getByRole('button', { name: 'What-if' }).click();
  const keepAs = bar().getByLabel('Keep as');
  expect(await keepAs.locator('option').allTextContents()).toEqual([
    'A new scenario',
    'Replace "Base"',
    'Replace "Upside"',
    'Replace "Downside"',
    'Replace "Price up"',
  ]);
  // The free column is gone; the what-if tried and not kept makes room for one more.
  expect(await bar().getByTestId('whatif-room').textContent()).toBe('Room for 1 new scenario.');
  await bar().getByLabel('Scenario name').fill('Summer');
  await bar().getByRole('button', { name: 'Keep as scenario' }).click();
  expect(await keepMessage()).toBe(
    'Added the scenario "Summer", now the active one on the sheet. No room is left for another.',
  );
  expect(await bar().getByTestId('whatif-room').textContent()).toBe(
    'No room for a new scenario: replace one, or clear one in the What-ifs on the sheet.',
  );
  expect(await keepAs.locator('option').first().textContent()).toBe('A new scenario (no room left)');
  await bar().getByLabel('Scenario name').fill('Autumn');
  await bar().getByRole('button', { name: 'Keep as scenario' }).click();
  expect(await keepMessage()).toContain('There is no free scenario column for "Autumn"');
  expect(await sidebarViolations(playground.watched.page)).toEqual([]);
});

test('Keep as can replace a scenario of the sheet, says so, and the KPI card names it', async () => {
  const keepAs = bar().getByLabel('Keep as');
  await keepAs.selectOption({ label: 'Replace "Upside"' });
  // A scenario replaced keeps its name: there is none to type.
  expect(await bar().getByLabel('Scenario name').isHidden()).toBe(true);
  await bar().getByRole('button', { name: 'Keep as scenario' }).click();
  expect(await keepMessage()).toBe(
    'Replaced the scenario "Upside" with these changes; it is now the active one on the sheet.',
  );
  await bar().getByRole('button', { name: 'Back' }).click();
  expect(await settledText(bar().getByTestId('kpi-scenario'), 'Scenario: Upside')).toBe('Scenario: Upside');
});
