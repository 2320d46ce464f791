/**
 * Dossier documents (hồ sơ) stay outside Temporal: a workflow carries only this reference. The store
 * (filesystem or Postgres large objects) keys each document by id and checks its SHA-256 on every read.
 */
export type DocumentKind =
  | 'cv'
  | 'declaration'
  | 'assessment'
  | 'health_certificate'
  | 'minutes'
  | 'tally_sheet'
  | 'self_assessment'
  | 'decision'
  /** A training certificate (giấy chứng nhận hoàn thành lớp bồi dưỡng). */
  | 'certificate'
  | 'other';
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'cv',
  'declaration',
  'assessment',
  'health_certificate',
  'minutes',
  'tally_sheet',
  'self_assessment',
  'decision',
  'certificate',
  'other',
];

export interface DocumentRef {
  /** UUID given by the store. */
  id: string;
  kind: DocumentKind;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  /** Lower-case hex SHA-256 of the content. */
  sha256: string;
}

export interface StoredDocument extends DocumentRef {
  uploadedBy: string;
  uploadedAt: string;
  /** Where the bytes are: `fs` or `pg` (large object). */
  store: 'fs' | 'pg';
}

export interface DossierCheck {
  ok: boolean;
  /** One line per missing or altered document, naming it. */
  problems: string[];
}
