import type { DocumentRow } from './document-row';

/** Where the bytes go; the metadata row is written by the store around it. */
export interface Bytes {
  readonly kind: 'fs' | 'pg';
  /** Writes the bytes; returns the large object's oid (pg) or null (fs). */
  write(id: string, content: Buffer, query: Query): Promise<number | null>;
  /** The stored bytes, undefined when they are gone. */
  read(row: DocumentRow, query: Query): Promise<Buffer | undefined>;
  remove(row: DocumentRow, query: Query): Promise<void>;
}

/** A query on the store's connection, or on its transaction's. */
export type Query = (sql: string, params?: unknown[]) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
