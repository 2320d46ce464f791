import type { DocumentKind, StoredDocument } from '@personnel/contracts';

/** A row of `dossier_document`: the metadata of one document and where its bytes are. */
export interface DocumentRow {
  id: string;
  kind: DocumentKind;
  file_name: string;
  content_type: string;
  size_bytes: string;
  sha256: string;
  store: 'fs' | 'pg';
  large_object_oid: number | null;
  uploaded_by: string;
  uploaded_at: Date;
  cadre_code: string | null;
  /** `issued_on` as an ISO date (see DOCUMENT_COLUMNS): pg would make a local-midnight Date of it. */
  issued_on_iso: string | null;
  period_year: number | null;
}

/** What every read of a document selects: the row and its issue day as text. */
export const DOCUMENT_COLUMNS = `*, to_char(issued_on, 'YYYY-MM-DD') AS issued_on_iso`;

/** Document ids are UUIDs; anything else is refused before it reaches SQL or a file path. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function toStored(row: DocumentRow): StoredDocument {
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.file_name,
    contentType: row.content_type,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    uploadedBy: row.uploaded_by,
    uploadedAt: row.uploaded_at.toISOString(),
    store: row.store,
    ...(row.cadre_code !== null && row.cadre_code !== undefined ? { cadreId: row.cadre_code } : {}),
    ...(row.issued_on_iso ? { issuedOn: row.issued_on_iso } : {}),
    ...(row.period_year !== null && row.period_year !== undefined
      ? { periodYear: Number(row.period_year) }
      : {}),
  };
}
