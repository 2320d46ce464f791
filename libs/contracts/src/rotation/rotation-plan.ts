import type { LegalBasis } from '../registry';
import type { RotationMove } from './rotation-request';

/**
 * The goals a rotation plan meets, post by post (the cadre-side rules — in planning, service left,
 * standards — are not targets: every proposed move passes them, always).
 * - `non_local_heads`: every commune Party secretary and People's Committee chairman (posts flagged
 *   requiresNonLocal) is held by someone not from that locality (Chỉ thị 45-CT/TW).
 * - `head_term_limit`: no head holds one place for more than two consecutive terms (QĐ 65, NĐ 138): a
 *   head whose run already counts two terms must hand over.
 */
export type RotationTarget = 'non_local_heads' | 'head_term_limit';
export const ROTATION_TARGETS: readonly RotationTarget[] = ['non_local_heads', 'head_term_limit'];

/** POST /api/v1/rotation-plans: a dry run, nothing is started. */
export interface RotationPlanRequest {
  /** Day the rules are applied. Default: today in Asia/Ho_Chi_Minh. */
  asOf?: string;
  /** Units (with their subtrees) the plan covers. Default: the caller's whole unit scope. */
  unitCodes?: string[];
  /** Length of every proposed rotation; default and minimum 36 (QĐ 65). */
  months?: number;
  /** Targets to enforce. Default: all of ROTATION_TARGETS. */
  targets?: RotationTarget[];
}

/** One rule check a move passes, as the rules engine explained it (libs/domain RuleCheck). */
export interface MoveJustification {
  rule: string;
  citation: string;
  detail: string;
}

/** A proposed move: exactly the batch row, plus what a person reads to accept it. */
export interface PlannedMove {
  move: RotationMove;
  cadreName: string;
  fromPostTitle: string;
  fromUnitName: string;
  toPostTitle: string;
  toUnitName: string;
  /** Cadre codes of the destination's current holders whose assignment the move ends. */
  replacesCadreIds: string[];
  /** Every rule of a rotation the move passes (all of them), in the engine's order. */
  satisfies: MoveJustification[];
}

/** A target post the plan cannot bring into line, and why. */
export interface UnmetTarget {
  target: RotationTarget;
  postId: string;
  unitCode: string;
  why: string;
  /** For each rule, how many cadres in scope fail it for this post (the most common reasons first). */
  failingRules: { rule: string; cadres: number }[];
}

/** Counts over the head posts in scope, before the plan and after its moves. */
export interface RotationPlanFigures {
  /** Posts flagged requiresNonLocal (commune secretaries and chairmen). */
  communeHeadPosts: number;
  /** Of those, held by a cadre who passes the non-local rule there. */
  communeHeadsNonLocal: number;
  /** Holders of a head post who fail the consecutive-terms rule there (two terms served already). */
  headsOverTwoTerms: number;
  /** Head posts nobody holds. */
  vacantHeadPosts: number;
}

export interface RotationPlanSolver {
  name: 'HiGHS';
  /** HiGHS model status, e.g. "Optimal". */
  status: string;
  variables: number;
  constraints: number;
  millis: number;
}

export interface RotationPlan {
  asOf: string;
  legalBasis: LegalBasis;
  months: number;
  targets: RotationTarget[];
  /** The fewest moves that meet every target that can be met. */
  moves: PlannedMove[];
  unmet: UnmetTarget[];
  figures: { before: RotationPlanFigures; after: RotationPlanFigures };
  solver: RotationPlanSolver;
}
