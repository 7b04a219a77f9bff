import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'check-layers.mjs');

function checkLayers(root: string): { code: number | null; output: string } {
  const run = spawnSync(process.execPath, [SCRIPT, root], { encoding: 'utf8' });
  return { code: run.status, output: run.stderr };
}

/** A small project of the given files (path → text) in a fresh temporary folder. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'bmc-layers-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const EMULATOR = { 'src/local/emulator/index.ts': 'export class EmuSpreadsheet {}\n' };

describe('the layer check run by npm run lint', () => {
  const made: string[] = [];
  const check = (files: Record<string, string>) => {
    const root = project({ ...EMULATOR, ...files });
    made.push(root);
    return checkLayers(root);
  };
  afterAll(() => made.forEach((root) => rmSync(root, { recursive: true, force: true })));

  test('passes on the project as it is', () => {
    expect(checkLayers(ROOT)).toEqual({ code: 0, output: '' });
  });

  test('fails when the core imports the emulator, naming the file and line', () => {
    const { code, output } = check({
      'src/core/model.ts':
        "export type Canvas = { name: string };\nimport { EmuSpreadsheet } from '../local/emulator';\n",
    });
    expect(code).toBe(1);
    expect(output).toContain("src/core/model.ts:2 imports '../local/emulator' from src/local");
  });

  test.each<{ what: string; files: Record<string, string>; messages: string[] }>([
    {
      what: 'a wrong-way import from any depth, even of types only',
      files: {
        'src/core/layout/plan.ts': "import type { EmuSpreadsheet } from '../../local/emulator';\n",
        'src/gas/menu.ts': "import { app } from '../../sidebar/app';\n",
        'sidebar/app.ts': "export const app = 1;\nimport { run } from '../src/gas/menu';\n",
      },
      messages: [
        "src/core/layout/plan.ts:1 imports '../../local/emulator' from src/local",
        "src/gas/menu.ts:1 imports '../../sidebar/app' from sidebar",
        "sidebar/app.ts:2 imports '../src/gas/menu' from src/gas",
      ],
    },
    {
      what: 'a Node module in the core, the server code or the sidebar',
      files: {
        'src/core/a.ts': "import { readFileSync } from 'node:fs';\n",
        'src/gas/b.ts': "const path = require('path');\n",
        'sidebar/c.ts': "import('node:crypto');\n",
      },
      messages: [
        "src/core/a.ts:1 imports the Node module 'node:fs'",
        "src/gas/b.ts:1 imports the Node module 'path'",
        "sidebar/c.ts:1 imports the Node module 'node:crypto'",
      ],
    },
  ])('fails on $what', ({ files, messages }) => {
    const { code, output } = check(files);
    expect(code).toBe(1);
    for (const message of messages) expect(output).toContain(message);
  });

  test('lets the sidebar take types from the core, and no values', () => {
    const { code, output } = check({
      'src/core/api.ts': 'export type Kpi = number;\nexport const LIMIT = 3;\n',
      'sidebar/a.ts': "import type { Kpi } from '../src/core/api';\n",
      'sidebar/b.ts': "import { type Kpi } from '../src/core/api';\n",
      'sidebar/c.ts': "import { LIMIT } from '../src/core/api';\n",
    });
    expect(code).toBe(1);
    expect(output.split('\n').filter((line) => line.startsWith('sidebar/'))).toEqual([
      "sidebar/c.ts:1 imports values from src/core ('../src/core/api'): sidebar takes only types from it (import type)",
    ]);
  });

  test('lets the sidebar take values from the input checker only, which checks its fields by the rules the server sends', () => {
    const core = {
      'src/core/rules/check.ts': 'export const check = () => null;\n',
      'src/core/rules/table.ts': 'export const STREAM = {};\n',
    };
    expect(check({ ...core, 'sidebar/a.ts': "import { check } from '../src/core/rules/check';\n" }).code).toBe(0);
    const { code, output } = check({ ...core, 'sidebar/a.ts': "import { STREAM } from '../src/core/rules/table';\n" });
    expect(code).toBe(1);
    expect(output).toContain("sidebar/a.ts:1 imports values from src/core ('../src/core/rules/table')");
  });

  test('lets the emulator and the core import what they need in their own direction', () => {
    const { code } = check({
      'src/core/model.ts': 'export type Canvas = { name: string };\n',
      'src/gas/read.ts': "import type { Canvas } from '../core/model';\n",
      'src/local/cli.ts': "import { readFileSync } from 'node:fs';\nimport type { Canvas } from '../core/model';\n",
    });
    expect(code).toBe(0);
  });
});
