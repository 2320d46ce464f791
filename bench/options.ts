import { parseArgs } from 'node:util';
import { DEV_SERVER_DEFAULTS } from '@personnel/dev-runtime';

/** Command-line options of the benchmark. */
export interface BenchOptions {
  quick: boolean;
  name: string;
  iterations: { c1: number; c32: number };
  warmup: { c1: number; c32: number };
  rounds: number;
  waitQuietSec: number;
  logLevel: string;
  /** Dev-server settings of the run, shared by both sides: DEV_SERVER_DEFAULTS unless given. */
  dynamicConfig: Record<string, string | number | boolean>;
  sqlitePragmas: Record<string, string>;
}

export const USAGE = `usage: npm run bench -- [--quick] [--iterations-c1 N] [--iterations-c32 N] [--rounds N] [--name NAME]
                        [--wait-quiet SECONDS] [--log-level trace|debug|info|warn|error]
                        [--dynamic-config KEY=VALUE ...]`;

export class UsageError extends Error {}

export function readOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      'iterations-c1': { type: 'string' },
      'iterations-c32': { type: 'string' },
      rounds: { type: 'string' },
      'wait-quiet': { type: 'string' },
      name: { type: 'string' },
      'log-level': { type: 'string', default: 'info' },
      'dynamic-config': { type: 'string', multiple: true },
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
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1)
      throw new UsageError(`--${flag} must be a positive integer, got ${raw}`);
    return n;
  };
  const quick = values.quick ?? false;
  const iterations = {
    c1: count('iterations-c1', values['iterations-c1'], quick ? 6 : 100),
    c32: count('iterations-c32', values['iterations-c32'], quick ? 64 : 640),
  };
  const rounds = count('rounds', values.rounds, quick ? 1 : 2);
  if (rounds > Math.min(iterations.c1, iterations.c32))
    throw new UsageError(`--rounds ${rounds} is more than the iterations of a level`);
  let dynamicConfig = DEV_SERVER_DEFAULTS.dynamicConfig;
  if (values['dynamic-config']) {
    dynamicConfig = {};
    for (const pair of values['dynamic-config']) {
      const at = pair.indexOf('=');
      if (at < 1) throw new UsageError(`--dynamic-config takes KEY=VALUE, got ${pair}`);
      const raw = pair.slice(at + 1);
      dynamicConfig[pair.slice(0, at)] =
        raw === 'true'
          ? true
          : raw === 'false'
            ? false
            : raw !== '' && Number.isFinite(Number(raw))
              ? Number(raw)
              : raw;
    }
  }
  const name =
    values.name ??
    `nomination-${new Date()
      .toISOString()
      .replace(/:/g, '')
      .replace(/\.\d+Z$/, 'Z')}`;
  if (!/^[A-Za-z0-9._-]+$/.test(name))
    throw new UsageError(`--name may hold letters, digits, ".", "_" and "-" only, got ${name}`);
  return {
    quick,
    name,
    iterations,
    warmup: { c1: quick ? 3 : 10, c32: quick ? 32 : 64 },
    rounds,
    waitQuietSec: values['wait-quiet'] === undefined ? 0 : count('wait-quiet', values['wait-quiet'], 0),
    logLevel: values['log-level'] ?? 'info',
    dynamicConfig,
    sqlitePragmas: DEV_SERVER_DEFAULTS.sqlitePragmas,
  };
}
