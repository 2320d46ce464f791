/**
 * Test support for every project that needs a real database: a fresh, migrated database per test file on
 * the server that jest's global setup (tools/testing) started. Never imported by production code.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource, runMigrations } from '../data-source';

export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(
      `${name} is not set: run tests through jest's global setup (npm test, or nx test <project>)`,
    );
  return value;
}

export interface TestDatabase {
  url: string;
  dataSource: DataSource;
  drop(): Promise<void>;
}

/** A fresh database per test file on the shared server, migrated with the committed migrations. */
export async function createTestDatabase(
  prefix: string,
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const admin = new URL(requireEnv('TEST_PG_URL'));
  const name = `${prefix.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  await withAdmin(admin, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const dataSource = createDataSource({ url: url.toString(), poolSize: 5 });
  await dataSource.initialize();
  if (options.migrate !== false) await runMigrations(dataSource);
  return {
    url: url.toString(),
    dataSource,
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await withAdmin(admin, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function withAdmin(url: URL, work: (client: Client) => Promise<unknown>): Promise<void> {
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/** Address of the Temporal dev server shared by the test run. */
export function temporalTestAddress(): string {
  return requireEnv('TEST_TEMPORAL_ADDRESS');
}
