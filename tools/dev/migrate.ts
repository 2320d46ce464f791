import { createDataSource, runMigrations } from '@personnel/persistence';

/** Applies the committed migrations to the database at `url`; returns the names applied now. */
export async function migrate(url: string): Promise<string[]> {
  const dataSource = createDataSource({ url, poolSize: 1, applicationName: 'personnel-migrate' });
  await dataSource.initialize();
  try {
    return await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
