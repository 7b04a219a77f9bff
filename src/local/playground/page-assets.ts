/**
 * The files the playground serves besides its JSON: the page (HTML, CSS, its script bundled from
 * TypeScript at start) and the google.script shim that goes into the sidebar's HTML.
 */
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PageAssets {
  html: string;
  css: string;
  js: string;
  shim: string;
}

async function bundle(root: string, entry: string): Promise<string> {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    charset: 'utf8',
    write: false,
    logLevel: 'warning',
  });
  // The shim is inlined into a <script> element, which "</script" inside it would end early.
  return result.outputFiles[0].text.replaceAll('</script', '<\\/script');
}

/** Reads and bundles the page; `root` is the project folder. */
export async function buildPageAssets(root: string): Promise<PageAssets> {
  const folder = join(root, 'src/local/playground');
  const [js, shim] = await Promise.all([
    bundle(root, 'src/local/playground/page/main.ts'),
    bundle(root, 'src/local/playground/shim/google-script.ts'),
  ]);
  return {
    html: readFileSync(join(folder, 'page/index.html'), 'utf8'),
    css: readFileSync(join(folder, 'page/styles.css'), 'utf8'),
    js,
    shim,
  };
}

/** The sidebar's HTML with the shim as the first script of the page, ahead of the sidebar's own. */
export function withShim(sidebarHtml: string, shim: string): string {
  const tag = `<script>\n${shim}</script>`;
  const head = /<head(\s[^>]*)?>/i.exec(sidebarHtml);
  if (!head) return tag + sidebarHtml;
  const at = head.index + head[0].length;
  return `${sidebarHtml.slice(0, at)}\n${tag}${sidebarHtml.slice(at)}`;
}
