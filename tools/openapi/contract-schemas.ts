import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';
import { createGenerator } from 'ts-json-schema-generator';
import { controllerReturns } from './controller-returns';

/** What apps/api/src/http/contract-schemas.json holds: each operation's success body, as OpenAPI 3.0. */
export interface ContractSchemas {
  /** operationId → name of its body's schema in `schemas`. */
  operations: Record<string, string>;
  schemas: Record<string, unknown>;
}

type Json = unknown;

export const CONTRACT_SCHEMAS_FILE = join(__dirname, '../../apps/api/src/http/contract-schemas.json');

const componentName = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/_+$/, '');

/** JSON Schema (draft 7, as the generator writes it) → an OpenAPI 3.0 schema object. */
export function toOpenApi(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(toOpenApi);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(schema as Record<string, Json>)) {
    if (key === '$schema' || key === 'definitions') continue;
    if (key === '$ref' && typeof value === 'string')
      out.$ref = `#/components/schemas/${componentName(decodeURIComponent(value.replace('#/definitions/', '')))}`;
    else if (key === 'const') out.enum = [value];
    else out[key] = toOpenApi(value);
  }
  // type: [T, 'null'] → type T, nullable; anyOf [..., {type: null}] → the rest, nullable.
  if (Array.isArray(out.type)) {
    const types = (out.type as string[]).filter((t) => t !== 'null');
    if (types.length < (out.type as string[]).length) out.nullable = true;
    if (types.length === 1) out.type = types[0];
    else {
      delete out.type;
      out.anyOf = types.map((type) => ({ type }));
    }
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = out[key] as Record<string, Json>[] | undefined;
    if (!options?.some((o) => o.type === 'null')) continue;
    const rest = options.filter((o) => o.type !== 'null');
    out.nullable = true;
    if (rest.length === 1 && !('$ref' in rest[0])) {
      delete out[key];
      Object.assign(out, rest[0]);
    } else out[key] = rest;
  }
  if (Array.isArray(out.enum) && out.enum.includes(null)) {
    out.enum = out.enum.filter((v) => v !== null);
    out.nullable = true;
  }
  return out;
}

/**
 * Reads each controller method's declared return type (apps/api/src/**\/*.controller.ts), the
 * contract types it names (libs/*), and writes their JSON schemas: the success bodies the OpenAPI
 * document would otherwise leave undescribed. Run by `npm run openapi:schemas`; a test checks the
 * committed file is up to date.
 */
export function generateContractSchemas(root: string): ContractSchemas {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'apps/api/tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('apps/api/tsconfig.json could not be read');
  const returns = controllerReturns(root).filter((r) => r.type);
  const program = ts.createProgram(
    returns.map((r) => join(root, r.file)),
    config.options,
  );
  const checker = program.getTypeChecker();
  const imports = new Map<string, string>();
  const aliases: string[] = [];
  const operations: Record<string, string> = {};
  for (const r of returns) {
    const source = program.getSourceFile(join(root, r.file));
    if (!source) continue;
    // The same method in the program's own AST, so the checker can resolve its names.
    const method = findMethod(source, r.operationId);
    const typeNode = method?.type;
    if (!typeNode || !r.type) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
        let symbol = checker.getSymbolAtLocation(node.typeName);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        const file = symbol?.declarations?.[0]?.getSourceFile().fileName;
        if (file && !file.includes('/node_modules/'))
          imports.set(node.typeName.text, file.replace(/\.ts$/, ''));
      }
      node.forEachChild(visit);
    };
    visit(typeNode);
    const alias = `Body_${r.operationId}`;
    aliases.push(`export type ${alias} = ${r.type.getText()};`);
    operations[r.operationId] = alias;
  }
  const dir = mkdtempSync(join(root, 'tools/openapi/.gen-'));
  try {
    const synthetic = join(dir, 'bodies.ts');
    const importLines = [...imports].map(([name, file]) => `import type { ${name} } from '${file}';`);
    writeFileSync(synthetic, [...importLines, ...aliases].join('\n'));
    const schema = createGenerator({
      path: synthetic,
      tsconfig: join(root, 'apps/api/tsconfig.json'),
      type: '*',
      expose: 'export',
      jsDoc: 'none',
      additionalProperties: true,
      skipTypeCheck: true,
      sortProps: true,
    }).createSchema('*');
    const schemas: Record<string, unknown> = {};
    for (const [name, definition] of Object.entries(schema.definitions ?? {}).sort(([a], [b]) =>
      a.localeCompare(b),
    ))
      schemas[componentName(name)] = toOpenApi(definition);
    return { operations, schemas };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function findMethod(source: ts.SourceFile, operationId: string): ts.MethodDeclaration | undefined {
  const [className, methodName] = operationId.split('_');
  for (const node of source.statements) {
    if (!ts.isClassDeclaration(node) || node.name?.text !== className) continue;
    for (const member of node.members)
      if (ts.isMethodDeclaration(member) && ts.isIdentifier(member.name) && member.name.text === methodName)
        return member;
  }
  return undefined;
}
