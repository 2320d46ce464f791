import type { AppointmentStage, AppointmentState, CandidateSource, DecisionRecord } from './appointment';
import type { DossierActivities, ProcedureActivities, ProcedureSnapshot, ProcedureTask } from './procedure';
import type { DocumentRef, DossierCheck } from './documents';
import type { CadreFacts, LegalBasis, PostFacts } from './registry';
import type { RecordStepInput, RecordStepOutcome } from './steps';

/**
 * The appointment as the workflow sees it after a step: a runs started before the procedure kernel sent
 * it to `recordAppointmentStep`; the kernel keeps its kind-specific part in `procedure.detail`.
 */
export interface AppointmentSnapshot {
  candidateIds: string[];
  postId: string;
  unitCode: string;
  source: CandidateSource;
  legalBasis: LegalBasis;
  proposedBy: string;
  proposedAt: string;
  state: AppointmentState;
  stage: AppointmentStage;
  round: number;
  appointee: string | null;
  decision: DecisionRecord | null;
  procedureDueAt: string | null;
  overdue: boolean;
  exceptionGranted: boolean;
}

/**
 * One durable step of an appointment: the journal row, the appointment read model and the tasks the
 * step changed (the inbox), all in one transaction, all keyed so a retry writes nothing twice.
 */
export interface RecordAppointmentStepInput extends RecordStepInput {
  appointment: AppointmentSnapshot;
  /**
   * Cadre codes whose timeline this step belongs on (the candidates still in the running at a milestone
   * of their case); empty for steps about the procedure's own housekeeping (claims, reminders).
   */
  concerns: string[];
  /** Tasks whose state this step changed; rows keyed (workflow id, task key), never rolled back by seq. */
  tasks: ProcedureTask[];
}

export interface LoadCandidateFactsInput {
  cadreIds: string[];
  postId: string;
  asOf: string;
}

export interface CandidateFacts {
  cadreId: string;
  cadre: CadreFacts | null;
  post: PostFacts | null;
}

/** The appointment written into the registry's assignment history when the decision is signed. */
export interface WriteAssignmentInput {
  workflowId: string;
  cadreId: string;
  postId: string;
  effectiveDate: string;
  /** Decision number: the assignment's decision reference. */
  decisionRef: string;
  kind: 'appointment' | 'reappointment';
}

export interface WriteAssignmentOutcome {
  assignmentId: string;
  /** False when an earlier attempt already wrote it. */
  created: boolean;
}

/** Activities of the appointment workflow (beside the kernel's); implemented in apps/worker. */
export interface AppointmentActivities extends ProcedureActivities, DossierActivities {
  /**
   * The journal activity of runs started before the procedure kernel (`patched('procedure-kernel')`):
   * kept so their histories replay and their remaining steps record; it writes through the kernel's
   * recordProcedureStep.
   */
  recordAppointmentStep(input: RecordAppointmentStepInput): Promise<RecordStepOutcome>;
  loadCandidateFacts(input: LoadCandidateFactsInput): Promise<CandidateFacts[]>;
  verifyDossier(input: { documents: DocumentRef[] }): Promise<DossierCheck>;
  writeAssignment(input: WriteAssignmentInput): Promise<WriteAssignmentOutcome>;
}

/**
 * The appointment as a row of the kernel's `procedure` read model: the shared columns, and in `detail`
 * what only an appointment has. The workflow builds it for each step; the legacy recordAppointmentStep
 * activity of runs begun before the kernel maps their snapshots through it too.
 */
export function appointmentProcedureSnapshot(
  a: AppointmentSnapshot,
  stageEnteredAt: string,
): ProcedureSnapshot {
  return {
    kind: 'appointment',
    subjectCadreIds: [...a.candidateIds],
    unitCode: a.unitCode,
    postId: a.postId,
    state: a.state,
    stage: a.stage,
    stageEnteredAt,
    dueAt: a.procedureDueAt,
    overdue: a.overdue,
    legalBasis: a.legalBasis,
    proposedBy: a.proposedBy,
    proposedAt: a.proposedAt,
    detail: appointmentDetail(a),
  };
}

/** The appointment-only part of the procedure row (`procedure.detail`). */
export type AppointmentDetailColumns = {
  source: CandidateSource;
  round: number;
  appointee: string | null;
  decision: DecisionRecord | null;
  exceptionGranted: boolean;
};

export function appointmentDetail(a: AppointmentSnapshot): AppointmentDetailColumns {
  return {
    source: a.source,
    round: a.round,
    appointee: a.appointee,
    decision: a.decision,
    exceptionGranted: a.exceptionGranted,
  };
}
