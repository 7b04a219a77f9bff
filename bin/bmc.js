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
    console.error(err);
    process.exit(1);
  });
