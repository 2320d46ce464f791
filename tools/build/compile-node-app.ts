import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { transformFile } from '@swc/core';
import { swcOptions } from './swc-options';

export interface CompileRequest {
  repoRoot: string;
  /** Entry point, repo-relative (apps/api/src/main.ts). */
  entry: string;
  outDir: string;
  /** The tsconfig paths of our libraries (@personnel/*). */
  paths: Record<string, string[]>;
  /** Packages the production install has (package.json `dependencies`). */
  dependencies: ReadonlySet<string>;
}

export interface CompiledApp {
  files: number;
  /** Packages the program requires at run time, left to node_modules. */
  packages: string[];
}

const BUILTINS = new Set(builtinModules);
const REQUIRE = /\brequire\("([^"]+)"\)/g;

const packageName = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** The source file a relative require of compiled code points at (as Node would find its .js). */
function resolveSource(fromFile: string, specifier: string): string {
  const base = resolve(dirname(fromFile), specifier);
  const found = [`${base}.ts`, join(base, 'index.ts'), base].find(
    (candidate) => existsSync(candidate) && (candidate.endsWith('.ts') || candidate.endsWith('.json')),
  );
  if (!found) throw new Error(`${fromFile}: cannot resolve "${specifier}"`);
  return found;
}

/**
 * Compiles one program file by file with SWC, following its requires from the entry, so the output
 * holds exactly the code it runs, laid out as in the repository (relative paths keep working). Every
 * package it requires stays external and must be a production dependency: the image installs with
 * `npm ci --omit=dev`, where a devDependency would be missing only at run time.
 */
export async function compileNodeApp(request: CompileRequest): Promise<CompiledApp> {
  const options = swcOptions(request.repoRoot, request.paths);
  const seen = new Set<string>();
  const packages = new Set<string>();
  let queue = [resolve(request.repoRoot, request.entry)];
  while (queue.length > 0) {
    const batch = queue.filter((file) => !seen.has(file));
    batch.forEach((file) => seen.add(file));
    const next = await Promise.all(
      batch.map(async (file) => {
        const target = join(request.outDir, relative(request.repoRoot, file));
        mkdirSync(dirname(target), { recursive: true });
        if (file.endsWith('.json')) {
          copyFileSync(file, target);
          return [];
        }
        const outFile = target.replace(/\.ts$/, '.js');
        const { code, map } = await transformFile(file, {
          ...options,
          sourceFileName: relative(dirname(outFile), file),
        });
        const name = outFile.slice(dirname(outFile).length + 1);
        writeFileSync(outFile, `${code}\n//# sourceMappingURL=${name}.map\n`);
        if (map) writeFileSync(`${outFile}.map`, map);
        const required: string[] = [];
        for (const [, specifier] of code.matchAll(REQUIRE)) {
          if (specifier.startsWith('.')) required.push(resolveSource(file, specifier));
          else if (!specifier.startsWith('node:') && !BUILTINS.has(specifier)) {
            const pkg = packageName(specifier);
            if (!request.dependencies.has(pkg)) {
              throw new Error(
                `${relative(request.repoRoot, file)} requires "${pkg}", which is not in package.json ` +
                  '"dependencies": the production image (npm ci --omit=dev) would not have it',
              );
            }
            packages.add(pkg);
          }
        }
        return required;
      }),
    );
    queue = next.flat();
  }
  return { files: seen.size, packages: [...packages].sort() };
}
