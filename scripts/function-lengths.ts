// Lists the functions in a source tree longer than a limit, longest first (usage: tsx scripts/function-lengths.ts [dir] [limit]).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One function that runs over the limit: where it is, what it is called and how many lines it spans. */
export interface LongFunction {
  file: string;
  name: string;
  line: number;
  lines: number;
}

/** Every .ts and .tsx file below a folder, in a stable order. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The name a reader would look for: the declaration's own, or the variable, property or call it is given to. */
function functionName(node: ts.FunctionLikeDeclaration, file: ts.SourceFile): string {
  if (node.name) return node.name.getText(file);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return parent.name.getText(file);
  if (ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText(file).slice(0, 40)})`;
  return '(anonymous)';
}

/** Functions of one file spanning more than `limit` lines, counted from their first token to their closing brace. */
export function longFunctionsInFile(path: string, text: string, limit: number): LongFunction[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
      const last = file.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > limit) {
        const name = functionName(node as ts.FunctionLikeDeclaration, file);
        found.push({ file: path, name, line: first + 1, lines });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Functions below a folder spanning more than `limit` lines, longest first. */
export function longFunctions(dir: string, limit: number): LongFunction[] {
  return sourceFiles(dir)
    .flatMap((path) => longFunctionsInFile(relative(process.cwd(), path), readFileSync(path, 'utf8'), limit))
    .sort((a, b) => b.lines - a.lines);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  const dir = process.argv[2] ?? 'src';
  const limit = Number(process.argv[3] ?? 60);
  const rows = longFunctions(dir, limit);
  for (const row of rows)
    console.log(`${String(row.lines).padStart(4)}  ${row.file}:${row.line}  ${row.name}`);
  console.log(`${rows.length} function(s) over ${limit} lines in ${dir}`);
}
