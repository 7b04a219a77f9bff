/**
 * The sidebar against WCAG 2.x A and AA in real Chromium, on a 1366×768 screen: axe-core checks
 * every state a user can reach (the start, each of the nine steps, an entry being edited, the
 * gallery, the what-if panel, import and export, a message shown), and what axe cannot see is
 * checked step by step: where the focus lands after each action, what the live regions say and
 * where, what the sticky KPI card covers, and the arrow keys on the step strip.
 */
import type { FrameLocator, Locator } from 'playwright-core';
import { goToSidebarBlock, playgroundForTests, sidebar, sidebarItem, sidebarViolations } from './harness';

jest.setTimeout(180_000);

const playground = playgroundForTests('accessibility');

beforeAll(async () => {
  await playground.watched.page.setViewportSize({ width: 1366, height: 768 });
});

const bar = (): FrameLocator => sidebar(playground.watched.page);
const violations = (): Promise<string[]> => sidebarViolations(playground.watched.page);
const item = (text: string): Locator => sidebarItem(bar(), text);

const STEPS = ['CS', 'VP', 'CH', 'CR', 'RS', 'KR', 'KA', 'KP', 'CO'];

/** The focused element of the sidebar, by its test id (or id, or tag). */
function focused(): Promise<string> {
  return bar()
    .locator('body')
    .evaluate(() => {
      const a = document.activeElement;
      return a?.getAttribute('data-testid') ?? (a?.id || a?.tagName.toLowerCase() || 'nothing');
    });
}

/** The message lines that say something: which place they are in, their role and their text. */
function messages(): Promise<{ place: string; role: string | null; text: string; inView: boolean }[]> {
  return bar()
    .locator('.messages > p')
    .evaluateAll((lines) =>
      lines
        .filter((l) => (l.textContent ?? '') !== '')
        .map((l) => {
          const r = l.getBoundingClientRect();
          return {
            place: l.parentElement?.id ?? '',
            role: l.getAttribute('role'),
            text: l.textContent ?? '',
            // Within a pixel: layout works in fractions of one.
            inView: r.top >= -1 && r.bottom <= window.innerHeight + 1 && r.height > 0,
          };
        }),
    );
}

/**
 * Waits until a message line says `text`; returns where it is and its role, as "messages-keep
 * status", with " out of view" when it is not all in sight. No other line may say anything.
 */
async function message(text: string | RegExp): Promise<string> {
  await bar().locator('.messages > p').filter({ hasText: text }).waitFor();
  const [shown, ...others] = await messages();
  expect(others).toEqual([]);
  return `${shown.place} ${shown.role}${shown.inView ? '' : ' out of view'}`;
}

/** Holds every server call back until the returned function is called. */
async function holdCalls(): Promise<() => Promise<void>> {
  let release = (): void => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const held: Promise<void>[] = [];
  await playground.watched.page.route('**/api/run', (route) => {
    held.push(gate.then(() => route.continue()));
  });
  return async () => {
    release();
    await Promise.all(held);
    await playground.watched.page.unroute('**/api/run');
  };
}

test('the start, with no canvas yet: no violations', async () => {
  await bar().getByTestId('choose-view').waitFor();
  expect(await violations()).toEqual([]);
});

test('Create: the focus lands on the first step, and "ready" is announced beside the entries', async () => {
  await bar().getByTestId('new-canvas-name').fill('Tea Cart');
  await bar().getByTestId('new-canvas-name').press('Enter');
  await bar().getByTestId('canvas-view').waitFor();
  expect(await message('The new canvas is ready.')).toBe('messages-canvas status');
  expect(await focused()).toBe('step-title');
  expect(await bar().getByTestId('step-title').textContent()).toBe('1 of 9 · Customer Segments');
});

test('each of the nine steps: no violations, and each step button is named by its visible text first', async () => {
  for (const code of STEPS) {
    await bar().getByTestId(`step-${code}`).click();
    expect([code, await violations()]).toEqual([code, []]);
  }
  await bar().getByRole('button', { name: 'CS 0 (Customer Segments: empty)', exact: true }).waitFor();
});

test('the arrow keys, Home and End move along the step strip, which is one Tab stop', async () => {
  await bar().getByTestId('step-CS').click();
  expect(await focused()).toBe('step-title');
  const tabStops = () =>
    bar()
      .getByTestId('steps')
      .locator('button')
      .evaluateAll((bs) =>
        bs.filter((b) => (b as HTMLElement).tabIndex === 0).map((b) => b.getAttribute('data-testid')),
      );
  expect(await tabStops()).toEqual(['step-CS']);
  await bar().getByTestId('step-CS').focus();
  const keys: [string, string][] = [
    ['ArrowRight', 'step-VP'],
    ['ArrowRight', 'step-CH'],
    ['ArrowLeft', 'step-VP'],
    ['End', 'step-CO'],
    ['ArrowRight', 'step-CS'],
    ['ArrowLeft', 'step-CO'],
    ['Home', 'step-CS'],
    ['ArrowDown', 'step-VP'],
  ];
  for (const [key, to] of keys) {
    await playground.watched.page.keyboard.press(key);
    expect([key, await focused()]).toEqual([key, to]);
  }
  expect(await tabStops()).toEqual(['step-VP']);
  await playground.watched.page.keyboard.press('Enter');
  await bar().getByTestId('step-title').filter({ hasText: 'Value Propositions' }).waitFor();
  expect(await focused()).toBe('step-title');
});

test('Enter adds a one-line note; Shift+Enter starts a new line in it', async () => {
  await goToSidebarBlock(bar(), 'Customer Segments');
  const field = bar().getByTestId('field-text');
  await field.fill('Commuters');
  await field.press('Enter');
  await item('Commuters').waitFor();
  expect(await message('Added "Commuters" to Customer Segments.')).toBe('messages-canvas status');
  expect(await focused()).toBe('field-text');
  await field.type('Students');
  await field.press('Shift+Enter');
  await field.type('and their parents');
  expect(await field.inputValue()).toBe('Students\nand their parents');
  await field.press('Enter');
  await item('Students\nand their parents').waitFor();
  expect(await bar().getByTestId('item-text').allTextContents()).toEqual(['Commuters', 'Students\nand their parents']);
});

test('an entry being edited: no violations', async () => {
  await item('Commuters').getByTestId('item-edit').click();
  await bar().getByTestId('cancel-edit').waitFor();
  expect(await violations()).toEqual([]);
  await bar().getByTestId('cancel-edit').click();
  expect(await focused()).toBe('item-edit');
});

test('while a call runs the status line says "Working…", and the control pressed keeps the focus', async () => {
  const refresh = bar().getByTestId('refresh');
  await refresh.focus();
  const release = await holdCalls();
  await refresh.press('Enter');
  expect(await message('Working…')).toBe('messages-top status');
  expect(await focused()).toBe('refresh');
  expect(await refresh.evaluate((b) => [(b as HTMLButtonElement).disabled, b.getAttribute('aria-disabled')])).toEqual([
    false,
    'true',
  ]);
  // The others are held back meanwhile.
  expect(await bar().getByTestId('open-gallery').isDisabled()).toBe(true);
  expect(await bar().locator('body').getAttribute('aria-busy')).toBe('true');
  await release();
  await bar().locator('body:not([aria-busy])').waitFor();
  expect(await messages()).toEqual([]);
  expect(await focused()).toBe('refresh');
  expect(await refresh.getAttribute('aria-disabled')).toBe(null);
});

/**
 * Presses `key` until the focus leaves the canvas view's block (at most `limit` times); returns the
 * elements the KPI card overlapped when they had the focus.
 */
async function coveredByKpis(key: string, limit: number): Promise<string[]> {
  const covered: string[] = [];
  for (let i = 0; i < limit; i++) {
    await playground.watched.page.keyboard.press(key);
    const seen = await bar()
      .locator('body')
      .evaluate(() => {
        const a = document.activeElement;
        const card = document.querySelector('.kpis')?.getBoundingClientRect();
        if (!a || !card || !document.querySelector('#canvas section.step')?.contains(a)) return null;
        const r = a.getBoundingClientRect();
        const overlaps = r.top < card.bottom && r.bottom > card.top && r.left < card.right && r.right > card.left;
        return { name: a.getAttribute('data-testid') ?? a.tagName, overlaps };
      });
    if (seen === null) break;
    if (seen.overlaps) covered.push(seen.name);
  }
  return covered;
}

test('at 1366×768 the sticky KPI card covers no element the Tab key reaches, forwards or back', async () => {
  await goToSidebarBlock(bar(), 'Revenue Streams');
  await bar().getByTestId('step-title').focus();
  expect(await coveredByKpis('Tab', 40)).toEqual([]);
  // The page did scroll under the card, so the check means something.
  expect(
    await bar()
      .locator('body')
      .evaluate(() => window.scrollY),
  ).toBeGreaterThan(100);
  await bar().getByTestId('next-step').focus();
  expect(await coveredByKpis('Shift+Tab', 40)).toEqual([]);
});

test('field edges and focus rings stand out at least 3:1 from the page behind them', async () => {
  await goToSidebarBlock(bar(), 'Revenue Streams');
  await bar().getByTestId('step-title').focus();
  const weak: string[] = [];
  let seen = 0;
  for (let i = 0; i < 40; i++) {
    await playground.watched.page.keyboard.press('Tab');
    const found = await bar()
      .locator('body')
      .evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        if (!a || !document.querySelector('#canvas section.step')?.contains(a)) return null;
        const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
        const luminance = (css: string) => {
          const [r, g, b] = rgb(css).map((v) => {
            const c = v / 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const ratio = (x: string, y: string) => {
          const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p);
          return (hi + 0.05) / (lo + 0.05);
        };
        // What shows behind the element: the first ancestor with a background of its own.
        let behind = 'rgb(255, 255, 255)';
        for (let n = a.parentElement; n; n = n.parentElement) {
          const bg = getComputedStyle(n).backgroundColor;
          if (rgb(bg).length === 3 || (rgb(bg)[3] ?? 0) > 0) {
            behind = bg;
            break;
          }
        }
        const style = getComputedStyle(a);
        const name = a.getAttribute('data-testid') ?? a.tagName;
        const problems: string[] = [];
        if (style.outlineStyle === 'none') problems.push(`${name}: no focus ring`);
        else if (ratio(style.outlineColor, behind) < 3) problems.push(`${name}: focus ring ${style.outlineColor}`);
        if (a.matches('input, select, textarea') && ratio(style.borderTopColor, behind) < 3)
          problems.push(`${name}: edge ${style.borderTopColor}`);
        return problems;
      });
    if (found === null) break;
    seen += 1;
    weak.push(...found);
  }
  // The stream form's five fields, its button, the step's questions and the Back and Next buttons at least.
  expect(seen).toBeGreaterThanOrEqual(9);
  expect(weak).toEqual([]);
});

test('the gallery with a template chosen: no violations; New canvas from template puts the focus on its first step', async () => {
  await bar().getByRole('button', { name: 'Templates' }).click();
  expect(await focused()).toBe('gallery-title');
  await bar().getByTestId('template-choice').first().click();
  await bar().getByTestId('template-detail').waitFor();
  expect(await violations()).toEqual([]);
  await bar().getByTestId('template-new').click();
  await bar().getByTestId('canvas-view').waitFor();
  expect(await message(/^Made the canvas ".+" from the template/)).toBe('messages-canvas status');
  expect(await focused()).toBe('step-title');
  expect(await violations()).toEqual([]);
});

test('the what-if panel: Apply and Keep keep the focus and say so beside the button, each time', async () => {
  await bar().getByRole('button', { name: 'What-if' }).click();
  await bar().getByLabel('Price change, %').fill('10');
  await bar().getByLabel('Price change, %').press('Enter');
  expect(await message('Applied: the sheet now follows the "What-if" scenario.')).toBe('messages-whatif status');
  expect(await focused()).toBe('whatif-price');
  expect(await violations()).toEqual([]);

  const keep = bar().getByTestId('whatif-keep');
  await bar().getByLabel('Scenario name').fill('Price up');
  await keep.click();
  expect(await message('Added the scenario "Price up", now the active one on the sheet. Room for 1 more.')).toBe(
    'messages-keep status',
  );
  expect(await focused()).toBe('whatif-keep');
  // The what-if not kept makes room for one more; then there is none.
  await bar().getByLabel('Scenario name').fill('Price way up');
  await keep.click();
  expect(await message(/^Added the scenario "Price way up".* No room is left for another\.$/)).toBe(
    'messages-keep status',
  );
  await bar().getByLabel('Scenario name').fill('Price sky high');
  await keep.click();
  await bar().locator('body:not([aria-busy])').waitFor();
  // No room for a sixth scenario: the refusal is said beside the button, not out of sight.
  expect(await message(/^There is no free scenario column for "Price sky high"/)).toBe('messages-keep alert');
  expect(await focused()).toBe('whatif-keep');
});

test('a figure refused: the alert is beside the fields, and no violations', async () => {
  await bar().getByLabel('Volume change, %').fill('lots');
  await bar().getByRole('button', { name: 'Apply' }).click();
  expect(await message('Please correct the marked field.')).toBe('messages-whatif alert');
  expect(await focused()).toBe('whatif-volume');
  expect(await violations()).toEqual([]);
  await bar().getByLabel('Volume change, %').fill('0');
  await bar().getByTestId('close-whatif').click();
  expect(await focused()).toBe('open-whatif');
});

test('import and export open, after a file that is not a canvas: no violations, the alert beside the file field', async () => {
  await bar().getByText('Import and export').click();
  await bar()
    .getByTestId('import-file')
    .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"name": 5}') });
  await bar().getByTestId('import-errors').locator('li').first().waitFor();
  expect(await message('"notes.json" is not a canvas this add-on can read:')).toBe('messages-files alert');
  expect(await violations()).toEqual([]);
});
