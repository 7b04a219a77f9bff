/**
 * The playground's state file at start: missing, damaged or not a workbook, it gives a clear
 * message and a fresh workbook, and a damaged file is kept aside untouched. Driven over the
 * server's own HTTP API, no browser needed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EditResponse, WorkbookView } from '../../src/local/playground/protocol';
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

async function edit(server: TestPlayground, row: number, column: number, text: string): Promise<EditResponse> {
  const sheetId = (await workbook(server)).activeSheetId;
  const response = await fetch(`${server.url}api/edit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sheetId, row, column, text }),
  });
  return (await response.json()) as EditResponse;
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
  expect(readdirSync(dir)).toEqual(['state.json.bad-20260304T050607089Z']);
  expect(readFileSync(aside, 'utf8')).toBe(content);
  expect((await workbook(server)).tabs.map((t) => t.name)).toEqual(['Sheet1']);

  await edit(server, 1, 1, 'kept');
  expect(readdirSync(dir).sort()).toEqual(['state.json', 'state.json.bad-20260304T050607089Z']);
});
