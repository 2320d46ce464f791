/** Shapes shared by the API, the nomination workflow and its activities. Plain data only. */

export type NominationState = 'pending' | 'approved' | 'rejected' | 'withdrawn';
export const NOMINATION_STATES: readonly NominationState[] = ['pending', 'approved', 'rejected', 'withdrawn'];

export type DecisionVerdict = 'approve' | 'reject';
export const DECISION_VERDICTS: readonly DecisionVerdict[] = ['approve', 'reject'];

/** Procedure stage, shown to ops as the `ProcedureStage` search attribute. */
export type NominationStage = 'proposed' | 'awaiting_approval' | 'approved' | 'rejected' | 'withdrawn';

export interface NominationInput {
  cadreId: string;
  postId: string;
  /** Ordered approval chain: each approver decides after the previous one approved. */
  approverIds: string[];
  proposedBy: string;
  /** ISO timestamp when HR submitted the proposal (taken by the API, so the workflow stays deterministic). */
  proposedAt: string;
}

export interface DecisionCommand {
  approverId: string;
  decision: DecisionVerdict;
  comment?: string;
}

export interface ApprovalRecord {
  approverId: string;
  decision: DecisionVerdict;
  comment?: string;
  /** Workflow time at which the decision was accepted. */
  decidedAt: string;
}

export interface NominationStatus {
  state: NominationState;
  stage: NominationStage;
  /** Approver whose turn it is, or null once the chain has ended. */
  currentApproverId: string | null;
  decisions: ApprovalRecord[];
}

export interface DecisionResult {
  accepted: true;
  state: NominationState;
  nextApproverId: string | null;
}

export interface NominationResult {
  state: Exclude<NominationState, 'pending'>;
  decisions: ApprovalRecord[];
}

/** HR takes a proposal back before the chain has ended; only the proposer may, with a reason. */
export interface WithdrawCommand {
  actorId: string;
  reason: string;
}

export interface WithdrawalRecord {
  by: string;
  reason: string;
  /** Workflow time at which the withdrawal was accepted. */
  at: string;
}
