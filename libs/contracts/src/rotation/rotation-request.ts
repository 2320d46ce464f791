import type { LegalBasis } from '../registry';
import type { ConferenceBody, SignOffMode, SignOffStepInput } from '../procedure/bodies';

/** Why a cadre is rotated: each reason names the rule it serves (QĐ 65-QĐ/TW 2022). */
export type RotationReason = 'non_local_rule' | 'two_term_rule' | 'development';
export const ROTATION_REASONS: readonly RotationReason[] = ['non_local_rule', 'two_term_rule', 'development'];

/** A rotation serving the non-local or the two-term rule needs only one term of service left. */
export function servesHeadRule(reason: RotationReason): boolean {
  return reason === 'non_local_rule' || reason === 'two_term_rule';
}

/**
 * The move itself: who goes from which post to which unit and post, why and for how long. A batch row
 * and a planner's proposed move are exactly this; the procedural part (bodies, sign-offs) comes apart.
 */
export interface RotationMove {
  /** Cadre code. */
  cadreId: string;
  /** Post code the cadre holds now. */
  fromPostId: string;
  /** Code of the receiving unit; the destination post must belong to it. */
  toUnitCode: string;
  /** Post code at the receiving unit. No post is created by a rotation. */
  toPostId: string;
  reason: RotationReason;
  /** Length of the rotation in months; default and minimum 36 (QĐ 65). */
  months?: number;
  /**
   * The destination post is held and this decision ends its holder's assignment (or the holder leaves
   * it by a rotation of their own, as in a swap). Without it an occupied single-holder post refuses.
   */
  replaceHolder?: boolean;
}

/** Who consults, signs off and decides a rotation, and who evaluates it at the receiving unit. */
export interface RotationProcedureParties {
  /** The leadership collective that consults and votes on the rotation. */
  collective: ConferenceBody;
  signOffMode: SignOffMode;
  signOff: SignOffStepInput[];
  /** Signs the rotation decision and every end-of-term decision. */
  signerId: string;
  /** Users of the receiving unit who hand over and evaluate the rotated cadre each year. */
  receivingIds: string[];
}

/** Durations a rotation runs on; every one of them is an input so tests can shorten it. */
export interface RotationTiming {
  taskWorkingDays: number;
  reminderWorkingDays: number;
  conferenceDeadlineMs: number;
  /** Tests only: one working day lasts this long (ms) and due times ignore the calendar. */
  workingDayMs?: number;
  /** Tests only: a year of the rotation lasts this long (ms) from the effective date. */
  yearMs?: number;
  /** Tests only: an evaluation is late (escalates) this long (ms) after it opened. */
  evaluationGraceMs?: number;
}

/** POST /api/v1/rotations (hr_officer, scoped to the cadre's current unit or the receiving one). */
export interface StartRotationRequest extends RotationMove, RotationProcedureParties {
  /** Default: QD65-2022. */
  legalBasis?: LegalBasis;
  /** Accepted only when the API runs with APPOINTMENT_TIMING_OVERRIDES=true (tests, demos). */
  timing?: Partial<RotationTiming>;
}
