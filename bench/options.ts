import { DEV_SERVER_DEFAULTS } from '@personnel/dev-runtime';
import { checkRounds, parseBenchArgs, readCount, runName, UsageError } from './shared/cli';

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

/** `--dynamic-config KEY=VALUE ...`: any given replaces the whole default; true/false/numbers typed. */
function readDynamicConfig(pairs: string[] | undefined): BenchOptions['dynamicConfig'] {
  if (!pairs) return DEV_SERVER_DEFAULTS.dynamicConfig;
  const dynamicConfig: BenchOptions['dynamicConfig'] = {};
  for (const pair of pairs) {
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
  return dynamicConfig;
}

export function readOptions(argv: string[]): BenchOptions {
  const values = parseBenchArgs(argv, USAGE, {
    'iterations-c1': { type: 'string' },
    'iterations-c32': { type: 'string' },
    rounds: { type: 'string' },
    'dynamic-config': { type: 'string', multiple: true },
  });
  const quick = values.quick ?? false;
  const iterations = {
    c1: readCount('iterations-c1', values['iterations-c1'], quick ? 6 : 100),
    c32: readCount('iterations-c32', values['iterations-c32'], quick ? 64 : 640),
  };
  const rounds = readCount('rounds', values.rounds, quick ? 1 : 2);
  checkRounds(rounds, [iterations.c1, iterations.c32], 'iterations');
  const dynamicConfig = readDynamicConfig(values['dynamic-config']);
  const name = runName('appointment', values.name);
  return {
    quick,
    name,
    iterations,
    warmup: { c1: quick ? 3 : 10, c32: quick ? 32 : 64 },
    rounds,
    waitQuietSec: readCount('wait-quiet', values['wait-quiet'], 0),
    logLevel: values['log-level'] ?? 'info',
    dynamicConfig,
    sqlitePragmas: DEV_SERVER_DEFAULTS.sqlitePragmas,
  };
}
