#!/usr/bin/env node
// The `bmc` command: runs the TypeScript command line in src/local/cli.ts.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const root = join(__dirname, '..');
const cli = join(root, 'src', 'local', 'cli.ts');

if (!existsSync(cli)) {
  console.error('bmc: the command line is not available in this version (src/local/cli.ts is missing).');
  process.exit(1);
}

import(pathToFileURL(join(root, 'scripts', 'run-ts.mjs')).href)
  .then(({ runTs }) => runTs(cli, process.argv.slice(2)))
  .catch((err) => {
    // The command line could not even start (e.g. its TypeScript did not bundle): one line, no stack.
    console.error(`bmc: could not start: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
