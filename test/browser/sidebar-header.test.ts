/**
 * The sidebar's header on a 1366×768 screen in real Chromium: a long canvas name wraps at spaces
 * and never inside a word; one too long for two lines, or a word wider than the panel, ends with
 * an ellipsis, and the whole name is the header's tooltip. axe-core finds nothing either way.
 */
import type { FrameLocator } from 'playwright-core';
import { playgroundForFile, runMenuWithPrompt, settledText, sidebarViolations } from './harness';

jest.setTimeout(120_000);

const playground = playgroundForFile('sidebar-header');
const bar = (): FrameLocator => playground.bar();

beforeAll(async () => {
  await playground.watched.page.setViewportSize({ width: 1366, height: 768 });
});

/** How the header shows its canvas name: the words cut across two lines, and whether any of it is hidden. */
function headerLayout(): Promise<{ splitWords: string[]; clipped: boolean; ellipsis: string; tooltip: string }> {
  return bar()
    .getByTestId('canvas-title')
    .evaluate((h1) => {
      const text = h1.firstChild;
      const splitWords: string[] = [];
      if (text instanceof Text) {
        for (const m of (text.data ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, m.index ?? 0);
          range.setEnd(text, (m.index ?? 0) + m[0].length);
          const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
          if (tops.size > 1) splitWords.push(m[0]);
        }
      }
      return {
        splitWords,
        clipped: h1.scrollHeight > h1.clientHeight + 1 || h1.scrollWidth > h1.clientWidth + 1,
        ellipsis: getComputedStyle(h1).textOverflow,
        tooltip: h1.getAttribute('title') ?? '',
      };
    });
}

/** Makes a canvas named `name` from the menu, and shows it in the sidebar. */
async function createCanvas(name: string): Promise<void> {
  const { page } = playground.watched;
  await runMenuWithPrompt(page, 'New canvas', name);
  await page.locator('[role="tab"][aria-selected="true"]', { hasText: name.slice(0, 20) }).waitFor();
  await bar().getByTestId('refresh').click();
  // A sidebar that shows another canvas offers to show the active one; one that shows none shows it.
  const show = bar().getByTestId('elsewhere-show');
  const title = bar().getByTestId('canvas-title').filter({ hasText: name });
  await show.or(title).first().waitFor();
  if (await show.isVisible()) await show.click();
  expect(await settledText(bar().getByTestId('canvas-title'), name)).toBe(name);
}

/** 95 characters: Sheets allows 100 in a sheet's name. */
const LONG = 'The Northern European Cooperative for Specialty Coffee Roasting, Deliveries and Barista Training';

test('a long name wraps at its spaces, ends with an ellipsis after two lines, and is the tooltip', async () => {
  await bar().getByTestId('choose-view').waitFor();
  await createCanvas(LONG);
  const shown = await headerLayout();
  expect(shown.splitWords).toEqual([]);
  expect(shown.clipped).toBe(true);
  expect(shown.ellipsis).toBe('ellipsis');
  expect(shown.tooltip).toBe(LONG);
  const lines = await bar()
    .getByTestId('canvas-title')
    .evaluate((h1) => Math.round(h1.clientHeight / parseFloat(getComputedStyle(h1).lineHeight)));
  expect(lines).toBe(2);
  expect(await sidebarViolations(playground.watched.page)).toEqual([]);
});

test('a word wider than the panel is not broken: it ends with an ellipsis', async () => {
  const word = 'Hyperconvergedmicrotransactionalplatformisation';
  await createCanvas(word);
  const shown = await headerLayout();
  expect(shown.splitWords).toEqual([]);
  expect(shown.clipped).toBe(true);
  expect(shown.ellipsis).toBe('ellipsis');
  expect(shown.tooltip).toBe(word);
  expect(await sidebarViolations(playground.watched.page)).toEqual([]);
});

test('a short name shows whole on one line', async () => {
  await createCanvas('Acme Coffee');
  const shown = await headerLayout();
  expect(shown).toEqual({ splitWords: [], clipped: false, ellipsis: 'ellipsis', tooltip: 'Acme Coffee' });
});
