import type { DataSource, EntityManager } from 'typeorm';

/**
 * One procedure page read as of one instant: its row, its journal, its tasks and items in a single
 * read-only REPEATABLE READ transaction. Read one statement after another, a page could show the stage a
 * step left behind beside that step already in its timeline (the demo drivers, and a secretary, then
 * took a procedure waiting at its dossier gate for one past it).
 */
export function readSnapshot<T>(dataSource: DataSource, read: (db: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction('REPEATABLE READ', async (db) => {
    await db.query('SET TRANSACTION READ ONLY');
    return read(db);
  });
}
