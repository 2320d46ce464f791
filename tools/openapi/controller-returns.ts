import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

const HTTP_DECORATORS = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete']);
/** Return types that are no JSON body of their own: CSV text, a file stream, nothing, a 304. */
const NOT_JSON = new Set(['string', 'void', 'undefined', 'StreamableFile', 'null']);

export interface ControllerReturn {
  operationId: string;
  /** The JSON body's type as written, without Promise<…> and the non-JSON alternatives. */
  type: ts.TypeNode | undefined;
  file: string;
}

function controllerFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return controllerFiles(path);
    return entry.name.endsWith('.controller.ts') ? [path] : [];
  });
}

const decoratorName = (decorator: ts.Decorator): string | undefined => {
  const call = decorator.expression;
  return ts.isCallExpression(call) && ts.isIdentifier(call.expression) ? call.expression.text : undefined;
};

/** Promise<A | string | undefined> → A; undefined when nothing JSON is left. */
function jsonBodyOf(type: ts.TypeNode | undefined): ts.TypeNode | undefined {
  if (!type) return undefined;
  if (ts.isTypeReferenceNode(type) && type.typeName.getText() === 'Promise')
    return jsonBodyOf(type.typeArguments?.[0]);
  if (ts.isUnionTypeNode(type)) {
    const left = type.types.filter((t) => !NOT_JSON.has(t.getText()));
    return left.length === 1 ? jsonBodyOf(left[0]) : left.length === 0 ? undefined : type;
  }
  if (ts.isParenthesizedTypeNode(type)) return jsonBodyOf(type.type);
  return NOT_JSON.has(type.getText()) ? undefined : type;
}

/** Every HTTP handler of the API's controllers, by the operationId Nest's swagger gives it. */
export function controllerReturns(root: string): ControllerReturn[] {
  const found: ControllerReturn[] = [];
  for (const file of controllerFiles(join(root, 'apps/api/src'))) {
    const source = ts.createSourceFile(file, ts.sys.readFile(file) ?? '', ts.ScriptTarget.ES2022, true);
    source.forEachChild((node) => {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (!ts.isMethodDeclaration(member) || !ts.isIdentifier(member.name)) continue;
        const decorators = ts.getDecorators(member) ?? [];
        if (!decorators.some((d) => HTTP_DECORATORS.has(decoratorName(d) ?? ''))) continue;
        found.push({
          operationId: `${node.name.text}_${member.name.text}`,
          type: jsonBodyOf(member.type),
          file: relative(root, file),
        });
      }
    });
  }
  return found;
}
