/**
 * `npm run watch`: builds dist/ now and again after every change to what goes into it (the add-on's
 * sources, the sidebar, the help documents, the manifest). Stop it with Ctrl+C.
 */
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** What scripts/build.mjs reads. src/local and the tests never reach dist/, so changes there do not count. */
const WATCHED = [
  'src/core',
  'src/gas',
  'sidebar',
  'docs/help.md',
  'docs/kpis.md',
  'docs/privacy.md',
  'docs/terms.md',
  'appsscript.json',
  'scripts/build.mjs',
  'scripts/markdown.mjs',
];
/** Editors save a file in several steps; one build follows a burst of changes. */
const QUIET_MS = 200;

let building = false;
let again = false;
let timer;

function build() {
  if (building) {
    again = true;
    return;
  }
  building = true;
  const child = spawn(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  child.on('exit', () => {
    building = false;
    console.log(`Watching for changes (${new Date().toLocaleTimeString()}); Ctrl+C stops.`);
    if (again) {
      again = false;
      build();
    }
  });
}

for (const path of WATCHED) {
  watch(join(root, path), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(build, QUIET_MS);
  });
}
build();
