import { checkRounds, parseBenchArgs, readCount, runName, UsageError } from './shared/cli';

/** Command-line options of the registry benchmark. */
export interface RegistryBenchOptions {
  quick: boolean;
  name: string;
  cadres: number;
  /** Procedures written beside the registry: 5 tasks and 50 journal steps each (bench/registry-volume.ts). */
  procedures: number;
  seed: string;
  requests: { c1: number; c8: number };
  warmup: { c1: number; c8: number };
  rounds: number;
  /** Distinct cadres of the detail, and cadre/post pairs of the eligibility question. */
  inputs: number;
  waitQuietSec: number;
  logLevel: string;
  /** Concurrency levels measured (default 1 and 8; `--levels 1` for c=1 only). */
  levels: number[];
  /** Scenario ids measured (`--only list-first,inbox-mine`); the baseline auth-me always. Empty: all. */
  only: string[];
}

export const USAGE = `usage: npm run bench:registry -- [--quick] [--cadres N] [--procedures N] [--seed S] [--requests-c1 N] [--requests-c8 N]
                                 [--rounds N] [--inputs N] [--name NAME] [--wait-quiet SECONDS]
                                 [--log-level trace|debug|info] [--levels 1,8] [--only id,id,…]`;

export function readOptions(argv: string[]): RegistryBenchOptions {
  const values = parseBenchArgs(argv, USAGE, {
    cadres: { type: 'string' },
    procedures: { type: 'string' },
    seed: { type: 'string', default: 'dam-ha' },
    'requests-c1': { type: 'string' },
    'requests-c8': { type: 'string' },
    rounds: { type: 'string' },
    inputs: { type: 'string' },
    levels: { type: 'string' },
    only: { type: 'string' },
  });
  // Counts may be written 100_000 or 100,000.
  const count = (flag: string, raw: string | undefined, fallback: number) =>
    readCount(flag, raw, fallback, { separators: true });
  const quick = values.quick ?? false;
  const requests = {
    c1: count('requests-c1', values['requests-c1'], quick ? 16 : 100),
    c8: count('requests-c8', values['requests-c8'], quick ? 32 : 120),
  };
  const rounds = count('rounds', values.rounds, quick ? 1 : 4);
  checkRounds(rounds, [requests.c1, requests.c8], 'requests');
  // The API's "worker running" and request lines are info: startSystem waits for the former.
  const logLevel = values['log-level'] ?? 'info';
  if (!['trace', 'debug', 'info'].includes(logLevel))
    throw new UsageError(
      `--log-level must be trace, debug or info (startSystem waits for an info line), got ${logLevel}`,
    );
  const name = runName('registry', values.name);
  const levels = (values.levels ?? '1,8').split(',').map((raw) => {
    if (raw !== '1' && raw !== '8') throw new UsageError(`--levels takes 1 and/or 8, got ${raw}`);
    return Number(raw);
  });
  return {
    quick,
    name,
    cadres: count('cadres', values.cadres, 100_000),
    // 20,000 procedures: 100,000 task rows and 1,000,000 journal steps.
    procedures: count('procedures', values.procedures, 20_000),
    seed: values.seed ?? 'dam-ha',
    requests,
    warmup: { c1: quick ? 4 : 10, c8: quick ? 16 : 24 },
    rounds,
    inputs: count('inputs', values.inputs, 200),
    waitQuietSec: count('wait-quiet', values['wait-quiet'], 0),
    logLevel,
    levels: [...new Set(levels)].sort((a, b) => a - b),
    only: values.only ? values.only.split(',').filter((id) => id !== '') : [],
  };
}
