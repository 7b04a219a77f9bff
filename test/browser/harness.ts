/**
 * What the browser tests share: Debian's Chromium with a recording page (see
 * src/local/playground/chromium.ts), a playground server on a free port with its own state file,
 * and small steps a user takes in the page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import type { SheetSnapshot } from '../../src/local/emulator/snapshot';
import {
  launchChromium as launchBrowser,
  openPlaygroundPage,
  watchedPage,
  type WatchedPage,
} from '../../src/local/playground/chromium';
import { startPlayground, type Playground } from '../../src/local/playground/server';

export type { WatchedPage };
export { serverCallsOf, sidebarSettled } from '../../src/local/playground/chromium';

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

export async function openPlayground(browser: Browser, url: string): Promise<WatchedPage> {
  const watched = await watchedPage(browser, STEP_TIMEOUT_MS);
  await openPlaygroundPage(watched, url);
  return watched;
}

/** The td that shows a cell of the sheet on screen. */
export function cell(page: Page, a1: string): Locator {
  return page.locator(`.grid td[data-a1="${a1}"]`);
}

/** The sidebar's entry whose text is exactly `text`. */
export function sidebarItem(bar: FrameLocator, text: string): Locator {
  return bar.getByTestId('item').filter({ has: bar.getByTestId('item-text').getByText(text, { exact: true }) });
}

/** Jumps to a block's step of guided entry and waits until it shows. */
export async function goToSidebarBlock(bar: FrameLocator, title: string): Promise<void> {
  await bar.getByRole('button', { name: new RegExp(`^${title}:`) }).click();
  await bar.getByTestId('step-title').filter({ hasText: title }).waitFor();
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
 * Every way the grid on the page differs from `sheet`: text, colours, weight, size, wrapping,
 * notes, text running on over empty neighbours, borders, merges, column widths, frozen rows.
 */
export async function gridDifferences(page: Page, sheet: SheetSnapshot): Promise<string[]> {
  return page.evaluate((s) => {
    const found: string[] = [];
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
      if (c.format?.background && style.backgroundColor !== rgb(c.format.background))
        found.push(`${c.a1} background ${style.backgroundColor}`);
      if (c.format?.fontColor && style.color !== rgb(c.format.fontColor)) found.push(`${c.a1} colour ${style.color}`);
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
  }, sheet);
}
