import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { PlaygroundMeasure } from './playground-measure';

/** The size of the built sidebar page as Apps Script serves it: raw, and gzipped as a browser fetches it. */
export function sidebarSizeMeasures(root = process.cwd()): PlaygroundMeasure[] {
  const path = join(root, 'dist', 'sidebar.html');
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first.`);
  const html = readFileSync(path);
  return [
    { name: 'sidebar-html', value: html.length, unit: 'bytes' },
    { name: 'sidebar-html-gzip', value: gzipSync(html).length, unit: 'bytes' },
  ];
}
