import { createHash, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { DocumentKind, DocumentRef, DossierCheck, StoredDocument } from '@personnel/contracts';
import type { Bytes, Query } from './document-bytes';
import { DOCUMENT_COLUMNS, toStored, UUID, type DocumentRow } from './document-row';
import { FileBytes } from './file-bytes';
import { LargeObjectBytes } from './large-object-bytes';

/** Where the bytes of dossier documents live: files in a directory, or Postgres large objects. */
export type DocumentStoreConfig = { kind: 'fs'; dir: string } | { kind: 'pg' };

export interface PutDocumentInput {
  content: Buffer;
  kind: DocumentKind;
  fileName: string;
  contentType: string;
  uploadedBy: string;
  /** The uploader's unit (null: an organisation-wide user): scoped readers of that unit read it. */
  uploaderUnitCode: string | null;
  /** The cadre whose dossier it belongs to (registry code), the day it was issued, an assessment's year. */
  cadreId?: string;
  issuedOn?: string;
  periodYear?: number;
}

/**
 * Dossier documents (hồ sơ) outside Temporal: metadata in `dossier_document`, bytes in the configured
 * store, each read checked against the SHA-256 taken at upload.
 */
export interface DocumentStore {
  put(input: PutDocumentInput): Promise<StoredDocument>;
  /** Undefined for an unknown id; throws DocumentIntegrityError when the bytes no longer match. */
  get(id: string): Promise<{ meta: StoredDocument; content: Buffer } | undefined>;
  /** Metadata of the known ids, in the order asked (unknown ids are left out). */
  metas(ids: string[]): Promise<StoredDocument[]>;
  /** Every dossier document naming one of these cadres (registry codes), oldest upload first. */
  ofCadres(cadreIds: string[]): Promise<StoredDocument[]>;
  /** Every reference checked: present, and stored size and hash equal to the reference's. */
  verify(refs: DocumentRef[]): Promise<DossierCheck>;
  /** Removes the document and its bytes; false when there was none. */
  delete(id: string): Promise<boolean>;
}

export class DocumentIntegrityError extends Error {
  constructor(
    readonly documentId: string,
    detail: string,
  ) {
    super(`document ${documentId} is damaged or was altered: ${detail}`);
    this.name = 'DocumentIntegrityError';
  }
}

const sha256 = (content: Buffer): string => createHash('sha256').update(content).digest('hex');

export function createDocumentStore(dataSource: DataSource, config: DocumentStoreConfig): DocumentStore {
  return new SqlDocumentStore(
    dataSource,
    config.kind === 'fs' ? new FileBytes(config.dir) : new LargeObjectBytes(),
  );
}

class SqlDocumentStore implements DocumentStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bytes: Bytes,
  ) {}

  async put(input: PutDocumentInput): Promise<StoredDocument> {
    const id = randomUUID();
    const digest = sha256(input.content);
    return this.dataSource.transaction(async (manager) => {
      const query: Query = (sql, params) => manager.query(sql, params);
      // A large object is written in the transaction (rolled back with it); a file is written first and
      // removed again if the row cannot be inserted.
      const oid = await this.bytes.write(id, input.content, query);
      try {
        const [row]: DocumentRow[] = await manager.query(
          `INSERT INTO dossier_document (id, kind, file_name, content_type, size_bytes, sha256, store,
                                         large_object_oid, uploaded_by, unit_code, cadre_code, issued_on,
                                         period_year)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::date, $13)
           RETURNING ${DOCUMENT_COLUMNS}`,
          [
            id,
            input.kind,
            input.fileName,
            input.contentType,
            input.content.length,
            digest,
            this.bytes.kind,
            oid,
            input.uploadedBy,
            input.uploaderUnitCode,
            input.cadreId ?? null,
            input.issuedOn ?? null,
            input.periodYear ?? null,
          ],
        );
        return toStored(row);
      } catch (error) {
        if (this.bytes.kind === 'fs') await this.bytes.remove({ id } as DocumentRow, query);
        throw error;
      }
    });
  }

  async get(id: string): Promise<{ meta: StoredDocument; content: Buffer } | undefined> {
    const row = await this.row(id);
    if (!row) return undefined;
    const content = await this.bytes.read(row, (sql, params) => this.dataSource.query(sql, params));
    if (content === undefined)
      throw new DocumentIntegrityError(id, `its content is missing from the ${row.store} store`);
    const problem = this.mismatch(row, content);
    if (problem) throw new DocumentIntegrityError(id, problem);
    return { meta: toStored(row), content };
  }

  async metas(ids: string[]): Promise<StoredDocument[]> {
    const valid = ids.filter((id) => UUID.test(id));
    if (valid.length === 0) return [];
    const rows: DocumentRow[] = await this.dataSource.query(
      `SELECT ${DOCUMENT_COLUMNS} FROM dossier_document WHERE id = ANY($1::uuid[])`,
      [valid],
    );
    const byId = new Map(rows.map((r) => [r.id, toStored(r)]));
    return ids.flatMap((id) => byId.get(id.toLowerCase()) ?? []);
  }

  async ofCadres(cadreIds: string[]): Promise<StoredDocument[]> {
    if (cadreIds.length === 0) return [];
    const rows: DocumentRow[] = await this.dataSource.query(
      `SELECT ${DOCUMENT_COLUMNS} FROM dossier_document WHERE cadre_code = ANY($1::text[])
        ORDER BY uploaded_at, id`,
      [cadreIds],
    );
    return rows.map(toStored);
  }

  async verify(refs: DocumentRef[]): Promise<DossierCheck> {
    const problems: string[] = [];
    for (const ref of refs) {
      const name = `${ref.kind} "${ref.fileName}" (${ref.id})`;
      const row = await this.row(ref.id);
      if (!row) {
        problems.push(`${name} is missing`);
        continue;
      }
      if (row.sha256 !== ref.sha256.toLowerCase() || Number(row.size_bytes) !== ref.sizeBytes) {
        problems.push(
          `${name} differs from the reference (stored ${row.size_bytes} bytes, sha256 ${row.sha256})`,
        );
        continue;
      }
      const content = await this.bytes.read(row, (sql, params) => this.dataSource.query(sql, params));
      if (content === undefined) {
        problems.push(`${name} is missing: its content is gone from the ${row.store} store`);
        continue;
      }
      const problem = this.mismatch(row, content);
      if (problem) problems.push(`${name} was altered: ${problem}`);
    }
    return { ok: problems.length === 0, problems };
  }

  async delete(id: string): Promise<boolean> {
    if (!UUID.test(id)) return false;
    return this.dataSource.transaction(async (manager) => {
      const [row]: DocumentRow[] = await manager.query(
        `SELECT ${DOCUMENT_COLUMNS} FROM dossier_document WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!row) return false;
      const query: Query = (sql, params) => manager.query(sql, params);
      await manager.query('DELETE FROM dossier_document WHERE id = $1', [id]);
      await this.bytes.remove(row, query);
      return true;
    });
  }

  private async row(id: string): Promise<DocumentRow | undefined> {
    if (!UUID.test(id)) return undefined;
    const [row]: DocumentRow[] = await this.dataSource.query(
      `SELECT ${DOCUMENT_COLUMNS} FROM dossier_document WHERE id = $1`,
      [id],
    );
    return row;
  }

  private mismatch(row: DocumentRow, content: Buffer): string | undefined {
    if (content.length !== Number(row.size_bytes))
      return `${content.length} bytes stored, ${row.size_bytes} uploaded`;
    const actual = sha256(content);
    if (actual !== row.sha256) return `sha256 ${actual}, uploaded as ${row.sha256}`;
    return undefined;
  }
}
