/**
 * "Add to this canvas" in real Chromium on a 1366×768 screen: it first shows what the template
 * would add, part by part (the pattern check, the notes, the streams, the costs), adds only the
 * parts ticked, and one Undo takes all of it back. axe-core finds nothing.
 */
import type { FrameLocator } from 'playwright-core';
import {
  goToSidebarBlock,
  messageIn,
  playgroundForFile,
  serverCallsOf,
  settledText,
  sidebarViolations,
} from './harness';

jest.setTimeout(120_000);

const playground = playgroundForFile('template-parts');
const bar = (): FrameLocator => playground.bar();
const violations = (): Promise<string[]> => sidebarViolations(playground.watched.page);

beforeAll(async () => {
  await playground.watched.page.setViewportSize({ width: 1366, height: 768 });
});

/** The parts offered: each tick box's label, whether it is ticked, and how many lines it adds. */
function offered(): Promise<{ label: string; ticked: boolean; lines: number }[]> {
  return bar()
    .getByTestId('template-part')
    .evaluateAll((parts) =>
      parts.map((p) => ({
        label: p.querySelector('label')?.textContent ?? '',
        ticked: (p.querySelector('input') as HTMLInputElement).checked,
        lines: p.querySelectorAll('li').length,
      })),
    );
}

const galleryMessage = () => messageIn(bar(), 'messages-gallery');

test('a canvas, and the freemium photo-sharing template chosen in the gallery', async () => {
  await bar().getByTestId('choose-view').waitFor();
  await bar().getByTestId('new-canvas-name').fill('Photo Club');
  await bar().getByTestId('create-canvas').click();
  await bar().getByTestId('canvas-view').waitFor();
  await bar().getByTestId('open-gallery').click();
  await bar().locator('[data-testid="template-choice"][data-id="free-photo-sharing"]').click();
  await bar().getByTestId('template-detail').waitFor();
});

test('"Add to this canvas…" first shows each part it would add, ticked, and writes nothing', async () => {
  const calls = await serverCallsOf(playground.watched, async () => {
    await bar().getByRole('button', { name: 'Add to this canvas…' }).click();
    await bar().getByTestId('template-parts').waitFor();
  });
  expect(calls).toEqual(['addTemplateToCanvas']);
  const parts = await offered();
  expect(parts.map((p) => [p.label, p.ticked])).toEqual([
    ['Pattern check: FREE, freemium', true],
    [expect.stringMatching(/^The blocks’ notes \(\d+\)$/), true],
    ['Revenue streams (2)', true],
    [expect.stringMatching(/^Costs \(\d+\)$/), true],
  ]);
  expect(parts[2].lines).toBe(2);
  expect(
    await bar()
      .getByLabel('Pattern check: FREE, freemium')
      .evaluate((box) => box === document.activeElement),
  ).toBe(true);
  expect(await bar().getByTestId('template-add').getAttribute('aria-expanded')).toBe('true');
  expect(await settledText(bar().getByTestId('kpi-revenue'), '$0.00')).toBe('$0.00');
  expect(await violations()).toEqual([]);
});

test('the pattern check only: it goes on the sheet, and Undo takes it away again', async () => {
  for (const part of [/^The blocks’ notes/, /^Revenue streams/, /^Costs/]) await bar().getByLabel(part).uncheck();
  await bar().getByRole('button', { name: 'Add what is ticked' }).click();
  expect(await galleryMessage()).toEqual({
    text: 'Added 1 entry from "Pixelnook – freemium photo sharing" to "Photo Club"; your own entries are as they were:',
    undo: true,
  });
  expect(await bar().getByTestId('added-line').allTextContents()).toEqual(['Pattern check: FREE, freemium']);
  const checkTitle = playground.watched.page.locator('.grid td').filter({ hasText: /^Pattern check: FREE, freemium$/ });
  await checkTitle.waitFor();
  expect(await bar().getByTestId('template-parts').isHidden()).toBe(true);
  expect(await violations()).toEqual([]);
  await bar().getByRole('button', { name: 'Undo: take back what "Pixelnook – freemium photo sharing" added' }).click();
  expect(await galleryMessage()).toEqual({
    text: 'Took back everything "Pixelnook – freemium photo sharing" added; the canvas is as it was before.',
    undo: false,
  });
  await checkTitle.waitFor({ state: 'detached' });
});

test('everything ticked, then one Undo takes all of it back', async () => {
  await bar().getByRole('button', { name: 'Add to this canvas…' }).click();
  await bar().getByTestId('template-parts').waitFor();
  expect((await offered()).every((p) => p.ticked)).toBe(true);
  await bar().getByRole('button', { name: 'Add what is ticked' }).click();
  expect((await galleryMessage()).undo).toBe(true);
  // 20,000 × 6 from the Pro plan, as the sheet computes it.
  expect(await settledText(bar().getByTestId('kpi-revenue'), '$120,000.00')).toBe('$120,000.00');
  await bar().getByTestId('undo').click();
  expect((await galleryMessage()).text).toMatch(/^Took back everything/);
  expect(await settledText(bar().getByTestId('kpi-revenue'), '$0.00')).toBe('$0.00');
  await bar().getByTestId('close-gallery').click();
  await goToSidebarBlock(bar(), 'Revenue Streams');
  await bar().getByTestId('no-items').waitFor();
});
