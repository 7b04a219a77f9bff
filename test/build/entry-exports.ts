import { join } from 'node:path';
import * as ts from 'typescript';

export const ENTRY = join(__dirname, '..', '..', 'src', 'gas', 'main.ts');

/** The names src/gas/main.ts exports, as the TypeScript compiler sees them (independent of the build). */
export function entryExportNames(): string[] {
  const program = ts.createProgram([ENTRY], {
    noEmit: true,
    noLib: true,
    types: [],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(ENTRY);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`${ENTRY} is not a module`);
  return checker
    .getExportsOfModule(moduleSymbol)
    .map((symbol) => symbol.getName())
    .sort();
}
