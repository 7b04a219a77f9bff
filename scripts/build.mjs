/**
 * Builds dist/, exactly what `clasp push` sends to Apps Script:
 *   Code.js          one classic script: the add-on bundled as an IIFE, plus one top-level
 *                    forwarding function per export of src/gas/main.ts (only those are global)
 *   sidebar.html     sidebar/index.html with its stylesheet and script inlined
 *   help.html        docs/help.md, kpis.md, privacy.md and terms.md as the page the Help menu item shows
 *   appsscript.json  the manifest
 */
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { escapeHtml, headingId, markdownToHtml } from './markdown.mjs';

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

/** The documents the help page carries, in order; each after the first starts one heading level down. */
const HELP_DOCS = ['docs/help.md', 'docs/kpis.md', 'docs/privacy.md', 'docs/terms.md'];

const HELP_STYLE = `body { font: 14px/1.5 Arial, sans-serif; color: #202124; margin: 0 8px 16px; }
h1 { font-size: 20px; margin: 16px 0 8px; } h2 { font-size: 16px; margin: 20px 0 4px; }
h3 { font-size: 14px; margin: 16px 0 4px; } ul, ol { padding-left: 20px; } li { margin: 4px 0; }
code { font-family: monospace; font-size: 0.9em; background: #f1f3f4; padding: 0 2px; } a { color: #1a73e8; }
table { border-collapse: collapse; font-size: 12px; margin: 8px 0; }
th, td { border: 1px solid #dadce0; padding: 3px 5px; text-align: left; vertical-align: top; }
th { background: #f1f3f4; }`;

/**
 * docs/help.md followed by the list of KPIs, the privacy policy and the terms, as one page. A dialog cannot open
 * the repository's other files: links to the documents on the page become links within it, and
 * links to any other file keep only their text.
 */
function helpHtml() {
  const docs = HELP_DOCS.map((path) => readFileSync(join(root, path), 'utf8'));
  const anchors = new Map(
    HELP_DOCS.map((path, i) => [path.replace(/^docs\//, ''), `#${headingId(/^# (.*)$/m.exec(docs[i])[1])}`]),
  );
  const link = (target, label) => {
    const href = anchors.get(target) ?? (/^(#|https?:\/\/)/.test(target) ? target : null);
    if (href === null) return label;
    const external = href.startsWith('http') ? ' target="_blank" rel="noopener"' : '';
    return `<a href="${escapeHtml(href)}"${external}>${label}</a>`;
  };
  const markdown = docs.map((text, i) => (i === 0 ? text : text.replace(/^#/gm, '##'))).join('\n');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<title>Business Model Canvas: help</title>',
    `<style>\n${HELP_STYLE}\n</style>`,
    '</head>',
    '<body>',
    markdownToHtml(markdown, link),
    '</body>',
    '</html>',
    '',
  ].join('\n');
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
  writeFileSync(join(dist, 'help.html'), helpHtml());
  cpSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  const files = ['Code.js', 'sidebar.html', 'help.html', 'appsscript.json'];
  console.log(['Built dist/:', ...files.map((f) => sizeLine(join(dist, f)))].join('\n'));
}

build().catch((err) => {
  // esbuild has already printed its diagnostics; our own checks explain themselves.
  console.error(`Build failed: ${err.message}`);
  process.exit(1);
});
