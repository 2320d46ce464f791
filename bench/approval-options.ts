import { DEV_SERVER_DEFAULTS } from '@personnel/dev-runtime';
import { checkRounds, parseBenchArgs, readCount, runName, UsageError } from './shared/cli';

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
  /**
   * How B's decision runs its no-op: `local` (default), the shape of the appointment's journal write
   * since it is a local activity; `task`, the baseline of every run before.
   */
  bareDecision: 'local' | 'task';
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
                                 [--steps 1..${MAX_STEPS}] [--setup-concurrency N] [--name NAME] [--bare-decision local|task]
                                 [--wait-quiet SECONDS] [--log-level trace|debug|info|warn|error]`;

export function readApprovalOptions(argv: string[]): ApprovalOptions {
  const values = parseBenchArgs(argv, APPROVAL_USAGE, {
    'iterations-c1': { type: 'string' },
    'iterations-c8': { type: 'string' },
    rounds: { type: 'string' },
    steps: { type: 'string' },
    'setup-concurrency': { type: 'string' },
    'bare-decision': { type: 'string' },
  });
  const bareDecision = values['bare-decision'] ?? 'local';
  if (bareDecision !== 'local' && bareDecision !== 'task')
    throw new UsageError(`--bare-decision takes local or task, got ${bareDecision}`);
  const quick = values.quick ?? false;
  const iterations = {
    c1: readCount('iterations-c1', values['iterations-c1'], quick ? 8 : 100),
    c8: readCount('iterations-c8', values['iterations-c8'], quick ? 32 : 320),
  };
  const rounds = readCount('rounds', values.rounds, quick ? 1 : 2);
  checkRounds(rounds, [iterations.c1, iterations.c8], 'iterations');
  const steps = readCount('steps', values.steps, 4);
  if (steps > MAX_STEPS) throw new UsageError(`--steps takes 1 to ${MAX_STEPS}, got ${steps}`);
  const name = runName('approval', values.name);
  return {
    quick,
    name,
    levels: [1, 8],
    iterations,
    warmup: { c1: quick ? 4 : 10, c8: quick ? 16 : 32 },
    rounds,
    bareDecision,
    steps,
    setupConcurrency: readCount('setup-concurrency', values['setup-concurrency'], 6),
    waitQuietSec: readCount('wait-quiet', values['wait-quiet'], 0),
    logLevel: values['log-level'] ?? 'info',
    dynamicConfig: DEV_SERVER_DEFAULTS.dynamicConfig,
    sqlitePragmas: DEV_SERVER_DEFAULTS.sqlitePragmas,
  };
}
