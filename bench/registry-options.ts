import { parseArgs } from 'node:util';

/** Command-line options of the registry benchmark. */
export interface RegistryBenchOptions {
  quick: boolean;
  name: string;
  cadres: number;
  seed: string;
  requests: { c1: number; c8: number };
  warmup: { c1: number; c8: number };
  rounds: number;
  /** Distinct cadres of the detail, and cadre/post pairs of the eligibility question. */
  inputs: number;
  waitQuietSec: number;
  logLevel: string;
}

export const USAGE = `usage: npm run bench:registry -- [--quick] [--cadres N] [--seed S] [--requests-c1 N] [--requests-c8 N]
                                 [--rounds N] [--inputs N] [--name NAME] [--wait-quiet SECONDS]
                                 [--log-level trace|debug|info]`;

export class UsageError extends Error {}

export function readOptions(argv: string[]): RegistryBenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      cadres: { type: 'string' },
      seed: { type: 'string', default: 'dam-ha' },
      'requests-c1': { type: 'string' },
      'requests-c8': { type: 'string' },
      rounds: { type: 'string' },
      inputs: { type: 'string' },
      'wait-quiet': { type: 'string' },
      name: { type: 'string' },
      'log-level': { type: 'string', default: 'info' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const count = (flag: string, raw: string | undefined, fallback: number) => {
    if (raw === undefined) return fallback;
    const n = Number(raw.replace(/[_,]/g, ''));
    if (!Number.isInteger(n) || n < 1)
      throw new UsageError(`--${flag} must be a positive integer, got ${raw}`);
    return n;
  };
  const quick = values.quick ?? false;
  const requests = {
    c1: count('requests-c1', values['requests-c1'], quick ? 16 : 100),
    c8: count('requests-c8', values['requests-c8'], quick ? 32 : 120),
  };
  const rounds = count('rounds', values.rounds, quick ? 1 : 4);
  if (rounds > Math.min(requests.c1, requests.c8))
    throw new UsageError(`--rounds ${rounds} is more than the requests of a level`);
  // The API's "worker running" and request lines are info: startSystem waits for the former.
  const logLevel = values['log-level'] ?? 'info';
  if (!['trace', 'debug', 'info'].includes(logLevel))
    throw new UsageError(
      `--log-level must be trace, debug or info (startSystem waits for an info line), got ${logLevel}`,
    );
  const name =
    values.name ??
    `registry-${new Date()
      .toISOString()
      .replace(/:/g, '')
      .replace(/\.\d+Z$/, 'Z')}`;
  if (!/^[A-Za-z0-9._-]+$/.test(name))
    throw new UsageError(`--name may hold letters, digits, ".", "_" and "-" only, got ${name}`);
  return {
    quick,
    name,
    cadres: count('cadres', values.cadres, 100_000),
    seed: values.seed ?? 'dam-ha',
    requests,
    warmup: { c1: quick ? 4 : 10, c8: quick ? 16 : 24 },
    rounds,
    inputs: count('inputs', values.inputs, 200),
    waitQuietSec: values['wait-quiet'] === undefined ? 0 : count('wait-quiet', values['wait-quiet'], 0),
    logLevel,
  };
}
