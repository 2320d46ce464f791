import { defineUpdate } from '@temporalio/workflow';
import type { DocumentKind, DocumentRef } from '../documents';
import type { ActorRef } from './actor';
import type { ProcedureStatusBase } from './snapshot';

/**
 * The dossier (hồ sơ) a procedure checks before its first conference: one checklist per subject cadre,
 * its items fixed by the procedure kind and the legal basis (libs/domain `dossier`).
 */
export type DossierItemCode =
  'cv' | 'asset_declaration' | 'health_certificate' | 'assessment' | 'party_cell_comment';
export const DOSSIER_ITEM_CODES: readonly DossierItemCode[] = [
  'cv',
  'asset_declaration',
  'health_certificate',
  'assessment',
  'party_cell_comment',
];

/** `present`: a document valid on the day; `expired`: only documents no longer valid; `missing`: none. */
export type DossierItemState = 'present' | 'missing' | 'expired';

/** One item of a checklist: for assessments, one item per year asked. */
export interface DossierItemCheck {
  /** `cv`, `health_certificate`, … and `assessment-<year>` for the assessment of one year. */
  key: string;
  code: DossierItemCode;
  documentKind: DocumentKind;
  /** The year an assessment item asks for. */
  year?: number;
  state: DossierItemState;
  /** The document that satisfies it (the newest valid one), or the newest expired one. */
  documentId: string | null;
  issuedOn: string | null;
  /** Last day the document is valid (ISO date, inclusive); null when it does not expire. */
  validUntil: string | null;
  citation: string;
}

export interface DossierChecklist {
  cadreId: string;
  /** The day it was judged (ISO date, Vietnam). */
  asOf: string;
  complete: boolean;
  items: DossierItemCheck[];
  /** Keys of the items not present on the day. */
  missing: string[];
  /** The earliest `validUntil` of the present items: when the checklist must be judged again. */
  validUntil: string | null;
}

/** A leader's reasoned exception to an incomplete dossier (as for eligibility). */
export interface DossierException {
  grantedBy: string;
  reason: string;
  at: string;
  /** The item keys missing when it was granted, per cadre. */
  missing: { cadreId: string; keys: string[] }[];
}

/** What a procedure knows of its dossier: in its status and in the `procedure` row's `detail.dossier`. */
export interface ProcedureDossier {
  documents: DocumentRef[];
  checklists: DossierChecklist[];
  complete: boolean;
  /** The day every checklist was first complete (the gate opened), null before. */
  completedOn: string | null;
  exception: DossierException | null;
}

/** HR adds uploaded documents (refs resolved by the API from the store) to a running procedure's dossier. */
export interface AddDossierDocumentsCommand {
  actor: ActorRef;
  documents: DocumentRef[];
}

export interface GrantDossierExceptionCommand {
  actor: ActorRef;
  reason: string;
}

/** The kit's dossier Updates, the same for every kind that checks a dossier. */
export const addDossierDocumentsUpdate = defineUpdate<ProcedureStatusBase, [AddDossierDocumentsCommand]>(
  'addDossierDocuments',
);
export const grantDossierExceptionUpdate = defineUpdate<ProcedureStatusBase, [GrantDossierExceptionCommand]>(
  'grantDossierException',
);
