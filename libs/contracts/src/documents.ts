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
  /** The comments of the residence Party cell (nhận xét của chi ủy nơi cư trú) on the cadre and family. */
  | 'party_cell_comment'
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
  'party_cell_comment',
  'other',
];

/**
 * Kinds a dossier checklist asks for (libs/domain `dossier`): an upload of one of these names the cadre
 * whose dossier it belongs to and the day it was issued, an assessment also the year it assesses.
 */
export const DOSSIER_DOCUMENT_KINDS: readonly DocumentKind[] = [
  'cv',
  'declaration',
  'assessment',
  'health_certificate',
  'party_cell_comment',
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
  /**
   * The cadre whose dossier it belongs to, the day it was issued (ISO date) and, for an assessment, the
   * year it assesses. Absent on documents uploaded before dossiers were checked (and on other kinds).
   */
  cadreId?: string;
  issuedOn?: string;
  periodYear?: number;
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
