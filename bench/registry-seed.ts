/** Stage 1 of the registry bench: the data set, written by `npm run seed` as a person would run it. */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Progress } from '@personnel/dev-runtime';
import type { RegistryBenchOptions } from './registry-options';
import { round } from './shared/stats';

const REPO_ROOT = resolve(__dirname, '..');

/** `npm run seed` as a child process (the way a person loads a data set); its stage lines are kept. */
export async function runSeed(
  databaseUrl: string,
  options: RegistryBenchOptions,
  progress: Progress,
): Promise<{ seedSec: number; seedStages: { label: string; sec: number }[] }> {
  const began = performance.now();
  const lines: string[] = [];
  const code = await new Promise<number | null>((resolveExit, reject) => {
    const child = spawn(
      process.execPath,
      [
        join(REPO_ROOT, 'tools', 'run-ts.js'),
        'tools/seed/cli.ts',
        '--cadres',
        String(options.cadres),
        '--seed',
        options.seed,
        '--database-url',
        databaseUrl,
      ],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let partial = '';
    const take = (chunk: Buffer) => {
      const text = partial + chunk.toString('utf8');
      const split = text.split('\n');
      partial = split.pop() ?? '';
      lines.push(...split);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      if (partial) lines.push(partial);
      resolveExit(exitCode);
    });
  });
  const seedSec = round((performance.now() - began) / 1000, 1);
  if (code !== 0) throw new Error(`npm run seed exited with ${code}:\n${lines.slice(-20).join('\n')}`);
  for (const line of lines) if (/^\s{2}\S/.test(line)) progress.info(line.trim());
  const seedStages = lines.flatMap((line) => {
    const match = /^✔ (.+) \((\d+(?:\.\d+)?) s\)$/.exec(line);
    return match ? [{ label: match[1], sec: Number(match[2]) }] : [];
  });
  return { seedSec, seedStages };
}
