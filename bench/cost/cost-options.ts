import { DEV_SERVER_DEFAULTS } from '@personnel/dev-runtime';
import { parseBenchArgs, readCount, runName } from '../shared/cli';

/** Command-line options of the procedure-cost bench. */
export interface CostOptions {
  quick: boolean;
  name: string;
  /** Measured procedures per candidate source (local, outside), after one warm-up of each. */
  perSource: number;
  warmupPerSource: number;
  /** A committed result to compare with: exit 1 when a stage costs more than there. */
  check: string | null;
  /** With --check: compare this result file instead of running the bench. */
  result: string | null;
  waitQuietSec: number;
  logLevel: string;
  dynamicConfig: Record<string, string | number | boolean>;
  sqlitePragmas: Record<string, string>;
}

export const COST_USAGE = `usage: npm run bench:cost -- [--quick] [--per-source N] [--name NAME] [--wait-quiet SECONDS]
                             [--log-level L] [--check BASELINE.json [--result RESULT.json]]`;

export function readCostOptions(argv: string[]): CostOptions {
  const values = parseBenchArgs(argv, COST_USAGE, {
    'per-source': { type: 'string' },
    check: { type: 'string' },
    result: { type: 'string' },
  });
  const quick = values.quick ?? false;
  return {
    quick,
    name: runName('cost', values.name),
    perSource: readCount('per-source', values['per-source'], quick ? 2 : 4),
    warmupPerSource: 1,
    check: values.check ?? null,
    result: values.result ?? null,
    waitQuietSec: readCount('wait-quiet', values['wait-quiet'], 0),
    logLevel: values['log-level'] ?? 'info',
    dynamicConfig: DEV_SERVER_DEFAULTS.dynamicConfig,
    sqlitePragmas: DEV_SERVER_DEFAULTS.sqlitePragmas,
  };
}
