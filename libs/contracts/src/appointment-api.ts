import type {
  AppointmentStage,
  AppointmentState,
  AppointmentStatus,
  AppointmentTiming,
  CandidateSource,
} from './appointment';
import type {
  BulkDecideItemResult,
  BulkDecideRequest,
  ConferenceBody,
  SignOffMode,
  SignOffStepInput,
  TaskVerdict,
  TaskView,
} from './procedure';
import type { TimelineEntry } from './api';
import type { CandidateVotes, ConferenceStatus } from './conference';
import type { Role } from './auth';
import type { LegalBasis } from './registry';

/** HTTP shapes of the appointment, inbox, conference and user-directory APIs (the panel's types too). */

/** The conference bodies a start request names, by the field that names them. */
export type StartBodyName = 'collective' | 'expandedConference' | 'keyCadreConference' | 'homeUnitConference';

/**
 * POST /api/v1/appointments. The proposer is the signed-in HR officer; the API pins the time. Each
 * conference body is named either member by member or as a standing body of the registry
 * (`standingBodyIds`), which the API copies at the start; the sign-off chain and the signer, when left
 * out, are the post's sign-off template.
 */
export interface StartAppointmentRequest {
  candidateIds: string[];
  /** Post code. */
  postId: string;
  source: CandidateSource;
  /** Default: the basis in force on the day of the proposal. */
  legalBasis?: LegalBasis;
  collective?: ConferenceBody;
  expandedConference?: ConferenceBody;
  keyCadreConference?: ConferenceBody;
  homeUnitConference?: ConferenceBody;
  /** A standing body (id or code) per conference not named member by member. */
  standingBodyIds?: Partial<Record<StartBodyName, string>>;
  /** The chain and the signer: all three, or none (the post's sign-off template). */
  signOffMode?: SignOffMode;
  signOff?: SignOffStepInput[];
  signerId?: string;
  /** Ids of documents uploaded with POST /api/v1/documents. */
  documentIds?: string[];
  /** Accepted only when the API runs with APPOINTMENT_TIMING_OVERRIDES=true (tests, demos). */
  timing?: Partial<AppointmentTiming>;
}

/** A start request once its standing bodies and template are copied in: every party named. */
export interface ResolvedStartAppointmentRequest extends Omit<
  StartAppointmentRequest,
  'collective' | 'signOffMode' | 'signOff' | 'signerId' | 'standingBodyIds'
> {
  collective: ConferenceBody;
  signOffMode: SignOffMode;
  signOff: SignOffStepInput[];
  signerId: string;
}

export interface AppointmentView {
  id: string;
  candidateIds: string[];
  /** Registry names in the order of candidateIds (null for a code the registry does not know). */
  candidateNames: (string | null)[];
  postId: string;
  postTitle: string | null;
  unitCode: string;
  unitName: string | null;
  source: CandidateSource;
  legalBasis: LegalBasis;
  state: AppointmentState;
  stage: AppointmentStage;
  round: number;
  appointee: string | null;
  decisionNumber: string | null;
  effectiveDate: string | null;
  termLastDay: string | null;
  procedureDueAt: string | null;
  overdue: boolean;
  exceptionGranted: boolean;
  proposedBy: string;
  proposedAt: string;
  updatedAt: string;
}

/** Who holds a single-holder post now: the decision that fills it ends this assignment. */
export interface PostIncumbent {
  cadreId: string;
  fullName: string;
  /** ISO date the assignment began. */
  since: string;
}

/** POST /api/v1/appointments' answer: the view, and the holder the decision will relieve. */
export interface StartedAppointmentView extends AppointmentView {
  incumbent: PostIncumbent | null;
}

export interface AppointmentDetail extends AppointmentView {
  timeline: TimelineEntry[];
  tasks: TaskView[];
  /** Live from the workflow (eligibility checks with citations, steps, tasks); null if Temporal is down. */
  status: AppointmentStatus | null;
}

/** GET /api/v1/tasks query. */
/** `done`: tasks the user finished themselves (completed_by), newest first by default. */
export type InboxScope = 'mine' | 'claimable' | 'all' | 'done';

export interface DecideTaskRequest {
  verdict: TaskVerdict;
  comment?: string;
}

export interface DelegateTaskRequest {
  toUserId: string;
  validFrom: string;
  validUntil: string;
  reason: string;
}

export interface IssueDecisionRequest {
  number: string;
  effectiveDate: string;
}

export interface ReasonRequest {
  reason: string;
}

export interface ResubmitRequest {
  comment: string;
  documentIds?: string[];
}

/** POST …/self-assessment: the holder, the proposer or HR, once the reappointment notice has fired. */
export interface SelfAssessmentRequest {
  /** Trimmed, 20-4000 characters. */
  summary: string;
  documentIds?: string[];
}

/** POST /api/v1/appointments/:postId/:n/bodies: the bodies to replace (others stay) and why. */
export interface ChangeBodiesRequest {
  collective?: ConferenceBody;
  expandedConference?: ConferenceBody;
  keyCadreConference?: ConferenceBody;
  homeUnitConference?: ConferenceBody;
  reason: string;
}

/** POST …/conferences/:index/reconvene: HR or the conference's secretary, after it was not held. */
export interface ReconveneRequest {
  reason: string;
}

export interface AttendanceRequest {
  present: string[];
}

export interface TallyRequest {
  ballotsCast: number;
  votes: CandidateVotes[];
  sheetSha256: string;
}

export interface HeadDecisionRequest {
  candidateId: string;
  approve: boolean;
}

export interface ConferenceView {
  id: string;
  appointmentId: string;
  stepIndex: number;
  /** The attempt this view describes: the step's latest (1, then +1 each time it is convened again). */
  attempt: number;
  kind: string;
  summonedIds: string[];
  secretaryId: string;
  headId: string;
  candidates: string[];
  status: ConferenceStatus;
}

/** GET /api/v1/users?role=: who can be picked as approver, signer, secretary, member. */
export interface UserDirectoryEntry {
  username: string;
  fullName: string;
  roles: Role[];
  unitCode: string | null;
  cadreId: string | null;
}

/** Bulk approval moved to the one task API (POST /api/v1/tasks/bulk-decide). */
export type BulkApproveRequest = BulkDecideRequest;
export type BulkApproveItemResult = BulkDecideItemResult;

/** GET /api/v1/reports/appointments: the leader's dashboard, from the read models and the registry. */
export interface AppointmentReport {
  byState: { state: AppointmentState; count: number }[];
  byUnit: { unitCode: string; unitName: string | null; state: AppointmentState; count: number }[];
  /** Appointed without an eligibility exception, over all appointed. */
  standardsMet: { met: number; appointed: number };
  /** Current holders of commune Party secretary / chairman posts whose hometown is elsewhere. */
  nonLocalHeads: { nonLocal: number; heads: number };
  /** Working days from proposal to decision over the appointed (null when none). */
  timeToDecisionDays: { count: number; p50: number | null; p90: number | null };
  overdueTasks: number;
  openTasks: number;
}

/** GET /api/v1/cadres/:id/timeline: the milestones of every procedure a cadre was a candidate in. */
export interface CadreTimelineEntry {
  workflowId: string;
  stepKey: string;
  seq: number;
  kind: string;
  occurredAt: string;
  procedureKind: string;
  postId: string | null;
  postTitle: string | null;
  unitCode: string;
  unitName: string | null;
  /** Where that procedure stands now. */
  procedureState: string;
}
