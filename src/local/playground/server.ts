/**
 * The playground's HTTP server, on the loopback interface only. It serves the page, the sidebar
 * (the add-on's own HTML with the google.script shim) and a small JSON API over one
 * {@link AddonSession}; every change to the workbook is saved to the state file.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { spreadsheetFromSnapshot } from '../emulator';
import { AddonSession } from './addon-session';
import { buildPageAssets, withShim } from './page-assets';
import type { ActivateRequest, EditRequest, MenuRequest, PageView, RunRequest } from './protocol';
import { framedPageHeaders, type Headers, PAGE_HEADERS, RESOURCE_HEADERS } from './security-headers';
import { CELL_TEXT_LIMIT } from './sheets-limits';
import { loadStateFile, lockStateFile, saveStateFile } from './state-file';
import { checkedWorkbook } from './workbook-shape';

export interface PlaygroundOptions {
  /** The project folder: dist/ and the page's sources are found from here. */
  root: string;
  /** 0 picks a free port. */
  port: number;
  statePath: string;
  /** The clock, read once at start to name a state file that had to be set aside. */
  now: () => Date;
  /** Where the server's own messages go (the console, for `npm start`). */
  log: (message: string) => void;
}

export interface Playground {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The menu command the playground runs once at start, so the page opens with the sidebar shown. */
const OPEN_SIDEBAR = 'menuOpenSidebar';
const MENU_TITLE = 'Business Model Canvas';
/** Far more than the largest canvas the sidebar sends, far less than would stall the server. */
const MAX_BODY_BYTES = 1024 * 1024;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Headers = RESOURCE_HEADERS,
): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(body);
}

function sendJson(res: ServerResponse, value: unknown, status = 200): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function tooLarge(): RequestError {
  return new RequestError(
    413,
    `The request is larger than the ${MAX_BODY_BYTES / 1024 / 1024} MB the playground takes; nothing was changed.`,
  );
}

/**
 * The first text in `value` longer than a cell may hold, as Sheets refuses it: checked before
 * anything parses it as a formula, which for a text of megabytes would stall the server.
 */
function overlongText(value: unknown): string | null {
  if (typeof value === 'string') return value.length > CELL_TEXT_LIMIT ? value : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const inner of Object.values(value)) {
    const found = overlongText(inner);
    if (found !== null) return found;
  }
  return null;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
    req.resume();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      req.resume();
      throw tooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new RequestError(400, 'The request body is not JSON.');
  }
  const long = overlongText(body);
  if (long !== null) {
    throw new RequestError(
      413,
      `A text of ${long.length} characters is more than the ${CELL_TEXT_LIMIT} a cell holds in Google Sheets; nothing was changed.`,
    );
  }
  return body;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asRunRequest(body: unknown): RunRequest {
  if (!isRecord(body) || typeof body.name !== 'string' || !Array.isArray(body.args)) {
    throw new RequestError(400, 'Expected {"name": string, "args": [...]}.');
  }
  return { name: body.name, args: body.args };
}

function asMenuRequest(body: unknown): MenuRequest {
  if (!isRecord(body) || typeof body.functionName !== 'string' || !Array.isArray(body.answers)) {
    throw new RequestError(400, 'Expected {"functionName": string, "answers": [...]}.');
  }
  const answers = body.answers.map((a) => {
    if (!isRecord(a) || typeof a.button !== 'string' || typeof a.text !== 'string') {
      throw new RequestError(400, 'Each answer is {"button": string, "text": string}.');
    }
    return a as unknown as MenuRequest['answers'][number];
  });
  return { functionName: body.functionName, answers };
}

function positiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

function asEditRequest(body: unknown): EditRequest {
  if (
    !isRecord(body) ||
    !Number.isInteger(body.sheetId) ||
    !positiveInteger(body.row) ||
    !positiveInteger(body.column) ||
    typeof body.text !== 'string'
  ) {
    throw new RequestError(400, 'Expected {"sheetId": integer, "row": integer, "column": integer, "text": string}.');
  }
  return { sheetId: body.sheetId as number, row: body.row, column: body.column, text: body.text };
}

function asActivateRequest(body: unknown): ActivateRequest {
  if (!isRecord(body) || !Number.isInteger(body.sheetId)) throw new RequestError(400, 'Expected {"sheetId": integer}.');
  return { sheetId: body.sheetId as number };
}

/**
 * Only this machine's pages may use the playground: the Host must be a loopback name (no DNS
 * rebinding), and a POST must say it is JSON, which a page of another origin cannot send
 * without the browser asking first (and the server never says yes).
 */
function refuseForeignRequests(req: IncomingMessage): void {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  if (!LOOPBACK_HOSTS.has(host))
    throw new RequestError(403, `The playground answers only on localhost, not "${host}".`);
  if (req.method === 'POST' && !/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
    throw new RequestError(415, 'The playground takes only JSON (Content-Type: application/json).');
  }
}

/**
 * The add-on opened on the saved workbook (or a fresh one), with its sidebar shown and the page's
 * first view made: whatever would fail there fails here, while the file can still be set aside.
 */
function openSession(options: PlaygroundOptions, json?: unknown): AddonSession {
  const session = new AddonSession({
    codeJsPath: join(options.root, 'dist/Code.js'),
    spreadsheet: json === undefined ? undefined : spreadsheetFromSnapshot(checkedWorkbook(json)),
    save(text) {
      try {
        saveStateFile(options.statePath, text);
      } catch (err) {
        options.log(`Could not save the playground to ${options.statePath}: ${(err as Error).message}`);
      }
    },
  });
  session.runMenu(OPEN_SIDEBAR, []);
  session.view();
  return session;
}

/** Starts the playground; resolves once it listens. Refuses a state file another playground holds. */
export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const lock = lockStateFile(options.statePath);
  try {
    return await serve(options, lock.release);
  } catch (err) {
    lock.release();
    throw err;
  }
}

async function serve(options: PlaygroundOptions, releaseLock: () => void): Promise<Playground> {
  const assets = await buildPageAssets(options.root);
  const loaded = loadStateFile(options.statePath, (json) => openSession(options, json), options.now());
  options.log(loaded.message);
  const session = loaded.kind === 'loaded' ? loaded.state : openSession(options);
  /** Said on the page too: a terminal message alone is easily missed. */
  const notice = loaded.kind === 'fresh' && loaded.setAside ? loaded.message : null;

  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void> | void> = {
    'GET /': (_req, res) => send(res, 200, 'text/html; charset=utf-8', assets.html, PAGE_HEADERS),
    'GET /playground.css': (_req, res) => send(res, 200, 'text/css; charset=utf-8', assets.css),
    'GET /playground.js': (_req, res) => send(res, 200, 'text/javascript; charset=utf-8', assets.js),
    'GET /sidebar': (_req, res) => {
      if (!session.sidebar) throw new RequestError(404, 'The add-on has not opened its sidebar.');
      const html = withShim(session.sidebar.html, assets.shim);
      send(res, 200, 'text/html; charset=utf-8', html, framedPageHeaders(html));
    },
    'GET /dialog': (_req, res) => {
      if (!session.dialog) throw new RequestError(404, 'The add-on has not opened a dialog.');
      const html = withShim(session.dialog.html, assets.shim);
      send(res, 200, 'text/html; charset=utf-8', html, framedPageHeaders(html));
    },
    'GET /api/page': (_req, res) => {
      const page: PageView = {
        menuTitle: MENU_TITLE,
        menu: session.menu,
        sidebarTitle: session.sidebar?.title ?? null,
        notice,
        workbook: session.view(),
      };
      sendJson(res, page);
    },
    'GET /api/workbook': (_req, res) => send(res, 200, 'application/json; charset=utf-8', session.viewJson()),
    'POST /api/run': async (req, res) => {
      const { name, args } = asRunRequest(await readJson(req));
      sendJson(res, session.runServerFunction(name, args));
    },
    'POST /api/menu': async (req, res) => {
      const { functionName, answers } = asMenuRequest(await readJson(req));
      sendJson(res, session.runMenu(functionName, answers));
    },
    'POST /api/edit': async (req, res) => sendJson(res, session.edit(asEditRequest(await readJson(req)))),
    'POST /api/activate': async (req, res) => {
      const { sheetId } = asActivateRequest(await readJson(req));
      if (!session.activate(sheetId)) throw new RequestError(404, 'That sheet no longer exists.');
      send(res, 200, 'application/json; charset=utf-8', session.viewJson());
    },
  };

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = routes[`${req.method} ${path}`];
    Promise.resolve()
      .then(() => {
        refuseForeignRequests(req);
        if (!route) throw new RequestError(404, `Nothing at ${req.method} ${path}.`);
        return route(req, res);
      })
      .catch((err: unknown) => {
        const status = err instanceof RequestError ? err.status : 500;
        if (status === 500)
          options.log(`Playground error on ${req.method} ${path}: ${(err as Error).stack ?? String(err)}`);
        if (!res.headersSent) sendJson(res, { ok: false, message: (err as Error).message }, status);
        else res.end();
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => {
          releaseLock();
          if (err) reject(err);
          else resolve();
        });
      }),
  };
}
