import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { RegistryNotFoundError, staleVersion } from './errors';

/**
 * Optimistic concurrency: applies `changes` only if the row still has the version the client read
 * (the version column is bumped and updated_at set by TypeORM's update). A missing row is a 404, a
 * different version a 409 telling the user to reload.
 */
export async function updateVersioned<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  key: { column: string; value: string },
  version: number,
  changes: Record<string, unknown>,
  what: string,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set(
      Object.fromEntries(
        Object.entries(changes).filter(([, v]) => v !== undefined),
      ) as QueryDeepPartialEntity<T>,
    )
    .where(`${key.column} = :key AND version = :version`, { key: key.value, version })
    .execute();
  if (result.affected) return;
  const rows: { version: number }[] = await manager
    .createQueryBuilder()
    .select('t.version', 'version')
    .from(entity, 't')
    .where(`t.${key.column} = :key`, { key: key.value })
    .getRawMany();
  if (rows.length === 0) throw new RegistryNotFoundError(`${what} does not exist`);
  throw staleVersion(what, rows[0].version, version);
}
