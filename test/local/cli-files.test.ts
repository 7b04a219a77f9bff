/**
 * `bmc export` and the files around it: an existing OUT.xlsx is kept unless --force, an input
 * saved with a byte-order mark reads, and an output path that cannot be written is explained in
 * words. Real files in a temporary folder.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runBmc } from '../helpers/cli-run';
import { fixturePath } from '../helpers/kpi-cases';

jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), 'bmc-cli-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = runBmc;

async function sheetNames(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((w) => w.name);
}

test('an existing OUT.xlsx is kept, and the message says how to replace it', async () => {
  const out = join(dir, 'kept.xlsx');
  writeFileSync(out, 'the user’s own file');
  const r = await run('export', fixturePath('one-stream'), out);
  expect(r).toEqual({
    code: 1,
    out: '',
    err: `bmc: cannot write ${out}: it already exists; add --force to replace it`,
  });
  expect(readFileSync(out, 'utf8')).toBe('the user’s own file');
});

test('--force, before or after the files, replaces it', async () => {
  const out = join(dir, 'replaced.xlsx');
  writeFileSync(out, 'old');
  expect((await run('export', '--force', fixturePath('one-stream'), out)).code).toBe(0);
  expect(await sheetNames(out)).toEqual(['Corner Coffee']);
  const r = await run('export', '--template', 'long-tail-self-publishing', out, '--force');
  expect(r).toMatchObject({ code: 0, err: '' });
  expect(await sheetNames(out)).toEqual([expect.stringMatching(/^Quillstack/)]);
});

test('a canvas file saved with a UTF-8 byte-order mark reads like any other', async () => {
  const withMark = join(dir, 'bom.json');
  writeFileSync(withMark, `\uFEFF${readFileSync(fixturePath('one-stream'), 'utf8')}`);
  expect(readFileSync(withMark)[0]).toBe(0xef);
  const plain = await run('kpis', fixturePath('one-stream'));
  const marked = await run('kpis', withMark);
  expect(marked).toEqual({ code: 0, out: plain.out, err: '' });
  const out = join(dir, 'bom.xlsx');
  expect(await run('export', withMark, out)).toMatchObject({ code: 0, err: '' });
});

describe('an output path that cannot be written says why, in one line', () => {
  const cases: [string, () => string, string][] = [
    ['a missing folder', () => join(dir, 'no', 'such', 'out.xlsx'), 'its folder does not exist'],
    [
      'a folder named like the file',
      () => {
        const folder = join(dir, 'folder.xlsx');
        mkdirSync(folder);
        return folder;
      },
      'it is a folder',
    ],
    [
      'a path through a file',
      () => {
        writeFileSync(join(dir, 'plain-file'), 'x');
        return join(dir, 'plain-file', 'out.xlsx');
      },
      'part of its path is a file, not a folder',
    ],
    // The kernel's own folder refuses new files even to root, where a chmod would not.
    ['a folder the user may not write to', () => '/sys/out.xlsx', 'permission denied'],
  ];
  test.each(cases)('%s', async (_what, pathOf, reason) => {
    const out = pathOf();
    const r = await run('export', fixturePath('one-stream'), out);
    expect(r).toEqual({ code: 1, out: '', err: `bmc: cannot write ${out}: ${reason}` });
  });
});
