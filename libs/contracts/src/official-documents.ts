/**
 * Official documents (văn bản) a procedure produces: the facts they are made from, as persistence reads
 * them and the domain builds from (libs/domain/src/documents), and the API's views of them.
 */
import type { LegalBasis } from './registry';

export type OfficialDocumentKind =
  'cv_2c' | 'submission' | 'conference_minutes' | 'ballot_count' | 'decision' | 'planning_resolution';

export const OFFICIAL_DOCUMENT_KINDS: readonly OfficialDocumentKind[] = [
  'cv_2c',
  'submission',
  'conference_minutes',
  'ballot_count',
  'decision',
  'planning_resolution',
];

/** One journal row as the documents read it (libs/persistence `workflow_step`). */
export interface JournalStep {
  stepKey: string;
  seq: number;
  kind: string;
  actor: string;
  payload: Record<string, unknown>;
  occurredAt: string;
}

/** A cadre as the registry records them: what the CV (mẫu 2C) prints, nothing retyped. */
export interface CadreCvFacts {
  code: string;
  fullName: string;
  gender: 'male' | 'female';
  birthDate: string;
  /** The name of the hometown locality (quê quán), or its code when the registry has no name for it. */
  hometown: string;
  ethnicity: string;
  education: string;
  politicalTheory: string;
  stateManagement: string;
  partyMember: boolean;
  /** "Phó Chủ tịch UBND - Xã Quảng An" of the current assignment; null when none. */
  currentPost: string | null;
  /** Assignments, oldest first. */
  history: { from: string; to: string | null; post: string; unit: string; decisionRef: string | null }[];
  evaluations: { year: number; rating: 'excellent' | 'good' | 'satisfactory' | 'unsatisfactory' }[];
  disciplines: { form: 'reprimand' | 'warning' | 'removal'; decidedAt: string; reason: string }[];
}

export interface DocumentPostFacts {
  code: string;
  title: string;
  unitCode: string;
  unitName: string;
}

/**
 * Everything a procedure's documents are made from, read in one go: its journal, the journals of its
 * conference children, and the registry's names. No field is typed by HR for the document.
 */
export interface DocumentFacts {
  workflowId: string;
  /** The first segment of the id: appointment, rotation, plan, confidence_vote, training, … */
  procedureKind: string;
  legalBasis: LegalBasis | null;
  /** The procedure's unit (the post's, the plan's, the vote's). */
  unit: { code: string; name: string };
  /**
   * The district that issues the papers (the nearest district at or above the unit) and its province:
   * "Đầm Hà", "Quảng Ninh" — the body names and the place of every document.
   */
  district: string;
  province: string | null;
  steps: JournalStep[];
  /** Each conference child's journal (`<id>/conference/<index>`), by index. */
  conferences: { index: number; steps: JournalStep[] }[];
  /** Full names by user name and by cadre code. */
  names: Readonly<Record<string, string>>;
  /** Posts by code (the procedure's, the rotation's destination, the plan's). */
  posts: Readonly<Record<string, DocumentPostFacts>>;
  /** Unit names by code. */
  units: Readonly<Record<string, string>>;
  /** The registry facts of the procedure's subjects, for their CVs. */
  cadres: readonly CadreCvFacts[];
}

/** A paper in a procedure's document list (GET /api/v1/procedures/{id}/documents). */
export interface OfficialDocumentView {
  /** Unique in the procedure: `decision`, `conference_minutes.0`, `cv_2c.<cadre code>`. */
  key: string;
  kind: OfficialDocumentKind;
  /** Vietnamese title. */
  title: string;
  /** The journal step it is issued from; null while that step is not recorded (a draft). */
  stepKey: string | null;
  state: 'issued' | 'draft';
  /** Stored bytes and their SHA-256; null for a draft (rendered on request, never stored). */
  sizeBytes: number | null;
  sha256: string | null;
  issuedAt: string | null;
  /** The file name a download is saved under (ASCII): `appointment-QA-CT-1-decision.pdf`. */
  fileName: string;
  /** The paths of the PDF shown inline and sent as an attachment. */
  previewPath: string;
  downloadPath: string;
}

export interface OfficialDocumentList {
  workflowId: string;
  documents: OfficialDocumentView[];
}
