/**
 * The headers that keep the playground's pages to themselves: no other site may frame them (so a
 * page elsewhere cannot trick a click into the sidebar), and each page may run only its own code.
 * The sidebar and the add-on's dialogs are the add-on's HTML with its scripts and styles inline,
 * so their policy names exactly those, by hash, rather than allowing any inline code.
 */
import { createHash } from 'node:crypto';

export type Headers = Record<string, string>;

const SHARED = "base-uri 'none'; object-src 'none'; form-action 'none'";

/** JSON, CSS and script responses: nothing to run, nothing to frame. */
export const RESOURCE_HEADERS: Headers = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
};

/** The playground page: its own script and stylesheet, and the sidebar and dialogs in frames. */
export const PAGE_HEADERS: Headers = {
  ...RESOURCE_HEADERS,
  'content-security-policy': [
    "default-src 'self'",
    "img-src 'self' data:",
    "frame-src 'self'",
    SHARED,
    "frame-ancestors 'none'",
  ].join('; '),
};

function hashes(html: string, tag: 'script' | 'style'): string[] {
  const inline = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'gi');
  return [...html.matchAll(inline)].map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
}

/**
 * Headers for the add-on's HTML shown in the playground page's frames: only the playground page
 * itself may frame it, and only the inline scripts and styles it was served with may run.
 */
export function framedPageHeaders(html: string): Headers {
  return {
    ...RESOURCE_HEADERS,
    'content-security-policy': [
      "default-src 'none'",
      `script-src ${hashes(html, 'script').join(' ') || "'none'"}`,
      `style-src ${hashes(html, 'style').join(' ') || "'none'"}`,
      "img-src 'self' data:",
      "connect-src 'self'",
      SHARED,
      "frame-ancestors 'self'",
    ].join('; '),
    'x-frame-options': 'SAMEORIGIN',
  };
}
