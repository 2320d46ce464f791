import { resolve } from 'node:path';
import { build, BUILD_TARGETS, DEFAULT_OUT_ROOT, type BuildTarget } from './build/build';

/**
 * `npm run build [--out DIR] [target...]`: the production build the images run (docker/README.md).
 * Targets: api, worker, migrate (runnable JavaScript), workflows (the bundle), web (the panel); all by default.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const outRoot = outAt >= 0 ? resolve(args[outAt + 1] ?? '') : DEFAULT_OUT_ROOT;
  const names = args.filter((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1));
  const unknown = names.filter((name) => !(BUILD_TARGETS as readonly string[]).includes(name));
  if (unknown.length > 0 || (outAt >= 0 && !args[outAt + 1])) {
    throw new Error(
      `usage: build [--out DIR] [${BUILD_TARGETS.join('|')}...]; unknown: ${unknown.join(' ')}`,
    );
  }
  const targets = names.length > 0 ? (names as BuildTarget[]) : [...BUILD_TARGETS];
  for (const line of await build(targets, outRoot)) process.stdout.write(`${line}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`✖ build failed: ${(error as Error).message}\n`);
  process.exit(1);
});
