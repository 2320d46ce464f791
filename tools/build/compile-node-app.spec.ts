import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileNodeApp } from './compile-node-app';

describe('compileNodeApp', () => {
  let repo: string;
  const write = (path: string, text: string) => {
    mkdirSync(join(repo, path, '..'), { recursive: true });
    writeFileSync(join(repo, path), text);
  };

  beforeEach(() => {
    repo = mkdtempSync(join(tmpdir(), 'personnel-compile-'));
    write('libs/greeting/src/index.ts', "export * from './greet';\n");
    write(
      'libs/greeting/src/greet.ts',
      "import words from './words.json';\nexport const greet = (who: string): string => `${words.hello}, ${who}`;\n",
    );
    write('libs/greeting/src/words.json', '{ "hello": "xin chào" }\n');
    write('libs/greeting/src/unused.ts', 'export const never = 1;\n');
  });

  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  const paths = { '@personnel/greeting': ['libs/greeting/src/index.ts'] };

  it('compiles what the entry requires, through our aliases, into a program node runs', async () => {
    write(
      'apps/hello/src/main.ts',
      "import { join } from 'node:path';\nimport { greet } from '@personnel/greeting';\n" +
        "process.stdout.write(greet(join('cán', 'bộ')));\n",
    );
    const out = join(repo, 'dist');
    const compiled = await compileNodeApp({
      repoRoot: repo,
      entry: 'apps/hello/src/main.ts',
      outDir: out,
      paths,
      dependencies: new Set(),
    });
    expect(compiled).toEqual({ files: 4, packages: [] });
    expect(existsSync(join(out, 'libs/greeting/src/unused.js'))).toBe(false);
    expect(execFileSync(process.execPath, [join(out, 'apps/hello/src/main.js')], { encoding: 'utf8' })).toBe(
      'xin chào, cán/bộ',
    );
  });

  it('refuses a package the production install would not have, naming the file and the package', async () => {
    write(
      'apps/hello/src/main.ts',
      "import pino from 'pino';\nimport { x } from 'left-pad/sub';\npino(x);\n",
    );
    await expect(
      compileNodeApp({
        repoRoot: repo,
        entry: 'apps/hello/src/main.ts',
        outDir: join(repo, 'dist'),
        paths,
        dependencies: new Set(['pino']),
      }),
    ).rejects.toThrow(
      'apps/hello/src/main.ts requires "left-pad", which is not in package.json "dependencies"',
    );
  });
});
