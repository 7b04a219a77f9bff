import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDist } from './dist-files';

const ROOT = join(__dirname, '..', '..');

test('the manifest asks for exactly this spreadsheet and its UI, on V8', () => {
  const manifest = JSON.parse(readDist('appsscript.json'));
  expect(manifest.runtimeVersion).toBe('V8');
  expect(manifest.exceptionLogging).toBe('STACKDRIVER');
  expect(typeof manifest.timeZone).toBe('string');
  expect(manifest.oauthScopes).toEqual([
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
    'https://www.googleapis.com/auth/script.container.ui',
  ]);
});

test('dist carries the manifest from the project root unchanged', () => {
  expect(readDist('appsscript.json')).toBe(readFileSync(join(ROOT, 'appsscript.json'), 'utf8'));
});

test('clasp pushes dist/ only', () => {
  const clasp = JSON.parse(readFileSync(join(ROOT, '.clasp.json'), 'utf8'));
  expect(clasp.rootDir).toBe('dist');
  expect(typeof clasp.scriptId).toBe('string');
});
