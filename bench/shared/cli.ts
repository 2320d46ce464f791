/** What the three benches' command lines share: the common flags, counts, the run name, --help. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

/** Flags every bench takes, besides its own. */
const COMMON_FLAGS = {
  quick: { type: 'boolean', default: false },
  'wait-quiet': { type: 'string' },
  name: { type: 'string' },
  'log-level': { type: 'string', default: 'info' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

type Flags = NonNullable<ParseArgsConfig['options']>;

/** Parses the common flags and `own` strictly (no positionals); --help prints `usage` and exits 0. */
export function parseBenchArgs<F extends Flags>(argv: string[], usage: string, own: F) {
  const { values } = parseArgs({
    args: argv,
    options: { ...COMMON_FLAGS, ...own },
    strict: true,
    allowPositionals: false,
  });
  if ((values as { help?: boolean }).help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  return values;
}

/**
 * A positive integer flag, or `fallback` when it was not given. With `separators`, "100_000" and
 * "100,000" are read as 100000.
 */
export function readCount(
  flag: string,
  raw: string | undefined,
  fallback: number,
  { separators = false }: { separators?: boolean } = {},
): number {
  if (raw === undefined) return fallback;
  const n = Number(separators ? raw.replace(/[_,]/g, '') : raw);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${flag} must be a positive integer, got ${raw}`);
  return n;
}

/** Rounds split every level's measured count: there cannot be more rounds than the smallest count. */
export function checkRounds(rounds: number, counts: readonly number[], what: string): void {
  if (rounds > Math.min(...counts))
    throw new UsageError(`--rounds ${rounds} is more than the ${what} of a level`);
}

/** --name, or `<prefix>-<UTC time>` (e.g. `approval-2026-11-26T141916Z`): the result file's name. */
export function runName(prefix: string, given: string | undefined): string {
  const name =
    given ??
    `${prefix}-${new Date()
      .toISOString()
      .replace(/:/g, '')
      .replace(/\.\d+Z$/, 'Z')}`;
  if (!/^[A-Za-z0-9._-]+$/.test(name))
    throw new UsageError(`--name may hold letters, digits, ".", "_" and "-" only, got ${name}`);
  return name;
}
