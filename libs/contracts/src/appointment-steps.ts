import type {
  AppointmentStage,
  AppointmentState,
  CandidateSource,
  DecisionRecord,
  ProcedureTask,
} from './appointment';
import type { DocumentRef, DossierCheck } from './documents';
import type { CadreFacts, LegalBasis, PostFacts, PublicHoliday } from './registry';
import type { RecordStepInput, RecordStepOutcome } from './steps';

/** The appointment read-model row as the workflow sees it after a step. */
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

/** Activities of the appointment workflow; implemented in apps/worker. */
export interface AppointmentActivities {
  recordAppointmentStep(input: RecordAppointmentStepInput): Promise<RecordStepOutcome>;
  loadCandidateFacts(input: LoadCandidateFactsInput): Promise<CandidateFacts[]>;
  /** Holidays from `fromDate` for `years` years: due dates in working days are computed in the workflow. */
  loadHolidays(input: { fromDate: string; years: number }): Promise<PublicHoliday[]>;
  verifyDossier(input: { documents: DocumentRef[] }): Promise<DossierCheck>;
  writeAssignment(input: WriteAssignmentInput): Promise<WriteAssignmentOutcome>;
}
