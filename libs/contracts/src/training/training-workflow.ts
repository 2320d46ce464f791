import type { ActorRef } from '../procedure/actor';
import type { ProcedureStatusBase } from '../procedure/snapshot';

/**
 * Durations of a training class, so tests can shorten them: without them the session opens at 07:00
 * (Vietnam) of the start date and closes at 17:00 of the end date on the real calendar.
 */
export interface TrainingClassTiming {
  /** Tests: the session opens this long after the class was opened (ms). */
  sessionStartsAfterMs?: number;
  /** Tests: the session closes (attendance and results) this long after the class was opened (ms). */
  sessionClosesAfterMs?: number;
}

/** What the training class workflow starts with, all resolved by the API. */
export interface TrainingClassInput {
  /** The class's own code: the workflow id is `training/<classCode>`. */
  classCode: string;
  courseCode: string;
  title: string;
  /** ISO dates (YYYY-MM-DD), the end on or after the start. */
  startDate: string;
  endDate: string;
  place: string;
  /** The organising unit: the procedure's unit (scope, `UnitCode`). */
  unitCode: string;
  /** At most this many enrolled at once; null: no limit. */
  capacity: number | null;
  /** The HR user who opened the class. */
  organiserId: string;
  /** ISO time the class was opened (taken by the API so the workflow stays deterministic). */
  proposedAt: string;
  timing: TrainingClassTiming;
}

/** opened (enrolment) → in_session (from the start date) → closing (attendance, results) → completed. */
export type TrainingClassStage = 'opened' | 'in_session' | 'closing' | 'completed' | 'cancelled';
export const TRAINING_CLASS_STAGES: readonly TrainingClassStage[] = [
  'opened',
  'in_session',
  'closing',
  'completed',
  'cancelled',
];
export type TrainingClassState = 'in_progress' | 'completed' | 'cancelled';
export const TRAINING_CLASS_STATES: readonly TrainingClassState[] = ['in_progress', 'completed', 'cancelled'];

/** How a cadre came into the class: by name, or with a whole unit. */
export type EnrolmentSource = { kind: 'cadre' } | { kind: 'unit'; unitCode: string };

export interface TrainingEnrolment {
  cadreId: string;
  /** The unit of the cadre's current post when enrolled (null: none). */
  unitCode: string | null;
  source: EnrolmentSource;
  enrolledBy: string;
  enrolledAt: string;
  /** Set when withdrawn; a withdrawn cadre may be enrolled again. */
  withdrawn: { by: string; at: string; reason: string | null } | null;
}

export interface TrainingAttendance {
  cadreId: string;
  attended: boolean;
  note: string | null;
  recordedBy: string;
  recordedAt: string;
}

export interface TrainingResult {
  cadreId: string;
  passed: boolean;
  /** Required when passed: the number on the certificate (giấy chứng nhận). */
  certificateNumber: string | null;
  /** A scan of the certificate, uploaded with POST /api/v1/documents. */
  certificateDocumentId: string | null;
}

/** Why a cadre of an enrolment request was not enrolled. */
export type EnrolmentSkipReason = 'already_enrolled' | 'already_completed';

export interface EnrolmentSkip {
  cadreId: string;
  reason: EnrolmentSkipReason;
}

/** What the completion wrote to the registry's `training_completion`. */
export interface TrainingCompletionOutcome {
  /** Passed cadres whose completion row is this class's. */
  written: string[];
  /** Passed cadres who already held a completion of the course from elsewhere (left as it was). */
  alreadyHeld: string[];
}

/** The training-only part of the procedure row (`procedure.detail`) and of its status. */
export interface TrainingClassDetail {
  classCode: string;
  courseCode: string;
  title: string;
  startDate: string;
  endDate: string;
  place: string;
  unitCode: string;
  capacity: number | null;
  organiserId: string;
  /** Every enrolment, withdrawn ones included, in the order made. */
  enrolments: TrainingEnrolment[];
  attendance: TrainingAttendance[];
  results: TrainingResult[];
  /** ISO date the completions carry. */
  completedOn: string | null;
  completion: TrainingCompletionOutcome | null;
  cancelled: { by: string; at: string; reason: string } | null;
}

export interface TrainingClassStatus extends ProcedureStatusBase, TrainingClassDetail {
  state: TrainingClassState;
  stage: TrainingClassStage;
  /** The last enrolment command's skipped cadres, so its answer can say who and why. */
  lastSkipped: EnrolmentSkip[];
}

/**
 * Enrolment: one cadre, or every cadre of a unit. The API resolves the registry (the cadre exists, the
 * unit's cadres now, who already holds a completion of the course); the workflow skips who is enrolled.
 */
export interface EnrolTraineesCommand {
  actor: ActorRef;
  source: EnrolmentSource;
  cadres: { cadreId: string; unitCode: string | null }[];
  /** Of `cadres`, those already holding a completion of the class's course. */
  completedCadreIds: string[];
}

export interface WithdrawTraineeCommand {
  actor: ActorRef;
  cadreId: string;
  reason?: string;
}

export interface RecordTrainingAttendanceCommand {
  actor: ActorRef;
  entries: { cadreId: string; attended: boolean; note?: string }[];
}

export interface CompleteTrainingClassCommand {
  actor: ActorRef;
  results: {
    cadreId: string;
    passed: boolean;
    certificateNumber?: string;
    certificateDocumentId?: string;
  }[];
}

/** Opens the session before the start date's timer, or closes it before the end date's. */
export interface TrainingSessionCommand {
  actor: ActorRef;
}

export interface CancelTrainingClassCommand {
  actor: ActorRef;
  reason: string;
}

/** The cadres enrolled now (not withdrawn), in enrolment order. */
export function activeEnrolments(detail: Pick<TrainingClassDetail, 'enrolments'>): TrainingEnrolment[] {
  return detail.enrolments.filter((e) => e.withdrawn === null);
}

/** A class's detail as it stands when opened: nobody enrolled, nothing recorded. */
export function initialTrainingClassDetail(input: TrainingClassInput): TrainingClassDetail {
  return {
    classCode: input.classCode,
    courseCode: input.courseCode,
    title: input.title,
    startDate: input.startDate,
    endDate: input.endDate,
    place: input.place,
    unitCode: input.unitCode,
    capacity: input.capacity,
    organiserId: input.organiserId,
    enrolments: [],
    attendance: [],
    results: [],
    completedOn: null,
    completion: null,
    cancelled: null,
  };
}
