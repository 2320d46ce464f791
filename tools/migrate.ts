import { postgresConnectionOptions, readServiceConfig } from '@personnel/config';
import { migrate } from './dev/migrate';

/** `npm run migrate`: applies the committed migrations to DATABASE_URL (default: the embedded database). */
async function main(): Promise<void> {
  const { url, ssl } = postgresConnectionOptions(readServiceConfig());
  const applied = await migrate(url, ssl);
  process.stdout.write(
    applied.length > 0 ? `applied: ${applied.join(', ')}\n` : 'the schema is up to date\n',
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `✖ migration failed: ${(error as Error).message}\n  Is Postgres up (npm start) and DATABASE_URL right?\n`,
  );
  process.exit(1);
});
