import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDist } from './dist-files';

const ROOT = join(__dirname, '..', '..');
const DOCS = ['help.md', 'kpis.md', 'privacy.md', 'terms.md'];

const textOf = (html: string): string =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('dist/help.html, the page the Help menu item shows', () => {
  const html = readDist('help.html');
  const headings = [...html.matchAll(/<h(\d) id="([^"]*)">(.*?)<\/h\1>/g)].map((m) => ({
    level: Number(m[1]),
    id: m[2],
    text: textOf(m[3]),
  }));

  test('carries the help, the KPIs, the privacy policy and the terms, heading by heading, each document one level below the help', () => {
    const expected = DOCS.flatMap((doc, i) => {
      const markdown = readFileSync(join(ROOT, 'docs', doc), 'utf8');
      return [...markdown.matchAll(/^(#{1,6}) (.*)$/gm)].map((m) => ({
        level: m[1].length + (i === 0 ? 0 : 1),
        text: m[2],
      }));
    });
    expect(headings.map(({ level, text }) => ({ level, text }))).toEqual(expected);
  });

  test('shows no Markdown marks as text', () => {
    const body = textOf(html.slice(html.indexOf('<body>')));
    expect(body).not.toMatch(/\*\*|\]\(|^#/m);
  });

  test('every link inside the page lands on a heading; links to other files keep only their text', () => {
    const ids = new Set(headings.map((h) => h.id));
    const targets = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
    expect(targets).toEqual(
      expect.arrayContaining([
        '#troubleshooting',
        '#the-viability-panel-every-kpi-its-named-range-and-its-formula',
        '#privacy-policy',
        '#terms-of-use',
      ]),
    );
    for (const target of targets) expect(target.startsWith('#') && ids.has(target.slice(1))).toBe(true);
    expect(html).not.toMatch(/href="[^"#]/);
  });

  test('describes every command of the add-on menu', () => {
    const menuSection = readFileSync(join(ROOT, 'docs', 'help.md'), 'utf8')
      .split(/^## /m)
      .find((s) => s.startsWith('The menu'));
    const code = readDist('Code.js');
    const captions = [...code.matchAll(/\.addItem\("([^"]+)"/g)].map((m) => m[1]);
    expect(captions.length).toBeGreaterThan(5);
    for (const caption of captions) expect(menuSection).toContain(`**${caption}**`);
  });
});

test('the KPI tables arrive as tables, one row per KPI', () => {
  const html = readDist('help.html');
  const kpis = readFileSync(join(ROOT, 'docs', 'kpis.md'), 'utf8');
  const tableLines = kpis.split('\n').filter((line) => line.startsWith('|'));
  const separators = tableLines.filter((line) => /^\|(\s*:?-+:?\s*\|)+$/.test(line)).length;
  expect(html.match(/<table>/g)?.length).toBe(separators);
  expect(html.match(/<tr>/g)?.length).toBe(tableLines.length - separators);
  expect(html).toContain('<tr><td>Revenue</td><td><code>&lt;prefix&gt;_Revenue</code></td>');
});
