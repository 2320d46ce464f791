import { createHash, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { OfficialDocumentKind } from '@personnel/contracts';
import type { Bytes, Query } from './document-bytes';
import type { DocumentRow } from './document-row';
import { DocumentIntegrityError, type DocumentStoreConfig } from './document-store';
import { FileBytes } from './file-bytes';
import { LargeObjectBytes } from './large-object-bytes';

/** An issued official document's row: where its bytes are, their SHA-256, the step it came from. */
export interface IssuedDocument {
  id: string;
  workflowId: string;
  key: string;
  kind: OfficialDocumentKind;
  stepKey: string;
  title: string;
  fileName: string;
  sizeBytes: number;
  sha256: string;
  store: 'fs' | 'pg';
  issuedBy: string;
  issuedAt: string;
}

export interface IssueDocumentInput {
  workflowId: string;
  key: string;
  kind: OfficialDocumentKind;
  stepKey: string;
  title: string;
  fileName: string;
  issuedBy: string;
  /** Renders the PDF; called at most once per call, before the lock, and only when not yet issued. */
  render(): Promise<Buffer>;
}

interface Row {
  id: string;
  workflow_id: string;
  document_key: string;
  kind: OfficialDocumentKind;
  step_key: string;
  title: string;
  file_name: string;
  size_bytes: string;
  sha256: string;
  store: 'fs' | 'pg';
  large_object_oid: number | null;
  issued_by: string;
  issued_at: Date;
}

const toIssued = (r: Row): IssuedDocument => ({
  id: r.id,
  workflowId: r.workflow_id,
  key: r.document_key,
  kind: r.kind,
  stepKey: r.step_key,
  title: r.title,
  fileName: r.file_name,
  sizeBytes: Number(r.size_bytes),
  sha256: r.sha256,
  store: r.store,
  issuedBy: r.issued_by,
  issuedAt: r.issued_at.toISOString(),
});

const sha256 = (content: Buffer): string => createHash('sha256').update(content).digest('hex');

/** The byte stores read a row's id (files) and large-object oid (pg) only. */
const bytesRef = (r: Row): DocumentRow => ({ id: r.id, large_object_oid: r.large_object_oid }) as DocumentRow;

/**
 * Official documents in the document store, each issued exactly once per (procedure, key): concurrent
 * or retried issues of one paper serialise on an advisory lock, and every one after the first finds
 * the row and stores nothing. Bytes go to the same store as dossier documents (files or large
 * objects); every read recomputes the SHA-256.
 */
export class OfficialDocumentStore {
  private readonly bytes: Bytes;

  constructor(
    private readonly dataSource: DataSource,
    config: DocumentStoreConfig,
  ) {
    this.bytes = config.kind === 'fs' ? new FileBytes(config.dir) : new LargeObjectBytes();
  }

  async list(workflowId: string): Promise<IssuedDocument[]> {
    const rows: Row[] = await this.dataSource.query(
      'SELECT * FROM official_document WHERE workflow_id = $1 ORDER BY issued_at, document_key',
      [workflowId],
    );
    return rows.map(toIssued);
  }

  /**
   * The paper `key` of the procedure, issued now if it was not: returns the row and whether this call
   * stored it. A render that differs from a stored paper never replaces it (the first issue stands).
   */
  async issue(input: IssueDocumentInput): Promise<{ document: IssuedDocument; issued: boolean }> {
    const existing = await this.find(input.workflowId, input.key);
    if (existing) return { document: existing, issued: false };
    const content = await input.render();
    return this.dataSource.transaction(async (manager) => {
      const query: Query = (sql, params) => manager.query(sql, params);
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 7))', [
        `official_document|${input.workflowId}|${input.key}`,
      ]);
      const [found]: Row[] = await manager.query(
        'SELECT * FROM official_document WHERE workflow_id = $1 AND document_key = $2',
        [input.workflowId, input.key],
      );
      if (found) return { document: toIssued(found), issued: false };
      const id = randomUUID();
      const oid = await this.bytes.write(id, content, query);
      try {
        const [row]: Row[] = await manager.query(
          `INSERT INTO official_document (id, workflow_id, document_key, kind, step_key, title, file_name,
                                          size_bytes, sha256, store, large_object_oid, issued_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING *`,
          [
            id,
            input.workflowId,
            input.key,
            input.kind,
            input.stepKey,
            input.title,
            input.fileName,
            content.length,
            sha256(content),
            this.bytes.kind,
            oid,
            input.issuedBy,
          ],
        );
        return { document: toIssued(row), issued: true };
      } catch (error) {
        if (this.bytes.kind === 'fs') await this.bytes.remove({ id } as DocumentRow, query);
        throw error;
      }
    });
  }

  /** The stored paper and its bytes; throws DocumentIntegrityError when they are gone or altered. */
  async read(
    workflowId: string,
    key: string,
  ): Promise<{ document: IssuedDocument; content: Buffer } | undefined> {
    const [row]: Row[] = await this.dataSource.query(
      'SELECT * FROM official_document WHERE workflow_id = $1 AND document_key = $2',
      [workflowId, key],
    );
    if (!row) return undefined;
    const content = await this.bytes.read(bytesRef(row), (sql, params) => this.dataSource.query(sql, params));
    if (content === undefined)
      throw new DocumentIntegrityError(row.id, `its content is missing from the ${row.store} store`);
    if (content.length !== Number(row.size_bytes) || sha256(content) !== row.sha256)
      throw new DocumentIntegrityError(row.id, `sha256 ${sha256(content)}, issued as ${row.sha256}`);
    return { document: toIssued(row), content };
  }

  private async find(workflowId: string, key: string): Promise<IssuedDocument | undefined> {
    const [row]: Row[] = await this.dataSource.query(
      'SELECT * FROM official_document WHERE workflow_id = $1 AND document_key = $2',
      [workflowId, key],
    );
    return row ? toIssued(row) : undefined;
  }
}
