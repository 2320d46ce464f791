import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TemporalServerBinaries } from './binaries';
import type { ClusterDatabase } from './server-config';

const run = promisify(execFile);

/**
 * Creates (first run) or upgrades (every run) the Temporal server's two databases with the module's own
 * `temporal-sql-tool`, the steps of the official admin-tools image: create-database, setup-schema at 0.0
 * (a no-op on a set-up database), update-schema through every versioned directory. Answers the version
 * each database is at.
 */
export async function setUpClusterSchema(
  binaries: Pick<TemporalServerBinaries, 'sqlTool' | 'schemaDir'>,
  db: ClusterDatabase,
  log: (m: string) => void = () => undefined,
): Promise<Record<string, string>> {
  const versions: Record<string, string> = {};
  for (const [database, schema] of [
    [db.database, 'temporal'],
    [db.visibilityDatabase, 'visibility'],
  ] as const) {
    const tool = (...args: string[]) =>
      run(
        binaries.sqlTool,
        [
          '--plugin',
          'postgres12',
          '--ep',
          db.host,
          '-p',
          String(db.port),
          '-u',
          db.user,
          '--db',
          database,
          ...args,
        ],
        // The password by environment, not on a command line every `ps` shows.
        { env: { ...process.env, SQL_PASSWORD: db.password }, timeout: 5 * 60_000, maxBuffer: 16 << 20 },
      ).catch((error: Error & { stderr?: string }) => {
        const detail = (error.stderr ?? '').trim().split('\n').slice(-3).join(' ');
        throw new Error(`temporal-sql-tool ${args[0]} on ${database} failed: ${detail || error.message}`);
      });
    await tool('create-database').catch((error: Error) => {
      if (!/already exists/i.test(error.message)) throw error;
    });
    await tool('setup-schema', '-v', '0.0');
    await tool('update-schema', '-d', join(binaries.schemaDir, schema, 'versioned'));
    versions[database] = schemaVersion(binaries.schemaDir, schema);
    log(`${database}: schema ${versions[database]}`);
  }
  return versions;
}

/** The newest versioned directory of a schema (`v1.18` …): what update-schema brought the database to. */
function schemaVersion(schemaDir: string, schema: string): string {
  const entries = readdirSync(join(schemaDir, schema, 'versioned'));
  const numeric = (v: string) => v.replace(/^v/, '').split('.').map(Number);
  const sorted = entries
    .filter((e) => /^v\d+(\.\d+)*$/.test(e))
    .sort((a, b) => {
      const [x, y] = [numeric(a), numeric(b)];
      for (let i = 0; i < Math.max(x.length, y.length); i++)
        if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
      return 0;
    });
  return sorted.at(-1) ?? 'unknown';
}
