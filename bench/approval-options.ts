import { parseArgs } from 'node:util';
import { DEV_SERVER_DEFAULTS } from '@personnel/dev-runtime';
import { UsageError } from './options';

/** Command-line options of the approval benchmark. */
export interface ApprovalOptions {
  quick: boolean;
  name: string;
  /** Concurrency levels, in order (default 1 and 8). */
  levels: number[];
  /** Measured approvals per level, and the warm-up approvals before them. */
  iterations: Record<string, number>;
  warmup: Record<string, number>;
  rounds: number;
  /** Sign-off steps per appointment (parallel): approvals each appointment yields. */
  steps: number;
  /** Callers that set appointments up (not measured). */
  setupConcurrency: number;
  waitQuietSec: number;
  logLevel: string;
  dynamicConfig: Record<string, string | number | boolean>;
  sqlitePragmas: Record<string, string>;
}

export const MAX_STEPS = 6;

export const APPROVAL_USAGE = `usage: npm run bench:approval -- [--quick] [--iterations-c1 N] [--iterations-c8 N] [--rounds N]
                                 [--steps 1..${MAX_STEPS}] [--setup-concurrency N] [--name NAME]
                                 [--wait-quiet SECONDS] [--log-level trace|debug|info|warn|error]`;

export function readApprovalOptions(argv: string[]): ApprovalOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      'iterations-c1': { type: 'string' },
      'iterations-c8': { type: 'string' },
      rounds: { type: 'string' },
      steps: { type: 'string' },
      'setup-concurrency': { type: 'string' },
      'wait-quiet': { type: 'string' },
      name: { type: 'string' },
      'log-level': { type: 'string', default: 'info' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(`${APPROVAL_USAGE}\n`);
    process.exit(0);
  }
  const count = (flag: string, raw: string | undefined, fallback: number) => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1)
      throw new UsageError(`--${flag} must be a positive integer, got ${raw}`);
    return n;
  };
  const quick = values.quick ?? false;
  const iterations = {
    c1: count('iterations-c1', values['iterations-c1'], quick ? 8 : 100),
    c8: count('iterations-c8', values['iterations-c8'], quick ? 32 : 320),
  };
  const rounds = count('rounds', values.rounds, quick ? 1 : 2);
  if (rounds > Math.min(iterations.c1, iterations.c8))
    throw new UsageError(`--rounds ${rounds} is more than the iterations of a level`);
  const steps = count('steps', values.steps, 4);
  if (steps > MAX_STEPS) throw new UsageError(`--steps takes 1 to ${MAX_STEPS}, got ${steps}`);
  const name =
    values.name ??
    `approval-${new Date()
      .toISOString()
      .replace(/:/g, '')
      .replace(/\.\d+Z$/, 'Z')}`;
  if (!/^[A-Za-z0-9._-]+$/.test(name))
    throw new UsageError(`--name may hold letters, digits, ".", "_" and "-" only, got ${name}`);
  return {
    quick,
    name,
    levels: [1, 8],
    iterations,
    warmup: { c1: quick ? 4 : 10, c8: quick ? 16 : 32 },
    rounds,
    steps,
    setupConcurrency: count('setup-concurrency', values['setup-concurrency'], 6),
    waitQuietSec: values['wait-quiet'] === undefined ? 0 : count('wait-quiet', values['wait-quiet'], 0),
    logLevel: values['log-level'] ?? 'info',
    dynamicConfig: DEV_SERVER_DEFAULTS.dynamicConfig,
    sqlitePragmas: DEV_SERVER_DEFAULTS.sqlitePragmas,
  };
}
