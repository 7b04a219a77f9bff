/**
 * What the playground refuses before it does any work, and the headers every response carries.
 * Real HTTP on 127.0.0.1 against the server, no browser.
 */
import { request } from 'node:http';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { WorkbookView } from '../../src/local/playground/protocol';
import { startTestPlayground, tempFolder, type TestPlayground } from './harness';

jest.setTimeout(60_000);

const folder = tempFolder('limits');
let server: TestPlayground;

beforeAll(async () => {
  server = await startTestPlayground(join(folder.path, 'state.json'));
});

afterAll(async () => {
  await server?.close();
  folder.remove();
});

async function workbook(): Promise<WorkbookView> {
  return (await (await fetch(`${server.url}api/workbook`)).json()) as WorkbookView;
}

function post(path: string, body: unknown): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function typeInto(row: number, column: number, text: string): Promise<Response> {
  return post('api/edit', { sheetId: (await workbook()).activeSheetId, row, column, text });
}

describe('texts longer than a Sheets cell holds', () => {
  test('a formula of 4 MB is refused at once, and the cell keeps what it had', async () => {
    expect((await typeInto(1, 1, 'kept')).status).toBe(200);
    const started = Date.now();
    const response = await typeInto(1, 1, `=${'1+'.repeat(2_000_000)}1`);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      ok: false,
      message: 'The request is larger than the 1 MB the playground takes; nothing was changed.',
    });
    expect((await workbook()).sheet.cells).toEqual([expect.objectContaining({ a1: 'A1', literal: 'kept' })]);
  });

  test('a formula of 50,001 characters is refused before it is parsed; one of 50,000 is taken', async () => {
    const tooLong = `=${'1+'.repeat(24_999)}11`;
    expect(tooLong).toHaveLength(50_001);
    const refused = await typeInto(2, 1, tooLong);
    expect(refused.status).toBe(413);
    expect(await refused.json()).toEqual({
      ok: false,
      message: 'A text of 50001 characters is more than the 50000 a cell holds in Google Sheets; nothing was changed.',
    });
    expect((await workbook()).sheet.cells.map((c) => c.a1)).toEqual(['A1']);

    const longest = `="${'x'.repeat(49_997)}"`;
    expect(longest).toHaveLength(50_000);
    expect(await (await typeInto(2, 1, longest)).json()).toEqual({ ok: true, revision: 2 });
    expect((await workbook()).sheet.cells.find((c) => c.a1 === 'A2')?.value).toBe('x'.repeat(49_997));
  });

  test('a formula within the limit but nested past what the engine reads is refused in words', async () => {
    const response = await typeInto(3, 1, `=${'1+'.repeat(24_999)}1`);
    expect(await response.json()).toEqual({
      ok: false,
      message: 'That formula is too deeply nested for the playground to read; the cell keeps what it had.',
    });
    expect((await workbook()).sheet.cells.map((c) => c.a1)).toEqual(['A1', 'A2']);
  });

  test('a sidebar call or a prompt answer carrying such a text is refused too', async () => {
    const long = 'x'.repeat(50_001);
    const run = await post('api/run', { name: 'getGuide', args: [{ note: long }] });
    expect(run.status).toBe(413);
    expect(((await run.json()) as { message: string }).message).toMatch(/^A text of 50001 characters is more than/);
    const menu = await post('api/menu', { functionName: 'menuNewCanvas', answers: [{ button: 'OK', text: long }] });
    expect(menu.status).toBe(413);
  });

  test('a body sent in chunks, without a length, is cut off at the limit too', async () => {
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        `${server.url}api/edit`,
        { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } },
        (res) => {
          let text = '';
          res.on('data', (chunk) => {
            text += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      const chunk = 'x'.repeat(64 * 1024);
      req.write('{"sheetId": 0, "row": 3, "column": 1, "text": "');
      for (let i = 0; i < 40; i++) req.write(chunk);
      req.end('"}');
    });
    expect(status).toBe(413);
    expect(JSON.parse(body).message).toMatch(/larger than the 1 MB the playground takes/);
  });
});

describe('framing and the content security policy', () => {
  const policyOf = (response: Response) =>
    Object.fromEntries(
      (response.headers.get('content-security-policy') ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );

  test('the page may not be framed, and runs only its own files', async () => {
    const page = await fetch(server.url);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const policy = policyOf(page);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(JSON.stringify(policy)).not.toContain('unsafe');
  });

  test.each(['api/page', 'api/workbook', 'playground.js', 'playground.css', 'nowhere'])(
    '%s may not be framed either',
    async (path) => {
      const response = await fetch(`${server.url}${path}`);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(policyOf(response)['frame-ancestors']).toEqual(["'none'"]);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    },
  );

  test('the sidebar may be framed by the playground only, and runs exactly its inline scripts and styles', async () => {
    const sidebar = await fetch(`${server.url}sidebar`);
    expect(sidebar.status).toBe(200);
    expect(sidebar.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const policy = policyOf(sidebar);
    expect(policy['frame-ancestors']).toEqual(["'self'"]);
    expect(policy['default-src']).toEqual(["'none'"]);
    const html = await sidebar.text();
    const hashOf = (tag: string) =>
      [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map(
        (m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`,
      );
    // At least the google.script shim and the sidebar's own script; the sidebar's stylesheet.
    expect(hashOf('script').length).toBeGreaterThanOrEqual(2);
    expect(hashOf('style')).toHaveLength(1);
    expect(policy['script-src']).toEqual(hashOf('script'));
    expect(policy['style-src']).toEqual(hashOf('style'));
    expect(JSON.stringify(policy)).not.toContain('unsafe');
  });
});
