/**
 * Checks that imports run the right way between the layers (README, "Project layout"):
 *   src/core  imports nothing from src/gas, src/local, sidebar or Node;
 *   src/gas   nothing from src/local, sidebar or Node (it runs in Apps Script);
 *   sidebar   nothing from src/gas, src/local or Node, and only types from src/core (it runs in
 *             the browser, so a value from the core would be a second copy of it there), with one
 *             exception: the input checker, src/core/rules/check.ts, which checks the sidebar's
 *             fields as they are typed by the rules the server sends (one checker, not two), and
 *             the money writer, src/core/money.ts, so that the sidebar and the sheet's number
 *             formats place a currency's symbol alike (one table of symbols, not two).
 * Run by `npm run lint` (`node scripts/check-layers.mjs [project folder]`); prints one line per
 * wrong-way import and exits 1 when there is any.
 * The compiler cannot hold this alone: tsconfig.core.json happily follows an import into src/local.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * Each layer: the folders it must not import from, the folders it may import types from only, and
 * the files of those it may take values from all the same.
 */
const LAYERS = [
  { dir: 'src/core', forbidden: ['src/gas', 'src/local', 'sidebar'], typesOnly: [], valuesFrom: [] },
  { dir: 'src/gas', forbidden: ['src/local', 'sidebar'], typesOnly: [], valuesFrom: [] },
  {
    dir: 'sidebar',
    forbidden: ['src/gas', 'src/local'],
    typesOnly: ['src/core'],
    valuesFrom: ['src/core/rules/check', 'src/core/money'],
  },
];

const NODE_BUILTINS = new Set(builtinModules);

function sourceFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.[cm]?[jt]s$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module the file names, with whether only types come from it. */
function importsOf(path, text) {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const add = (node, specifier, typeOnly) => {
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    found.push({ specifier, typeOnly, line });
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const allNamedTypes =
        bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.every((e) => e.isTypeOnly);
      const typeOnly = clause !== undefined && (clause.isTypeOnly || (clause.name === undefined && allNamedTypes));
      add(node, node.moduleSpecifier.text, typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.exportClause;
      const allNamedTypes =
        clause !== undefined && ts.isNamedExports(clause) && clause.elements.every((e) => e.isTypeOnly);
      add(node, node.moduleSpecifier.text, node.isTypeOnly || allNamedTypes);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expression = node.moduleReference.expression;
      if (ts.isStringLiteral(expression)) add(node, expression.text, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteral(node.arguments[0])) {
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if (isRequire || node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node, node.arguments[0].text, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const literal = node.argument.literal;
      if (ts.isStringLiteral(literal)) add(node, literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const inside = (path, dir) => path === dir || path.startsWith(`${dir}/`);
const toPosix = (path) => path.split(sep).join('/');

/** The wrong-way imports in the project at `root`, as "file:line message" lines. */
export function layerViolations(root) {
  const problems = [];
  for (const layer of LAYERS) {
    for (const file of sourceFiles(join(root, layer.dir))) {
      problems.push(...wrongWayImports(root, toPosix(relative(root, file)), layer));
    }
  }
  return problems;
}

function wrongWayImports(root, path, layer) {
  const problems = [];
  for (const { specifier, typeOnly, line } of importsOf(path, readFileSync(join(root, path), 'utf8'))) {
    const where = `${path}:${line}`;
    const bare = specifier.replace(/^node:/, '').split('/')[0];
    if (specifier.startsWith('node:') || NODE_BUILTINS.has(bare)) {
      problems.push(`${where} imports the Node module '${specifier}': ${layer.dir} never runs in Node`);
      continue;
    }
    if (!specifier.startsWith('.')) continue;
    const target = toPosix(relative(root, resolve(root, dirname(path), specifier)));
    const banned = layer.forbidden.find((dir) => inside(target, dir));
    if (banned !== undefined) {
      problems.push(`${where} imports '${specifier}' from ${banned}: ${layer.dir} imports nothing from ${banned}`);
    }
    const typesOnly = layer.typesOnly.find((dir) => inside(target, dir));
    if (typesOnly !== undefined && !typeOnly && !layer.valuesFrom.includes(target.replace(/\.[cm]?[jt]s$/, ''))) {
      problems.push(
        `${where} imports values from ${typesOnly} ('${specifier}'): ${layer.dir} takes only types from it (import type)`,
      );
    }
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..');
  const problems = layerViolations(root);
  for (const p of problems) console.error(p);
  if (problems.length > 0) {
    console.error(`${problems.length} import(s) run the wrong way between layers (see scripts/check-layers.mjs).`);
    process.exit(1);
  }
}
