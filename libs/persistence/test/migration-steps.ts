import { DataSource } from 'typeorm';
import { ENTITIES, MIGRATIONS } from '../src/data-source';

/** Reverts every migration applied after `migrationName`, newest first, so that one is the last applied. */
export async function undoAfter(dataSource: DataSource, migrationName: string): Promise<void> {
  for (;;) {
    const [last]: { name: string }[] = await dataSource.query(
      `SELECT name FROM schema_migrations ORDER BY timestamp DESC LIMIT 1`,
    );
    if (!last) throw new Error(`${migrationName} is not applied`);
    if (last.name === migrationName) return;
    await dataSource.undoLastMigration({ transaction: 'each' });
  }
}

/**
 * The schema as it stood before one migration: the committed migrations before it (a later one may
 * need what that one creates, as 1766000000000 needs the procedure table).
 */
export function schemaWithout(url: string, migrationName: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS.slice(
      0,
      MIGRATIONS.findIndex((m) => m.name === migrationName),
    ),
    migrationsTableName: 'schema_migrations',
  });
}
