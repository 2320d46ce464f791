import type { ProcedureDossier } from '../procedure/dossier';
import type { ActorRef } from '../procedure/actor';
import type { ConferenceBody } from '../procedure/bodies';
import type { ProcedureStatusBase } from '../procedure/snapshot';
import type { EligibilityResult, LegalBasis, EvaluationRating } from '../registry';
import type { RotationMove, RotationProcedureParties, RotationTiming } from './rotation-request';

/** What the rotation workflow starts with: the move, its parties, all resolved by the API. */
export interface RotationInput extends RotationMove, RotationProcedureParties {
  months: number;
  /** Code of the unit the cadre leaves. The procedure's own unit is the receiving one (`toUnitCode`). */
  fromUnitCode: string;
  /** Pinned for the whole procedure. */
  legalBasis: LegalBasis;
  proposedBy: string;
  /** ISO time HR submitted (taken by the API so the workflow stays deterministic). */
  proposedAt: string;
  timing: RotationTiming;
  /** Set by a batch: the batch's id, for its progress. */
  batchId?: string;
}

/**
 * Where a rotation stands. Before the decision: eligibility, consultation, sign-off, decision; after it:
 * hand-over, the rotation itself with its yearly evaluations, the end-of-term decision, closed.
 */
export type RotationStage =
  | 'eligibility_check'
  | 'awaiting_exception'
  /** The dossier is not complete: HR completes it, or a leader excuses it (kit dossier gate). */
  | 'awaiting_dossier'
  | 'consultation'
  | 'sign_off'
  | 'revision'
  | 'awaiting_decision'
  | 'hand_over'
  | 'in_rotation'
  | 'end_of_term'
  | 'closed';

/** `rotating` from the decision on; `ended` once an end-of-term or early-end decision took effect. */
export type RotationState = 'in_progress' | 'rotating' | 'ended' | 'not_passed' | 'rejected' | 'withdrawn';

/** How a rotation ends: back home, to another post, kept where it is (no longer counted as rotated). */
export type RotationEndChoice = 'return' | 'reassign' | 'keep' | 'extend';
export const ROTATION_END_CHOICES: readonly RotationEndChoice[] = ['return', 'reassign', 'keep', 'extend'];

export interface RotationDecision {
  number: string;
  signerId: string;
  effectiveDate: string;
  signedAt: string;
}

export interface RotationEvaluation {
  year: number;
  rating: EvaluationRating;
  comment: string;
  by: string;
  at: string;
  /** The evaluation came after its deadline (it had been escalated). */
  late: boolean;
}

export interface RotationEnd {
  choice: Exclude<RotationEndChoice, 'extend'>;
  /** The post the cadre takes (return, reassign), or keeps (keep). */
  postId: string;
  decision: RotationDecision;
  early: boolean;
  reason: string | null;
}

export interface RotationExtension {
  months: number;
  decision: RotationDecision;
}

/** The rotation-only part of the procedure row (`procedure.detail`) and of its status. */
export interface RotationDetail {
  cadreId: string;
  fromPostId: string;
  fromUnitCode: string;
  toPostId: string;
  toUnitCode: string;
  reason: RotationMove['reason'];
  months: number;
  replaceHolder: boolean;
  /** Who sits in the consultation conference. */
  collective: ConferenceBody;
  batchId: string | null;
  eligibility: EligibilityResult | null;
  exception: { grantedBy: string; reason: string; at: string } | null;
  round: number;
  decision: RotationDecision | null;
  handedOverAt: string | null;
  /** Last day of the rotation, from the effective date and the months (extensions included). */
  lastDay: string | null;
  evaluations: RotationEvaluation[];
  extensions: RotationExtension[];
  end: RotationEnd | null;
  closedReason: string | null;
  /** The dossier the kit's gate judged (the `procedure` row's detail carries it once judged). */
  dossier?: ProcedureDossier | null;
}

export interface RotationStatus extends ProcedureStatusBase, RotationDetail {
  state: RotationState;
  stage: RotationStage;
}

export interface RotationDecisionCommand {
  actor: ActorRef;
  number: string;
  effectiveDate: string;
}

export interface RotationExceptionCommand {
  actor: ActorRef;
  reason: string;
}

export interface HandOverCommand {
  actor: ActorRef;
  note?: string;
}

export interface EvaluateRotationCommand {
  actor: ActorRef;
  year: number;
  rating: EvaluationRating;
  comment: string;
}

/**
 * The end-of-term decision: return (to `postId`, a post at home), reassign (to `postId`), keep (the
 * cadre stays on the destination post, no longer as a rotation), or extend by `months`.
 */
export interface EndOfTermCommand {
  actor: ActorRef;
  choice: RotationEndChoice;
  postId?: string;
  months?: number;
  number: string;
  effectiveDate: string;
}

/** An early end, at any time after the decision: return or reassign, with a reason. */
export interface EndEarlyCommand {
  actor: ActorRef;
  choice: 'return' | 'reassign';
  postId: string;
  reason: string;
  number: string;
  effectiveDate: string;
}

export interface WithdrawRotationCommand {
  actor: ActorRef;
  reason: string;
}

export interface ResubmitRotationCommand {
  actor: ActorRef;
  comment: string;
}

/** A rotation's detail as it stands when proposed: the move and its parties, nothing decided yet. */
export function initialRotationDetail(input: RotationInput): RotationDetail {
  return {
    cadreId: input.cadreId,
    fromPostId: input.fromPostId,
    fromUnitCode: input.fromUnitCode,
    toPostId: input.toPostId,
    toUnitCode: input.toUnitCode,
    reason: input.reason,
    months: input.months,
    replaceHolder: input.replaceHolder === true,
    collective: input.collective,
    batchId: input.batchId ?? null,
    eligibility: null,
    exception: null,
    round: 1,
    decision: null,
    handedOverAt: null,
    lastDay: null,
    evaluations: [],
    extensions: [],
    end: null,
    closedReason: null,
  };
}
