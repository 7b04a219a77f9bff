import * as vm from 'node:vm';
import { syntaxBeyondClassicEs2020 } from './classic-script';
import { distFileNames, readDist } from './dist-files';
import { entryExportNames } from './entry-exports';

const MENU_AND_TRIGGERS = ['menuAbout', 'menuHelp', 'menuNewCanvas', 'menuOpenSidebar', 'onInstall', 'onOpen'];

test('dist holds exactly what clasp pushes', () => {
  expect(distFileNames()).toEqual(['Code.js', 'appsscript.json', 'help.html', 'sidebar.html']);
});

describe('dist/Code.js', () => {
  const code = readDist('Code.js');

  test('is one classic ES2020 script: it parses as a script and has no module or newer syntax', () => {
    expect(() => new vm.Script(code, { filename: 'Code.js' })).not.toThrow();
    expect(syntaxBeyondClassicEs2020(code)).toEqual([]);
  });

  test('loads in a global scope with no services at all, touching none', () => {
    const context = vm.createContext({});
    expect(() => vm.runInContext(code, context)).not.toThrow();
    for (const name of MENU_AND_TRIGGERS) expect(typeof context[name]).toBe('function');
  });

  test('its globals are exactly the exports of src/gas/main.ts, all of them functions', () => {
    const context = vm.createContext({});
    vm.runInContext(code, context);
    const exported = entryExportNames();
    expect(exported).toEqual(expect.arrayContaining(MENU_AND_TRIGGERS));
    expect(Object.keys(context).sort()).toEqual(exported);
    for (const name of exported) expect(typeof context[name]).toBe('function');
  });

  test('keeps helpers private: the names they have in the sources are not defined', () => {
    const context = vm.createContext({});
    vm.runInContext(code, context);
    for (const helper of [
      'writeNewCanvas',
      'readCanvas',
      'emptyCanvas',
      'canvasNameFromInput',
      'menuCommand',
      'answering',
      'applyPlan',
    ]) {
      expect(vm.runInContext(`typeof ${helper}`, context)).toBe('undefined');
    }
  });

  test('bundles only add-on sources: no emulator, HyperFormula or ExcelJS', () => {
    // esbuild marks where each bundled file starts with a "// path" comment.
    const bundled = [...code.matchAll(/^\s*\/\/ ((?:src|node_modules|sidebar|test|bench)\/\S+)$/gm)].map((m) => m[1]);
    expect(bundled).toEqual(expect.arrayContaining(['src/gas/main.ts', 'src/gas/menu.ts', 'src/core/model.ts']));
    expect(bundled.filter((path) => !/^src\/(core|gas)\//.test(path))).toEqual([]);
    for (const marker of [
      'HyperFormula',
      'hyperformula',
      'ExcelJS',
      'exceljs',
      'createAppsScriptGlobals',
      'CallCounter',
    ]) {
      expect(code).not.toContain(marker);
    }
  });
});

describe('dist/sidebar.html', () => {
  const html = readDist('sidebar.html');

  test('is one self-contained page: styles and script inlined, nothing fetched', () => {
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
    expect(html).toMatch(/<script>[\s\S]+<\/script>/);
    expect(html).not.toMatch(/<link\b|<script\s+src|\bsrc="http|@import/i);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });

  test('carries the canvas licence line', () => {
    expect(html).toContain(
      'The Business Model Canvas is by Strategyzer AG (strategyzer.com) and is licensed CC BY-SA 3.0.',
    );
  });
});
