import type {
  ActorRef,
  ConferenceBody,
  ProcedureStatusBase,
  ProcedureTask,
  RefusalCode,
  SignOffMode,
  SignOffStepInput,
} from './procedure';
import type { ConferenceOutcome, ConferenceResult } from './conference';
import type { DocumentRef } from './documents';
import type { EligibilityResult, LegalBasis } from './registry';

/**
 * The appointment procedure (bổ nhiệm, ../shared/DOMAIN.md): eligibility gate → the collective steps
 * for the candidate's source (5 local, 3 outside) → individual sign-offs → the decision → the term.
 * Plain data shared by the API, the appointment workflow, its activities and the web panel.
 */
export type CandidateSource = 'local' | 'outside';
export const CANDIDATE_SOURCES: readonly CandidateSource[] = ['local', 'outside'];

/**
 * The collective steps of NĐ 138 Art. 46. Local: collective proposes → expanded conference → collective
 * selects → key-cadre conference → collective votes. Outside: collective proposes → consultation of the
 * home unit's key cadres → collective votes.
 */
export type ProcedureStepKind =
  | 'collective_proposes'
  | 'expanded_conference'
  | 'collective_selects'
  | 'key_cadre_conference'
  | 'home_unit_consultation'
  | 'collective_votes';
export const PROCEDURE_STEP_KINDS: readonly ProcedureStepKind[] = [
  'collective_proposes',
  'expanded_conference',
  'collective_selects',
  'key_cadre_conference',
  'home_unit_consultation',
  'collective_votes',
];

/** The conference bodies of a procedure, by the input field that names them. */
export type AppointmentBodies = Pick<
  AppointmentInput,
  'collective' | 'expandedConference' | 'keyCadreConference' | 'homeUnitConference'
>;

/**
 * Every duration of the procedure, as workflow input so tests can shorten them. Working days come from
 * the holiday calendar unless `workingDayMs` is set (tests), which makes each working day that long.
 */
export interface AppointmentTiming {
  /** Each sign-off task and the decision (policy approval, QĐ 727: 10 working days). */
  taskWorkingDays: number;
  /** The whole procedure up to the decision (QĐ 727: 30 working days). */
  procedureWorkingDays: number;
  /** The assignee is reminded this many working days before a task is due. */
  reminderWorkingDays: number;
  /** Conference deadline (ms) handed to each conference child. */
  conferenceDeadlineMs: number;
  /** Tests only: one working day lasts this long (ms) and due times ignore the calendar. */
  workingDayMs?: number;
  /** Tests only: the term lasts this long (ms) instead of the legal basis' years. */
  termMs?: number;
  /** Tests only: the reappointment notice fires this long (ms) before the term ends. */
  reappointmentNoticeMs?: number;
}

export interface AppointmentInput {
  /** Candidates in the order HR lists them: 1 for an outside candidate, 1..3 (the planning pool) local. */
  candidateIds: string[];
  postId: string;
  /** Code of the post's unit: unit scope and the `UnitCode` search attribute. */
  unitCode: string;
  source: CandidateSource;
  /** Pinned for the whole procedure (DOMAIN.md: a procedure finishes under the basis it began under). */
  legalBasis: LegalBasis;
  proposedBy: string;
  /** ISO time HR submitted (taken by the API so the workflow stays deterministic). */
  proposedAt: string;
  /** The leadership collective: collective_* steps. */
  collective: ConferenceBody;
  /** Local: expanded_conference and key_cadre_conference; outside: home_unit_consultation. */
  expandedConference?: ConferenceBody;
  keyCadreConference?: ConferenceBody;
  homeUnitConference?: ConferenceBody;
  signOffMode: SignOffMode;
  signOff: SignOffStepInput[];
  /** Signs the decision (number, effective date). */
  signerId: string;
  documents: DocumentRef[];
  timing: AppointmentTiming;
  /** Set by continue-as-new: the procedure resumes in its term phase with this state. */
  resume?: AppointmentResume;
}

export interface AppointmentResume {
  /** Journal position to continue from: seq numbers keep rising across runs of one workflow id. */
  nextSeq: number;
  appointee: string;
  decision: DecisionRecord;
  /** Term number (1 = first appointment, 2 = after one reappointment, …). */
  term: number;
  termStartsAt: string;
  /** What the procedure established before the term, so the status stays whole in later runs. */
  eligibility: CandidateEligibility[];
  exception: EligibilityException | null;
  steps: ProcedureStepRecord[];
}

export type AppointmentState =
  'in_progress' | 'appointed' | 'rejected' | 'not_passed' | 'withdrawn' | 'term_ended';
export const APPOINTMENT_STATES: readonly AppointmentState[] = [
  'in_progress',
  'appointed',
  'rejected',
  'not_passed',
  'withdrawn',
  'term_ended',
];

/** Procedure stage, shown to ops as the `ProcedureStage` search attribute and to users in the panel. */
export type AppointmentStage =
  | 'eligibility_check'
  | 'awaiting_exception'
  /** The dossier is not complete: HR completes it, or a leader excuses it (kit dossier gate). */
  | 'awaiting_dossier'
  | ProcedureStepKind
  | 'sign_off'
  | 'returned_for_revision'
  | 'awaiting_decision'
  | 'in_term'
  | 'reappointment'
  | 'closed';

export interface CandidateEligibility {
  cadreId: string;
  /** Null when the cadre or the post is unknown to the registry. */
  result: EligibilityResult | null;
  problem?: string;
}

export interface EligibilityException {
  grantedBy: string;
  reason: string;
  at: string;
  cadreIds: string[];
}

export interface ProcedureStepRecord {
  index: number;
  /** 1, then +1 each time the step is convened again after a conference that was not held. */
  attempt: number;
  /** Who sat in this conference (absent on records written before it was kept here). */
  body?: ConferenceBody;
  kind: ProcedureStepKind;
  conferenceId: string;
  candidates: string[];
  outcome: ConferenceOutcome | null;
  forward: string[];
  result?: ConferenceResult;
}

export interface DecisionRecord {
  number: string;
  signerId: string;
  effectiveDate: string;
  signedAt: string;
  /** Last day of the term (inclusive), from the effective date and the legal basis. */
  termLastDay: string;
}

export interface AppointmentStatus extends ProcedureStatusBase {
  state: AppointmentState;
  stage: AppointmentStage;
  /** Revision round: 1, then +1 after each return for revision. */
  round: number;
  candidates: string[];
  eligibility: CandidateEligibility[];
  exception: EligibilityException | null;
  steps: ProcedureStepRecord[];
  tasks: ProcedureTask[];
  /** The candidate left after the collective steps. */
  appointee: string | null;
  decision: DecisionRecord | null;
  procedureDueAt: string | null;
  overdue: boolean;
  documents: DocumentRef[];
  term: number;
  /** Who sits in the conferences still to come (the start's bodies, as changed since). */
  bodies: AppointmentBodies;
  /** The holder's self-assessment for the reappointment at the end of the current term. */
  selfAssessment: { by: string; summary: string; at: string } | null;
  closedReason: string | null;
}

export interface AppointmentResult {
  state: Exclude<AppointmentState, 'in_progress'>;
  appointee: string | null;
  decision: DecisionRecord | null;
  reason: string | null;
}

// ── Commands: each an Update with a validator that re-checks the actor at the moment it is applied ──

export interface GrantExceptionCommand {
  actor: ActorRef;
  /** At least 20 characters: an exception is reasoned or it is not granted. */
  reason: string;
}

export interface ResubmitCommand {
  actor: ActorRef;
  comment: string;
  /** Documents added or replaced in this round. */
  documents?: DocumentRef[];
}

export interface WithdrawAppointmentCommand {
  actor: ActorRef;
  reason: string;
}

/**
 * Convene a collective step again after its conference was not held (quorum not met, or its deadline
 * passed): the proposer or that conference's secretary, with the reason.
 */
export interface ReconveneCommand {
  actor: ActorRef;
  stepIndex: number;
  reason: string;
}

/**
 * Replace who sits in the procedure's conferences from now on (a member left, a new term of office);
 * conferences already convened keep their members. HR, with the reason; the same rules as at the start.
 */
export interface ChangeBodiesCommand {
  actor: ActorRef;
  collective?: ConferenceBody;
  expandedConference?: ConferenceBody;
  keyCadreConference?: ConferenceBody;
  homeUnitConference?: ConferenceBody;
  reason: string;
}

export interface IssueDecisionCommand {
  actor: ActorRef;
  /** Decision number as printed, e.g. "125/QĐ-UBND". */
  number: string;
  /** ISO date the appointment takes effect; the term runs from it. */
  effectiveDate: string;
}

/** Answer of every accepted command: the procedure as it stands after it. */
export type CommandResult = AppointmentStatus;

/** The appointment's commands refuse with the kernel's codes. */
export type AppointmentRefusalCode = RefusalCode;
