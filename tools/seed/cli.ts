/**
 * `npm run seed -- [--cadres N] [--seed S] [--database-url URL]`: applies the migrations, then writes the
 * Đầm Hà demo data set (2,000 cadres by default, any size for load tests) into an EMPTY registry. The
 * database is DATABASE_URL, else the embedded one `npm start` runs (postgres://…@localhost:5433).
 */
import { migrate } from '../dev/migrate';
import { consoleProgress } from '../dev/progress';
import { parseSeedArgs, redact, USAGE } from './args';
import { describeFigures, seedDatabase } from './index';
import { RegistryMissingError } from './writer';

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  '28P01',
  '28000',
  '3D000',
]);

function isUnreachable(error: unknown): boolean {
  const e = error as { code?: string; message?: string; errors?: unknown[] };
  if (e.code && UNREACHABLE.has(e.code)) return true;
  if (Array.isArray(e.errors) && e.errors.some(isUnreachable)) return true;
  return /timeout|ECONNREFUSED|terminated unexpectedly/i.test(e.message ?? '');
}

async function main(): Promise<number> {
  let options;
  try {
    options = parseSeedArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`✖ ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const progress = consoleProgress();
  const where = redact(options.databaseUrl);
  progress.info(`database ${where}`);
  try {
    const applied = await progress.step('database migrations', () => migrate(options.databaseUrl));
    if (applied.length > 0) progress.info(`applied: ${applied.join(', ')}`);
    const started = Date.now();
    const outcome = await seedDatabase(options.databaseUrl, {
      cadres: options.cadres,
      seed: options.seed,
      progress,
    });
    if (!outcome.seeded) {
      const { units, posts, cadres } = outcome.existing;
      process.stderr.write(
        `✖ the registry at ${where} is not empty (${units} units, ${posts} posts, ${cadres} cadres).\n` +
          '  The seed only fills an empty database; it never adds to, duplicates or overwrites data.\n' +
          '  Point --database-url at a fresh database (or drop and re-create this one).\n',
      );
      return 1;
    }
    process.stdout.write(`✔ seeded in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    for (const line of describeFigures(outcome.dataset.figures)) progress.info(line);
    return 0;
  } catch (error) {
    if (isUnreachable(error)) {
      process.stderr.write(
        `✖ cannot reach Postgres at ${where}: ${(error as Error).message}\n` +
          '  Start it with `npm start` (embedded Postgres on :5433), or give --database-url / DATABASE_URL.\n',
      );
    } else if (error instanceof RegistryMissingError) {
      process.stderr.write(`✖ ${error.message}\n`);
    } else {
      process.stderr.write(`✖ seed failed: ${(error as Error).stack ?? error}\n`);
    }
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`✖ ${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
