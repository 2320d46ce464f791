import type { Bytes, Query } from './document-bytes';
import type { DocumentRow } from './document-row';

/** Postgres large objects: lo_from_bytea on put, lo_get on read, lo_unlink on delete. */
export class LargeObjectBytes implements Bytes {
  readonly kind = 'pg';

  async write(_id: string, content: Buffer, query: Query): Promise<number> {
    const [row]: { oid: number }[] = await query('SELECT lo_from_bytea(0, $1) AS oid', [content]);
    return Number(row.oid);
  }

  async read(row: DocumentRow, query: Query): Promise<Buffer | undefined> {
    const [found]: { content: Buffer | null }[] = await query(
      `SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_largeobject_metadata WHERE oid = $1::oid)
                   THEN lo_get($1::oid) END AS content`,
      [row.large_object_oid],
    );
    return found?.content ?? undefined;
  }

  async remove(row: DocumentRow, query: Query): Promise<void> {
    await query(
      `SELECT lo_unlink($1::oid) WHERE EXISTS (SELECT 1 FROM pg_largeobject_metadata WHERE oid = $1::oid)`,
      [row.large_object_oid],
    );
  }
}
