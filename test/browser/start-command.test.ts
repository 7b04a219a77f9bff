/**
 * The command behind `npm start` (after its build step): it listens on PORT, prints its address,
 * keeps the workbook in BMC_STATE, and stops cleanly on SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT, tempFolder } from './harness';

jest.setTimeout(60_000);

const folder = tempFolder('start');
let child: ChildProcess | null = null;

afterAll(() => {
  child?.kill('SIGKILL');
  folder.remove();
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Resolves with everything printed up to the first line that matches, or rejects after `ms`. */
function outputUntil(process: ChildProcess, pattern: RegExp, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`No line matching ${pattern} within ${ms} ms:\n${output}`)), ms);
    const take = (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve(output);
      }
    };
    process.stdout?.on('data', take);
    process.stderr?.on('data', take);
  });
}

test('it serves on PORT, prints its URL, saves to BMC_STATE and stops on SIGTERM', async () => {
  const port = await freePort();
  const statePath = join(folder.path, 'custom', 'state.json');
  child = spawn(process.execPath, ['scripts/run-ts.mjs', 'src/local/playground/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), BMC_STATE: statePath },
  });
  const output = await outputUntil(child, /Playground ready: \S+/, 30_000);
  expect(output).toContain(`No saved playground at ${statePath}: starting with a fresh workbook.`);
  expect(output).toContain(`Playground ready: http://localhost:${port}/ `);

  const page = await fetch(`http://127.0.0.1:${port}/`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<title>Business Model Canvas playground</title>');

  const view = await (await fetch(`http://127.0.0.1:${port}/api/workbook`)).json();
  const edit = await fetch(`http://127.0.0.1:${port}/api/edit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sheetId: view.activeSheetId, row: 1, column: 1, text: 'saved' }),
  });
  expect(await edit.json()).toEqual({ ok: true, revision: 1 });
  expect(existsSync(statePath)).toBe(true);

  const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  child = null;
});

test('a PORT that is not a port number stops it with a message that says so', async () => {
  const run = spawn(process.execPath, ['scripts/run-ts.mjs', 'src/local/playground/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: 'eighty', BMC_STATE: join(folder.path, 'unused.json') },
  });
  const exited = new Promise<number | null>((resolve) => run.once('exit', (c) => resolve(c)));
  const output = await outputUntil(run, /could not start/, 30_000);
  const code = await exited;
  expect(output).toContain('PORT must be a whole number from 0 to 65535 (0 picks a free one); it is "eighty".');
  expect(code).toBe(1);
});
