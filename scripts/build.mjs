/**
 * Builds dist/, exactly what `clasp push` sends to Apps Script:
 *   Code.js          one classic script: the add-on bundled as an IIFE, plus one top-level
 *                    forwarding function per export of src/gas/main.ts (only those are global)
 *   sidebar.html     sidebar/index.html with its stylesheet and script inlined
 *   appsscript.json  the manifest
 */
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const entry = 'src/gas/main.ts';
const bundleName = 'BmcSheets';
/** Apps Script's V8 rejects private `#x` and static class fields, which ES2022 would keep. */
const target = 'es2020';

/** Sources that must never reach Apps Script: Node-only code and GPL or Node-only packages. */
const FORBIDDEN_INPUTS = [/^src\/local\//, /node_modules\/hyperformula\//, /node_modules\/exceljs\//];

async function entryExportNames() {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target,
    write: false,
    metafile: true,
    outfile: 'exports-probe.js',
    logLevel: 'silent',
  });
  return Object.values(result.metafile.outputs)[0].exports;
}

function assertOnlyAddonInputs(metafile) {
  const bad = Object.keys(metafile.inputs).filter((path) => FORBIDDEN_INPUTS.some((re) => re.test(path)));
  if (bad.length > 0) {
    throw new Error(`These files must not be bundled into dist/Code.js:\n  ${bad.join('\n  ')}`);
  }
}

async function codeJs() {
  const names = await entryExportNames();
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: bundleName,
    platform: 'neutral',
    target,
    charset: 'utf8',
    write: false,
    metafile: true,
    outfile: 'Code.js',
    logLevel: 'warning',
  });
  assertOnlyAddonInputs(result.metafile);
  // esbuild writes `"use strict";` (from tsconfig's strict) and then `var BmcSheets = (() => {`.
  const head = new RegExp(`^("use strict";\\n)?var ${bundleName} = `);
  const bundle = result.outputFiles[0].text;
  const match = head.exec(bundle);
  if (!match) throw new Error(`esbuild's output no longer starts with "var ${bundleName} = "`);
  // A script-scoped const keeps the bundle off the global object, so the entry's exports are
  // the only globals.
  const stubs = names.map((name) => `function ${name}(...args) { return ${bundleName}.${name}(...args); }`);
  return [
    ...(match[1] ? ['"use strict";'] : []),
    '// Built from src/gas/main.ts by scripts/build.mjs; edit the sources, not this file.',
    `const ${bundleName} = ${bundle.slice(match[0].length).trimEnd()}`,
    '',
    '// The functions Apps Script can call: onOpen, onInstall, menu items, sidebar calls.',
    ...stubs,
    '',
  ].join('\n');
}

async function sidebarHtml() {
  let html = readFileSync(join(root, 'sidebar/index.html'), 'utf8');
  const css = readFileSync(join(root, 'sidebar/styles.css'), 'utf8');
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['sidebar/main.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target,
    charset: 'utf8',
    write: false,
    logLevel: 'warning',
  });
  // "</script" inside the inlined code would end the script element early.
  const js = result.outputFiles[0].text.replaceAll('</script', '<\\/script');
  html = replaceOnce(html, '<link rel="stylesheet" href="styles.css">', `<style>\n${css}</style>`);
  html = replaceOnce(html, '<script src="main.ts"></script>', `<script>\n${js}</script>`);
  return html;
}

function replaceOnce(text, placeholder, replacement) {
  const at = text.indexOf(placeholder);
  if (at < 0 || text.indexOf(placeholder, at + 1) >= 0) {
    throw new Error(`sidebar/index.html must contain ${placeholder} exactly once`);
  }
  return text.slice(0, at) + replacement + text.slice(at + placeholder.length);
}

function sizeLine(path) {
  const bytes = readFileSync(path);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
  return `  ${relative(root, path).padEnd(22)} ${kb(bytes.length)}  (gzip ${kb(gzipSync(bytes).length).trim()})`;
}

async function build() {
  const [code, html] = await Promise.all([codeJs(), sidebarHtml()]);
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist);
  writeFileSync(join(dist, 'Code.js'), code);
  writeFileSync(join(dist, 'sidebar.html'), html);
  cpSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  const files = ['Code.js', 'sidebar.html', 'appsscript.json'];
  console.log(['Built dist/:', ...files.map((f) => sizeLine(join(dist, f)))].join('\n'));
}

build().catch((err) => {
  // esbuild has already printed its diagnostics; our own checks explain themselves.
  console.error(`Build failed: ${err.message}`);
  process.exit(1);
});
