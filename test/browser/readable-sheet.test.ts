/**
 * Nothing on a canvas, its what-ifs, the Compare sheet or a poster is cut off or broken mid-word, on a
 * 1366×768 laptop and on a 1920×1080 screen: the playground draws each sheet as Sheets would, and
 * every cell's text is measured in the drawn grid against the room its cell gives it (its column,
 * the empty cells unwrapped text runs on over, the height of its row). The pictures go to
 * test-output/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { listTemplates } from '../../src/core/patterns';
import type { MenuResponse, RunResponse, WorkbookView } from '../../src/local/playground/protocol';
import {
  launchChromium,
  SCREENSHOTS,
  STEP_TIMEOUT_MS,
  startTestPlayground,
  tempFolder,
  type TestPlayground,
} from './harness';

jest.setTimeout(240_000);

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
/** Every template: their names, categories, streams and amounts are what a user would type. */
const TEMPLATES = listTemplates().map((t) => t.id);

const folder = tempFolder('readable');
let browser: Browser;
let server: TestPlayground;

async function post<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as T;
}

async function tabs(): Promise<WorkbookView['tabs']> {
  return ((await (await fetch(`${server.url}api/workbook`)).json()) as WorkbookView).tabs;
}

beforeAll(async () => {
  browser = await launchChromium();
  server = await startTestPlayground(join(folder.path, 'state.json'));
  for (const id of TEMPLATES) {
    const made = await post<RunResponse>('api/run', { name: 'newCanvasFromTemplate', args: [{ id }] });
    if (!made.ok) throw new Error(`${id}: ${made.message}`);
  }
  const compared = await post<MenuResponse>('api/menu', {
    functionName: 'menuCompareCanvases',
    answers: [{ button: 'OK', text: '' }],
  });
  if (compared.kind !== 'done') throw new Error(`Compare canvases: ${JSON.stringify(compared)}`);
  const first = (await tabs()).find((t) => t.name.startsWith('Pixelnook'));
  if (!first) throw new Error('No Pixelnook canvas');
  await post('api/activate', { sheetId: first.id });
  const poster = await post<MenuResponse>('api/menu', { functionName: 'menuPoster', answers: [] });
  if (poster.kind !== 'done') throw new Error(`Poster: ${JSON.stringify(poster)}`);
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  folder.remove();
});

/** The page at `size` with `sheetId` drawn. */
async function pageOn(sheetId: number, size: { width: number; height: number }): Promise<Page> {
  await post('api/activate', { sheetId });
  const page = await browser.newPage({ viewport: size, locale: 'en-US' });
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  await page.goto(server.url);
  await page.locator('body[data-ready="true"]').waitFor();
  return page;
}

/**
 * Every cell of the drawn grid whose text does not fit the room it has: wider than its column
 * (or than the empty cells it runs on over), taller than its row, or a word broken across two lines.
 */
function cutCells(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const px = (v: string) => parseFloat(v) || 0;
    for (const td of Array.from(document.querySelectorAll<HTMLTableCellElement>('.grid td[data-a1]'))) {
      const text = td.textContent ?? '';
      if (text.trim() === '') continue;
      const a1 = td.dataset.a1;
      const style = getComputedStyle(td);
      const box = td.getBoundingClientRect();
      const left = box.left + px(style.borderLeftWidth) + px(style.paddingLeft);
      let right = box.right - px(style.borderRightWidth) - px(style.paddingRight);
      const bottom = box.bottom - px(style.borderBottomWidth);
      const holder = td.querySelector('span.spill') ?? td;
      if (holder !== td) {
        // Unwrapped text runs on over the empty cells to its right, up to the next that shows something.
        for (let next = td.nextElementSibling; next instanceof HTMLTableCellElement; next = next.nextElementSibling) {
          if ((next.textContent ?? '').trim() !== '') break;
          right = next.getBoundingClientRect().right;
        }
      }
      const node = holder.firstChild;
      if (!(node instanceof Text)) continue;
      // Each word's boxes: a word may end a line after a hyphen, a dash or a slash, never elsewhere.
      const words = [...node.data.matchAll(/[^\s\-–—/]*[-–—/]+|[^\s\-–—/]+/g)].map((word) => {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        return { word: word[0], boxes: Array.from(range.getClientRects()).filter((r) => r.width > 0) };
      });
      const boxes = words.flatMap((w) => w.boxes);
      if (boxes.length === 0) continue;
      const textLeft = Math.min(...boxes.map((r) => r.left));
      const textRight = Math.max(...boxes.map((r) => r.right));
      const textBottom = Math.max(...boxes.map((r) => r.bottom));
      const room = Math.round(right - left);
      if (textRight > right + 0.5 || textLeft < left - 0.5) {
        found.push(`${a1} "${text}" is cut off: ${Math.ceil(textRight - textLeft)}px of text in ${room}px`);
        continue;
      }
      if (textBottom > bottom + 0.5) found.push(`${a1} "${text}" is cut off at the bottom of its row`);
      for (const { word, boxes: parts } of words) {
        if (new Set(parts.map((r) => Math.round(r.top))).size > 1)
          found.push(`${a1} "${text}" breaks "${word}" across lines in ${room}px`);
      }
    }
    return found;
  });
}

/** Scrolls the grid so that cell `a1` is at the top left, and saves the picture. */
async function shoot(page: Page, a1: string, file: string): Promise<void> {
  await page.evaluate((at) => {
    const td = document.querySelector(`.grid td[data-a1="${at}"]`);
    const scroller = document.querySelector('.grid-scroller');
    if (!td || !scroller) throw new Error(`No cell ${at}`);
    const cellBox = td.getBoundingClientRect();
    const frame = scroller.getBoundingClientRect();
    scroller.scrollLeft += cellBox.left - frame.left - 46;
    scroller.scrollTop += cellBox.top - frame.top - 60;
  }, a1);
  await page.screenshot({ path: join(SCREENSHOTS, file) });
}

for (const size of SIZES) {
  const tag = `${size.width}x${size.height}`;

  test(`at ${tag} every canvas, with its what-ifs, shows all its text whole`, async () => {
    const canvases = (await tabs()).filter(
      (t) => !['Compare', 'Sheet1'].includes(t.name) && !t.name.endsWith('poster'),
    );
    expect(canvases).toHaveLength(TEMPLATES.length);
    const problems: string[] = [];
    for (const canvas of canvases) {
      const page = await pageOn(canvas.id, size);
      problems.push(...(await cutCells(page)).map((p) => `${canvas.name}!${p}`));
      if (canvas.name.startsWith('Pixelnook')) {
        await shoot(page, 'A1', `readable-canvas-${tag}.png`);
        const whatIf = page.locator('.grid td', { hasText: /^What-ifs$/ }).first();
        await shoot(page, (await whatIf.getAttribute('data-a1')) ?? 'A1', `readable-whatif-${tag}.png`);
      }
      await page.close();
    }
    expect(problems).toEqual([]);
  });

  test(`at ${tag} the Compare sheet shows all its text whole`, async () => {
    const compare = (await tabs()).find((t) => t.name === 'Compare');
    if (!compare) throw new Error('No Compare sheet');
    const page = await pageOn(compare.id, size);
    const problems = await cutCells(page);
    await shoot(page, 'A1', `readable-compare-${tag}.png`);
    await page.close();
    expect(problems).toEqual([]);
  });
}

test('the poster shows every note whole, and is saved as a picture at both sizes', async () => {
  const poster = (await tabs()).find((t) => t.name.endsWith('– poster'));
  if (!poster) throw new Error('No poster sheet');
  for (const size of SIZES) {
    const page = await pageOn(poster.id, size);
    const problems = await cutCells(page);
    await shoot(page, 'A1', `readable-poster-${size.width}x${size.height}.png`);
    await page.close();
    expect(problems).toEqual([]);
  }
});
