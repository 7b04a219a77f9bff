/**
 * Runs a TypeScript entry point without a compile step: esbuild bundles it (Node, CommonJS,
 * packages left to node_modules) into a temporary file, which then runs in this process with
 * the given arguments. Usage: node scripts/run-ts.mjs path/to/entry.ts [args...]
 * The bundle lives in a cache folder, so entry points find files from the working directory
 * (or process.argv[1], which names the .ts entry), not from __dirname.
 */
import * as esbuild from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles `entry` and runs it as if started with `node entry args...`. */
export async function runTs(entry, args = []) {
  const source = resolve(entry);
  // Inside the project, so that `require` of a package finds node_modules.
  const cacheDir = join(root, 'node_modules', '.cache', 'run-ts');
  mkdirSync(cacheDir, { recursive: true });
  const outfile = join(cacheDir, `${basename(source, '.ts')}-${process.pid}-${Date.now()}.cjs`);
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [source],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  process.on('exit', () => rmSync(outfile, { force: true }));
  process.setSourceMapsEnabled(true);
  process.argv = [process.argv[0], source, ...args];
  createRequire(outfile)(outfile);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [entry, ...args] = process.argv.slice(2);
  if (!entry) {
    console.error('Usage: node scripts/run-ts.mjs path/to/entry.ts [args...]');
    process.exit(2);
  }
  await runTs(entry, args);
}
