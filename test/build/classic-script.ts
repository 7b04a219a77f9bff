import * as ts from 'typescript';

const LOGICAL_ASSIGNMENTS = new Set([
  ts.SyntaxKind.QuestionQuestionEqualsToken,
  ts.SyntaxKind.BarBarEqualsToken,
  ts.SyntaxKind.AmpersandAmpersandEqualsToken,
]);

/** What a node is, if it is syntax that a classic ES2020 script may not contain. */
function laterSyntax(node: ts.Node): string | null {
  if (ts.isImportDeclaration(node) || ts.isImportEqualsDeclaration(node)) return 'import declaration';
  if (ts.isExportDeclaration(node) || ts.isExportAssignment(node)) return 'export declaration';
  if (ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
    return 'exported declaration';
  }
  if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) return 'dynamic import()';
  if (ts.isMetaProperty(node)) return 'import.meta';
  if (ts.isPropertyDeclaration(node)) return 'class field (ES2022)';
  if (ts.isPrivateIdentifier(node)) return 'private name #x (ES2022)';
  if (ts.isClassStaticBlockDeclaration(node)) return 'static block (ES2022)';
  if (ts.isBinaryExpression(node) && LOGICAL_ASSIGNMENTS.has(node.operatorToken.kind)) {
    return 'logical assignment (ES2021)';
  }
  if (ts.isNumericLiteral(node) && node.getText().includes('_')) return 'numeric separator (ES2021)';
  return null;
}

/**
 * Syntax in `code` that Apps Script's classic V8 scripts reject or that is newer than ES2020,
 * one "line:column description" per finding.
 */
export function syntaxBeyondClassicEs2020(code: string): string[] {
  const source = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ESNext, true, ts.ScriptKind.JS);
  const findings: string[] = [];
  const visit = (node: ts.Node): void => {
    const found = laterSyntax(node);
    if (found) {
      const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
      findings.push(`${line + 1}:${character + 1} ${found}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}
