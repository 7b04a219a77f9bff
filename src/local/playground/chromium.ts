/**
 * Debian's Chromium (/usr/bin/chromium, installed by scripts/setup.sh) driven by playwright-core
 * against the playground, as the browser tests and the benchmark use it: a page that records
 * what it loads, the dialogs it tries to open, and each google.script.run call of the sidebar.
 */
import { chromium, type Browser, type Frame, type FrameLocator, type Page } from 'playwright-core';
import type { RunRequest } from './protocol';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Headless and quiet: without these Chromium keeps trying to reach Google's services. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(timeoutMs: number): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: timeoutMs });
}

export interface WatchedPage {
  page: Page;
  /** Every URL the page and its frames asked for. */
  requests: string[];
  /** The server functions the sidebar called through google.script.run, in order. */
  serverCalls: string[];
  /** Every alert/confirm/prompt the page tried to open (dismissed at once). */
  dialogs: string[];
  /** Uncaught errors in the page or the sidebar, and anything their security policy blocked. */
  errors: string[];
  /** Sidebar calls sent and not answered yet. */
  pending(): number;
}

/** A page of `browser` that records what it does; nothing is loaded yet. */
export async function watchedPage(browser: Browser, timeoutMs: number): Promise<WatchedPage> {
  // A fixed locale, so numbers read the same on every machine.
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
  page.setDefaultTimeout(timeoutMs);
  let pending = 0;
  const watched: WatchedPage = { page, requests: [], serverCalls: [], dialogs: [], errors: [], pending: () => pending };
  const isServerCall = (url: string, method: string) => method === 'POST' && new URL(url).pathname === '/api/run';
  page.on('request', (r) => {
    watched.requests.push(r.url());
    if (isServerCall(r.url(), r.method())) {
      pending += 1;
      watched.serverCalls.push((JSON.parse(r.postData() ?? '{}') as Partial<RunRequest>).name ?? '?');
    }
  });
  const done = (r: { url(): string; method(): string }) => {
    if (isServerCall(r.url(), r.method())) pending -= 1;
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('dialog', (d) => {
    watched.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => watched.errors.push(e.message));
  // Chromium reports a script, style or frame its Content-Security-Policy refused only on the console.
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) watched.errors.push(m.text());
  });
  return watched;
}

/** Loads the playground and waits until its grid is drawn. */
export async function openPlaygroundPage(watched: WatchedPage, url: string): Promise<void> {
  await watched.page.goto(url);
  await watched.page.locator('body[data-ready="true"]').waitFor();
}

export function sidebarFrame(page: Page): Frame {
  const frame = page.frames().find((f) => new URL(f.url()).pathname === '/sidebar');
  if (!frame) throw new Error('The sidebar is not loaded');
  return frame;
}

/** Resolves once no sidebar call has been on its way for `quietMs`. */
export async function sidebarSettled(watched: WatchedPage, quietMs = 300): Promise<void> {
  let quietSince = Date.now();
  let seen = watched.serverCalls.length;
  for (;;) {
    if (watched.pending() > 0 || watched.serverCalls.length !== seen) {
      seen = watched.serverCalls.length;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= quietMs) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * The server calls one user action in the sidebar makes. The sidebar has the focus first (getting
 * it refreshes the sidebar, which belongs to no action) and everything has settled before and after.
 */
export async function serverCallsOf(watched: WatchedPage, action: () => Promise<void>): Promise<string[]> {
  const frame = sidebarFrame(watched.page);
  // The page's own code, as text: this file is Node code, compiled without the DOM's types.
  if (!(await frame.evaluate<boolean>('document.hasFocus()'))) {
    await frame.locator('h1').click();
  }
  await sidebarSettled(watched);
  const before = watched.serverCalls.length;
  await action();
  await sidebarSettled(watched);
  return watched.serverCalls.slice(before);
}

/**
 * Jumps to a block's step of guided entry and waits until it shows. A step button shows the
 * block's code and count ("CS 2") and names the block after them: "CS 2 (Customer Segments: 2 entries)".
 */
export async function goToSidebarBlock(bar: FrameLocator, title: string): Promise<void> {
  await bar.getByRole('button', { name: new RegExp(`\\(${title}:`) }).click();
  await bar.getByTestId('step-title').filter({ hasText: title }).waitFor();
}
