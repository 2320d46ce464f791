import { createDataSource, runMigrations, type DataSourceOptions } from '@personnel/persistence';

/**
 * Applies the committed migrations to the database at `url`; returns the names applied now. `ssl`:
 * TLS as the services use it (`postgresConnectionOptions`), for `npm run migrate` against a TLS Postgres.
 */
export async function migrate(url: string, ssl?: DataSourceOptions['ssl']): Promise<string[]> {
  const dataSource = createDataSource({ url, ssl, poolSize: 1, applicationName: 'personnel-migrate' });
  await dataSource.initialize();
  try {
    return await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
