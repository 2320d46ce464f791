/** Command line of `npm run seed` (tools/seed/cli.ts). */
import { parseArgs } from 'node:util';
import { DEFAULTS, EnvReader } from '@personnel/config';
import { DEFAULT_CADRES, DEFAULT_SEED, MAX_CADRES, MIN_CADRES } from './generate';

export const USAGE = `usage: npm run seed -- [--cadres N] [--seed S] [--database-url URL]

  --cadres N          cadres to generate (default ${DEFAULT_CADRES}, ${MIN_CADRES}–${MAX_CADRES})
  --seed S            seed of the generator: same seed and size, same data (default "${DEFAULT_SEED}")
  --database-url URL  Postgres to fill (default: DATABASE_URL, else ${DEFAULTS.databaseUrl})

Only an empty registry is filled: a database that already has units or cadres is left as it is.`;

export interface SeedCliOptions {
  cadres: number;
  seed: string;
  databaseUrl: string;
}

export class UsageError extends Error {}

export function parseSeedArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): SeedCliOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        cadres: { type: 'string' },
        seed: { type: 'string' },
        'database-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.help) return 'help';
  const cadres = parsed.cadres === undefined ? DEFAULT_CADRES : Number(parsed.cadres.replace(/[_,]/g, ''));
  if (!Number.isInteger(cadres) || cadres < MIN_CADRES || cadres > MAX_CADRES)
    throw new UsageError(
      `--cadres must be an integer from ${MIN_CADRES} to ${MAX_CADRES}, not "${parsed.cadres}"`,
    );
  const reader = new EnvReader({ ...env, SEED_DATABASE_URL: parsed['database-url'] ?? env.DATABASE_URL });
  const databaseUrl = reader.postgresUrl('SEED_DATABASE_URL') ?? DEFAULTS.databaseUrl;
  try {
    reader.done();
  } catch {
    throw new UsageError(
      '--database-url (or DATABASE_URL) must be a URL like postgres://user:password@host:5432/database',
    );
  }
  return { cadres, seed: parsed.seed ?? DEFAULT_SEED, databaseUrl };
}

export function redact(url: string): string {
  return url.replace(/:[^:@/]+@/, ':***@');
}
