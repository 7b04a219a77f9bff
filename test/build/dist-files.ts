import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DIST_DIR = join(__dirname, '..', '..', 'dist');

function assertBuilt(path: string): void {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first.`);
}

/** The text of a file in dist/, or a clear failure when the build has not run. */
export function readDist(name: string): string {
  const path = join(DIST_DIR, name);
  assertBuilt(path);
  return readFileSync(path, 'utf8');
}

export function distFileNames(): string[] {
  assertBuilt(DIST_DIR);
  return readdirSync(DIST_DIR).sort();
}
