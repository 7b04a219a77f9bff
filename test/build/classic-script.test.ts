import { syntaxBeyondClassicEs2020 } from './classic-script';

test('the syntax check accepts ES2020 and finds what Apps Script would reject', () => {
  expect(
    syntaxBeyondClassicEs2020('var a = { b: 1 }; function f(x) { return x?.b ?? 2n; } class C { m() {} }'),
  ).toEqual([]);

  const findings = syntaxBeyondClassicEs2020(
    [
      'import x from "x";',
      'export function f() {}',
      'class C { #p = 1; static s = 2; static { } }',
      'a ??= 1_000;',
      'import("y");',
    ].join('\n'),
  );
  expect(findings).toEqual([
    '1:1 import declaration',
    '2:1 exported declaration',
    '3:11 class field (ES2022)',
    '3:11 private name #x (ES2022)',
    '3:19 class field (ES2022)',
    '3:33 static block (ES2022)',
    '4:1 logical assignment (ES2021)',
    '4:7 numeric separator (ES2021)',
    '5:1 dynamic import()',
  ]);
});
