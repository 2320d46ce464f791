/**
 * The planning procedure's shapes as the panel uses them: all from libs/contracts (types only), plus the
 * list query, which the contracts name only as the route's parameters.
 */
export type {
  AddPlanCandidateRequest,
  DecidePlanRequest,
  PlanApproval,
  PlanApprovalChoice,
  PlanCandidateCheck,
  PlanCandidateView,
  PlanEntryStatus,
  PlanList,
  PlanListItem,
  PlanPostView,
  PlanRemovalProposal,
  PlanRemovalReason,
  PlanReview,
  PlanStage,
  PlanState,
  PlanView,
  RemovePlanCandidateRequest,
  StartPlanRequest,
  SubmitPlanRequest,
  WithdrawPlanRequest,
} from '@personnel/contracts';
import type { PlanStage, PlanState } from '@personnel/contracts';

/** GET /api/v1/plans query. */
export interface PlanListQuery {
  unitCode?: string;
  term?: string;
  state?: PlanState;
  limit?: number;
  offset?: number;
}

/** The stages in which HR composes the pool: the first drawing up, and each yearly review. */
export const COMPOSING_STAGES: readonly PlanStage[] = ['drafting', 'review'];
/** The stages in which the signer decides: the plan, and each yearly review. */
export const APPROVAL_STAGES: readonly PlanStage[] = ['approval', 'review_approval'];
