import type { DataSource } from 'typeorm';

/** Whether Postgres answers (the API's health check). */
export async function pingDatabase(dataSource: DataSource): Promise<void> {
  await dataSource.query('SELECT 1');
}
