/**
 * The playground's state file at start: missing, damaged or not a workbook, it gives a clear
 * message and a fresh workbook, and a damaged file is kept aside untouched. Driven over the
 * server's own HTTP API, no browser needed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from '../../src/local/emulator/snapshot';
import type { EditResponse, PageView, WorkbookView } from '../../src/local/playground/protocol';
import { startTestPlayground, tempFolder, type TestPlayground } from './harness';

jest.setTimeout(30_000);

const folder = tempFolder('state');
const servers: TestPlayground[] = [];
const clock = new Date('2026-03-04T05:06:07.089Z');

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  folder.remove();
});

async function start(statePath: string): Promise<TestPlayground> {
  const server = await startTestPlayground(statePath, clock);
  servers.push(server);
  return server;
}

async function workbook(server: TestPlayground): Promise<WorkbookView> {
  return (await (await fetch(`${server.url}api/workbook`)).json()) as WorkbookView;
}

function post(server: TestPlayground, path: string, body: unknown): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function edit(server: TestPlayground, row: number, column: number, text: string): Promise<EditResponse> {
  const sheetId = (await workbook(server)).activeSheetId;
  return (await (await post(server, 'api/edit', { sheetId, row, column, text })).json()) as EditResponse;
}

test('a missing state file: a fresh workbook, saved as soon as something changes', async () => {
  const statePath = join(folder.path, 'missing', 'state.json');
  const server = await start(statePath);
  expect(server.log).toEqual([`No saved playground at ${statePath}: starting with a fresh workbook.`]);
  expect((await workbook(server)).tabs.map((t) => t.name)).toEqual(['Sheet1']);
  expect(existsSync(statePath)).toBe(false);

  expect(await edit(server, 2, 3, '=6*7')).toEqual({ ok: true, revision: 1 });
  const saved = JSON.parse(readFileSync(statePath, 'utf8'));
  expect(saved.sheets[0].cells).toEqual([
    expect.objectContaining({ a1: 'C2', formula: '=6*7', value: 42, display: '42' }),
  ]);
});

test('an edit that changes nothing leaves the revision and the file alone', async () => {
  const statePath = join(folder.path, 'unchanged', 'state.json');
  const server = await start(statePath);
  expect(await edit(server, 1, 1, 'same')).toEqual({ ok: true, revision: 1 });
  const savedAt = readFileSync(statePath, 'utf8');
  writeFileSync(statePath, savedAt.replace('"same"', '"same"  '));
  expect(await edit(server, 1, 1, 'same')).toEqual({ ok: true, revision: 1 });
  expect(readFileSync(statePath, 'utf8')).not.toBe(savedAt);
});

test.each([
  ['not JSON at all', '{"version": 1, "sheets": [', /could not be read \(.*JSON.*\)/],
  ['JSON that is not a workbook', '{"hello": "world"}', /could not be read \(it does not hold a saved workbook\)/],
  [
    'a workbook in a format this version does not read',
    '{"version": 99, "sheets": []}',
    /saved in workbook format 99, and this version reads format 1/,
  ],
])('a state file holding %s is kept aside and the playground starts fresh', async (_what, content, reason) => {
  const dir = join(folder.path, String(content.length));
  const statePath = join(dir, 'state.json');
  const aside = `${statePath}.bad-20260304T050607089Z`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(statePath, content);

  const server = await start(statePath);
  expect(server.log).toHaveLength(1);
  expect(server.log[0]).toMatch(reason);
  expect(server.log[0]).toContain(`It was kept as ${aside}, and the playground starts with a fresh workbook.`);
  expect(readdirSync(dir).sort()).toEqual(['state.json.bad-20260304T050607089Z', 'state.json.lock']);
  expect(readFileSync(aside, 'utf8')).toBe(content);
  expect((await workbook(server)).tabs.map((t) => t.name)).toEqual(['Sheet1']);

  await edit(server, 1, 1, 'kept');
  expect(readdirSync(dir).sort()).toEqual(['state.json', 'state.json.bad-20260304T050607089Z', 'state.json.lock']);
});

describe('a damaged saved workbook', () => {
  const damaged = join(folder.path, 'damaged');
  let saved: WorkbookSnapshot;

  beforeAll(async () => {
    // A real saved workbook: the add-on's canvas, made through the playground's own menu.
    const statePath = join(damaged, 'made', 'state.json');
    const server = await startTestPlayground(statePath, clock);
    const made = await post(server, 'api/menu', {
      functionName: 'menuNewCanvas',
      answers: [{ button: 'OK', text: 'Acme' }],
    });
    expect(made.status).toBe(200);
    await server.close();
    saved = JSON.parse(readFileSync(statePath, 'utf8')) as WorkbookSnapshot;
  });

  const acme = (w: WorkbookSnapshot) => w.sheets.find((s) => s.name === 'Acme') as SheetSnapshot;
  const merge = { row: 2, column: 2, numRows: 1, numColumns: 3, a1: 'B2:D2' };
  const cases: [string, (w: WorkbookSnapshot) => void, string][] = [
    [
      'an empty sheet list',
      (w) => {
        w.sheets = [];
      },
      'the list of sheets is empty, and a spreadsheet has at least one sheet',
    ],
    [
      'a duplicated merge',
      (w) => {
        acme(w).merges.push(merge, { ...merge });
      },
      'the sheet "Acme", merge 2, overlaps merge 1',
    ],
    [
      'a cell at row 1e9',
      (w) => {
        acme(w).cells.push({ ...acme(w).cells[0], row: 1e9, a1: 'A1000000000' });
      },
      'row, is 1000000000, not a whole number from 1 to',
    ],
    [
      'a negative row',
      (w) => {
        acme(w).cells[0].row = -3;
      },
      'row, is -3, not a whole number from 1 to',
    ],
    [
      'a formula that does not start with "="',
      (w) => {
        const withFormula = acme(w).cells.find((c) => c.formula !== undefined) as CellSnapshot;
        withFormula.formula = 'SUM(E20:E21';
      },
      'formula, is "SUM(E20:E21", which does not start with "="',
    ],
    [
      'a broken canvas marker',
      (w) => {
        acme(w).metadata[0].value = '{"version": 1, "prefix":';
      },
      'The canvas marker of "Acme" is damaged',
    ],
  ];

  test.each(cases)('%s: kept aside, a fresh start, and the page says so', async (what, damage, reason) => {
    const dir = join(damaged, what.replace(/\W+/g, '-'));
    const statePath = join(dir, 'state.json');
    const broken = JSON.parse(JSON.stringify(saved)) as WorkbookSnapshot;
    damage(broken);
    mkdirSync(dir, { recursive: true });
    const content = JSON.stringify(broken);
    writeFileSync(statePath, content);

    const started = Date.now();
    const server = await start(statePath);
    expect(Date.now() - started).toBeLessThan(15_000);
    const aside = `${statePath}.bad-20260304T050607089Z`;
    expect(server.log).toHaveLength(1);
    expect(server.log[0]).toContain(`The saved playground at ${statePath} could not be read (`);
    expect(server.log[0]).toContain(reason);
    expect(server.log[0]).toContain(`It was kept as ${aside}, and the playground starts with a fresh workbook.`);
    expect(readFileSync(aside, 'utf8')).toBe(content);

    const page = (await (await fetch(server.url)).text()) as string;
    expect(page).toMatch(/<div id="start-notice"[^>]*role="alert"[^>]*hidden>/);
    const view = (await (await fetch(`${server.url}api/page`)).json()) as PageView;
    expect(view.notice).toBe(server.log[0]);
    expect(view.workbook.tabs.map((t) => t.name)).toEqual(['Sheet1']);
    expect(view.sidebarTitle).not.toBeNull();
  });

  test('the saved workbook itself loads, with no notice', async () => {
    const statePath = join(damaged, 'intact', 'state.json');
    mkdirSync(dirname(statePath), { recursive: true });
    writeFileSync(statePath, `\uFEFF${JSON.stringify(saved)}`);
    const server = await start(statePath);
    expect(server.log).toEqual([`Loaded the saved playground from ${statePath}.`]);
    const view = (await (await fetch(`${server.url}api/page`)).json()) as PageView;
    expect(view.notice).toBeNull();
    expect(view.workbook.tabs.map((t) => t.name)).toEqual(saved.sheets.map((s) => s.name));
  });
});

describe('one playground per state file', () => {
  test('a second playground on the same file refuses, naming the file and the way out', async () => {
    const statePath = join(folder.path, 'shared', 'state.json');
    const first = await startTestPlayground(statePath, clock);
    expect(await edit(first, 1, 1, 'first')).toEqual({ ok: true, revision: 1 });
    const savedByFirst = readFileSync(statePath, 'utf8');

    const second = startTestPlayground(statePath, clock);
    await expect(second).rejects.toThrow(
      `Another playground (process ${process.pid}) is using ${statePath}, and two would overwrite each other's work. ` +
        'Stop that one first, or give this one a file of its own: BMC_STATE=.playground/other.json npm start. ' +
        `(If no playground is running, delete ${statePath}.lock.)`,
    );
    expect(readFileSync(statePath, 'utf8')).toBe(savedByFirst);
    expect(await edit(first, 1, 2, 'still saving')).toEqual({ ok: true, revision: 2 });

    await first.close();
    expect(existsSync(`${statePath}.lock`)).toBe(false);
    const third = await start(statePath);
    expect(third.log).toEqual([`Loaded the saved playground from ${statePath}.`]);
  });

  test('a lock left by a playground that has ended is taken over', async () => {
    const statePath = join(folder.path, 'stale', 'state.json');
    mkdirSync(dirname(statePath), { recursive: true });
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    writeFileSync(`${statePath}.lock`, `${ended.stdout}\n`);
    const server = await start(statePath);
    expect(readFileSync(`${statePath}.lock`, 'utf8')).toBe(`${process.pid}\n`);
    expect(await edit(server, 1, 1, 'mine')).toEqual({ ok: true, revision: 1 });
  });
});

test('saves go through a temporary file of their own and leave nothing else behind', async () => {
  const dir = join(folder.path, 'atomic');
  const statePath = join(dir, 'state.json');
  // What an older playground left half-written under its one fixed temporary name.
  mkdirSync(`${statePath}.writing`, { recursive: true });
  const server = await start(statePath);
  for (let i = 1; i <= 3; i++) expect(await edit(server, i, 1, `line ${i}`)).toEqual({ ok: true, revision: i });
  expect(readdirSync(dir).sort()).toEqual(['state.json', 'state.json.lock', 'state.json.writing']);
  const cells = (JSON.parse(readFileSync(statePath, 'utf8')) as WorkbookSnapshot).sheets[0].cells;
  expect(cells.map((c) => c.literal)).toEqual(['line 1', 'line 2', 'line 3']);
});
