/**
 * What the browser tests share: Debian's Chromium with a recording page (see
 * src/local/playground/chromium.ts), a playground server on a free port with its own state file,
 * and small steps a user takes in the page.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import type { WorkbookView } from '../../src/local/playground/protocol';
import {
  launchChromium as launchBrowser,
  openPlaygroundPage,
  sidebarFrame,
  watchedPage,
  type WatchedPage,
} from '../../src/local/playground/chromium';
import { startPlayground, type Playground } from '../../src/local/playground/server';

export type { WatchedPage };
export { goToSidebarBlock, serverCallsOf, sidebarSettled } from '../../src/local/playground/chromium';

export const ROOT = join(__dirname, '..', '..');

/**
 * Where the browser tests leave their pictures, to look at after a run. Git ignores it: tests never
 * write into tracked files (the README's pictures come from `npm run screenshots`).
 */
export const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');

/** How long one browser step may take before the test fails (generous for a loaded CI machine). */
export const STEP_TIMEOUT_MS = 15_000;

export function launchChromium(): Promise<Browser> {
  return launchBrowser(STEP_TIMEOUT_MS);
}

/** A folder of its own for a test file's state, removed by the returned function. */
export function tempFolder(name: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), `bmc-${name}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export interface TestPlayground extends Playground {
  /** What the server printed, in order. */
  log: string[];
}

export async function startTestPlayground(statePath: string, now = new Date()): Promise<TestPlayground> {
  const log: string[] = [];
  const playground = await startPlayground({ root: ROOT, port: 0, statePath, now: () => now, log: (m) => log.push(m) });
  return { ...playground, log };
}

/**
 * For one test file: Chromium, a playground with a state file of its own and a page open on it,
 * started before the file's tests and stopped after them.
 */
export function playgroundForTests(name: string): { readonly server: TestPlayground; readonly watched: WatchedPage } {
  const folder = tempFolder(name);
  let browser: Browser | undefined;
  const started: { server?: TestPlayground; watched?: WatchedPage } = {};
  beforeAll(async () => {
    browser = await launchChromium();
    started.server = await startTestPlayground(join(folder.path, 'state.json'));
    started.watched = await openPlayground(browser, started.server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await started.server?.close();
    folder.remove();
  });
  const mustHave = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The playground starts before the tests');
    return value;
  };
  return {
    get server() {
      return mustHave(started.server);
    },
    get watched() {
      return mustHave(started.watched);
    },
  };
}

export async function openPlayground(browser: Browser, url: string): Promise<WatchedPage> {
  const watched = await watchedPage(browser, STEP_TIMEOUT_MS);
  await openPlaygroundPage(watched, url);
  return watched;
}

/** A test file's own playground, open in Chromium for all its tests; read its parts once they have started. */
export interface PlaygroundForFile {
  readonly server: TestPlayground;
  readonly watched: WatchedPage;
  /** The sidebar's frame. */
  bar(): FrameLocator;
}

/**
 * Starts a playground with a fresh state file (in a folder named after `name`) and opens it in
 * Chromium before the file's tests, and closes all of it after them.
 */
export function playgroundForFile(name: string): PlaygroundForFile {
  const folder = tempFolder(name);
  let browser: Browser | undefined;
  let server: TestPlayground | undefined;
  let watched: WatchedPage | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    server = await startTestPlayground(join(folder.path, 'state.json'));
    watched = await openPlayground(browser, server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    folder.remove();
  });
  const started = <T>(part: T | undefined): T => {
    if (part === undefined) throw new Error('The playground has not started yet');
    return part;
  };
  return {
    get server() {
      return started(server);
    },
    get watched() {
      return started(watched);
    },
    bar: () => sidebar(started(watched).page),
  };
}

/** The td that shows a cell of the sheet on screen. */
export function cell(page: Page, a1: string): Locator {
  return page.locator(`.grid td[data-a1="${a1}"]`);
}

/** The sidebar's entry whose text is exactly `text`. */
export function sidebarItem(bar: FrameLocator, text: string): Locator {
  return bar.getByTestId('item').filter({ has: bar.getByTestId('item-text').getByText(text, { exact: true }) });
}

export function sidebar(page: Page): FrameLocator {
  return page.frameLocator('#sidebar-frame');
}

/** Selects a cell, types `text` into it and presses Enter, as a user would. */
export async function typeIntoCell(page: Page, a1: string, text: string): Promise<void> {
  await cell(page, a1).dblclick();
  const editor = page.locator('.cell-editor');
  await editor.fill(text);
  await editor.press('Enter');
}

/** Runs a menu command whose one prompt is answered with `answer` (OK) or cancelled (null). */
export async function runMenuWithPrompt(page: Page, command: string, answer: string | null): Promise<void> {
  await page.getByRole('button', { name: command, exact: true }).click();
  const dialog = page.getByRole('dialog');
  if (answer === null) {
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  } else {
    await dialog.getByRole('textbox').fill(answer);
    await dialog.getByRole('button', { name: 'OK' }).click();
  }
}

/**
 * The element's text once it equals `expected`, or its text when the step's time is up: the page
 * redraws after each server call, so a read right after an action may come too early.
 */
export async function settledText(
  locator: Locator,
  expected: string,
  timeout = STEP_TIMEOUT_MS,
): Promise<string | null> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = (await locator.count()) > 0 ? await locator.first().textContent() : null;
    if (text === expected || Date.now() > deadline) return text;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Every way the grid on the page differs from the view's sheet: text, colours (a conditional
 * format's over the cell's own), weight, size, wrapping, notes, text running on over empty
 * neighbours, borders, merges, column widths, frozen rows.
 */
export async function gridDifferences(
  page: Page,
  view: Pick<WorkbookView, 'sheet' | 'conditionalColours'>,
): Promise<string[]> {
  return page.evaluate(({ sheet: s, conditionalColours }) => {
    const found: string[] = [];
    const conditional = new Map(conditionalColours.map((x) => [`${x.row}:${x.column}`, x]));
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    const td = (a1: string) => document.querySelector<HTMLTableCellElement>(`.grid td[data-a1="${a1}"]`);
    const letters = (column: number): string => {
      let text = '';
      for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
      return text;
    };
    const byPosition = new Map(s.cells.map((x) => [`${x.row}:${x.column}`, x]));
    const covered = new Set<string>();
    for (const m of s.merges) {
      const anchor = td(m.a1.split(':')[0]);
      if (!anchor) found.push(`no cell for merge ${m.a1}`);
      else if (anchor.colSpan !== m.numColumns) found.push(`${m.a1} spans ${anchor.colSpan} columns`);
      for (let r = m.row; r < m.row + m.numRows; r++) {
        for (let c = m.column; c < m.column + m.numColumns; c++)
          if (r !== m.row || c !== m.column) covered.add(`${r}:${c}`);
      }
    }
    for (const c of s.cells) {
      if (covered.has(`${c.row}:${c.column}`)) continue;
      const el = td(c.a1);
      if (!el) {
        found.push(`${c.a1} missing`);
        continue;
      }
      if ((el.textContent ?? '') !== c.display) found.push(`${c.a1} shows "${el.textContent}", not "${c.display}"`);
      const style = getComputedStyle(el);
      const shown = conditional.get(`${c.row}:${c.column}`);
      const background = shown?.background ?? c.format?.background;
      const fontColor = shown?.fontColor ?? c.format?.fontColor;
      if (background && style.backgroundColor !== rgb(background))
        found.push(`${c.a1} background ${style.backgroundColor}`);
      if (fontColor && style.color !== rgb(fontColor)) found.push(`${c.a1} colour ${style.color}`);
      if ((c.format?.fontWeight === 'bold') !== (style.fontWeight === '700'))
        found.push(`${c.a1} weight ${style.fontWeight}`);
      if (c.format?.fontSize && Math.abs(parseFloat(style.fontSize) - (c.format.fontSize * 4) / 3) > 0.1)
        found.push(`${c.a1} size ${style.fontSize}`);
      if ((c.format?.wrap === true) !== (style.whiteSpace === 'pre-wrap'))
        found.push(`${c.a1} wrapping ${style.whiteSpace}`);
      if ((el.title || undefined) !== c.note) found.push(`${c.a1} note "${el.title}"`);
      if (el.innerHTML.includes('<') && !el.querySelector('span.spill')) found.push(`${c.a1} holds markup`);
      const right = byPosition.get(`${c.row}:${c.column + 1}`);
      if (c.display !== '' && !c.format?.wrap && style.textAlign === 'left' && el.colSpan === 1 && el.rowSpan === 1) {
        const spills = el.querySelector('span.spill') !== null;
        if (spills !== !right?.display)
          found.push(`${c.a1} ${spills ? 'runs over' : 'stops at'} ${right?.a1 ?? 'the empty cell'} to its right`);
      }
      // Each edge is drawn by the cell on its left or above; the first row and column draw their own.
      const drawers: Record<string, [HTMLTableCellElement | null, string]> = {
        right: [el, 'right'],
        bottom: [el, 'bottom'],
        top:
          c.row === 1
            ? [el, 'top']
            : c.row === s.frozenRows + 1
              ? [null, '']
              : [td(`${letters(c.column)}${c.row - 1}`), 'bottom'],
        left: c.column === 1 ? [el, 'left'] : [td(`${letters(c.column - 1)}${c.row}`), 'right'],
      };
      for (const [side, line] of Object.entries(c.borders ?? {})) {
        const [drawer, drawnSide] = drawers[side];
        if (!drawer) continue;
        const drawnStyle = getComputedStyle(drawer);
        const drawn = `${drawnStyle.getPropertyValue(`border-${drawnSide}-color`)} ${drawnStyle.getPropertyValue(`border-${drawnSide}-style`)}`;
        if (!drawn.startsWith(rgb(line.color))) found.push(`${c.a1} ${side} border drawn as ${drawn}`);
      }
    }
    for (const w of s.columnWidths) {
      const col = document.querySelectorAll('.sheet-head col')[w.column] as HTMLElement | undefined;
      if (col?.style.width !== `${w.width}px`) found.push(`column ${w.column} is ${col?.style.width}`);
    }
    const frozen = document.querySelectorAll('.sheet-head tr').length - 1;
    if (frozen !== s.frozenRows) found.push(`${frozen} frozen rows drawn, not ${s.frozenRows}`);
    return found;
  }, view);
}

/**
 * What the message lines of the place `placeId` (e.g. "messages-canvas") say, once they say
 * something, and whether an Undo button follows them.
 */
export async function messageIn(bar: FrameLocator, placeId: string): Promise<{ text: string; undo: boolean }> {
  const place = bar.locator(`#${placeId}`);
  const said = place.locator('p').filter({ hasText: /\S/ }).first();
  await said.waitFor();
  return { text: (await said.textContent()) ?? '', undo: (await place.getByTestId('undo').count()) === 1 };
}

/** The WCAG 2.x levels A and AA, as axe-core tags its rules. */
const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * What axe-core finds against WCAG 2.x A and AA in the sidebar as it is now, one line per rule and
 * element ("color-contrast: #step-title: ..."); empty when it finds nothing.
 */
export async function sidebarViolations(page: Page): Promise<string[]> {
  const frame = sidebarFrame(page);
  if (!(await frame.evaluate<boolean>("typeof window.axe === 'object'"))) {
    // Evaluated rather than added as a script tag, which the sidebar's security policy refuses.
    await frame.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  }
  // The page's own code, as text: this file is compiled without the DOM's types.
  const found = await frame.evaluate<{ id: string; nodes: { target: string[]; failureSummary?: string }[] }[]>(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_AA_TAGS)} } }).then((r) => r.violations)`,
  );
  return found.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
  );
}
