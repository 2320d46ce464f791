import type { ConferenceBody } from '../procedure/bodies';
import type { TimelineEntry } from '../api';
import type { TaskView } from '../procedure/views';
import type { LegalBasis, PostLevel, PostRankGroup, RuleCheck } from '../registry';
import type {
  PlanApproval,
  PlanApprovalChoice,
  PlanEntryStatus,
  PlanParties,
  PlanRemovalProposal,
  PlanReview,
  PlanStage,
  PlanState,
} from './plan-workflow';

/** POST /api/v1/plans: HR opens the plan of a unit for a term. */
export interface StartPlanRequest {
  unitCode: string;
  /** e.g. "2025-2030": five years. */
  term: string;
  /** Default: by the day (QĐ 377 from 2025-10-08). */
  legalBasis?: LegalBasis;
  /** Others of HR who may compose the pool with the proposer. */
  hrIds?: string[];
  keyCadre: ConferenceBody;
  collective: ConferenceBody;
  signerId: string;
}

/** One candidate of one planned post, with names. */
export interface PlanCandidateView {
  cadreId: string;
  cadreName: string | null;
  status: PlanEntryStatus;
  addedBy: string;
  addedAt: string;
  reason: string | null;
  removedReason: string | null;
  publishedFrom: string | null;
}

/** One post of the plan's scope and its pool. */
export interface PlanPostView {
  postCode: string;
  postTitle: string;
  unitCode: string;
  unitName: string;
  level: PostLevel;
  rankGroup: PostRankGroup;
  candidates: PlanCandidateView[];
  /** Candidates still counted (not removed). */
  count: number;
  /** The cited limit of candidates per post. */
  max: number;
}

export interface PlanListItem {
  id: string;
  unitCode: string;
  unitName: string | null;
  term: string;
  state: PlanState;
  stage: PlanStage;
  /** Entries of the plan still counted (candidates and published, not removed). */
  candidates: number;
  proposedBy: string;
  proposedAt: string;
  updatedAt: string;
}

export interface PlanList {
  items: PlanListItem[];
  total: number;
}

/** GET /api/v1/plans/{unitCode}/{term}: the planning board. */
export interface PlanView extends PlanListItem {
  legalBasis: LegalBasis;
  round: number;
  /** Every post of the scope, planned or not yet, in code order. */
  posts: PlanPostView[];
  structure: RuleCheck[];
  approvals: PlanApproval[];
  reviews: PlanReview[];
  /** The open review's removal proposals, with names. */
  proposals: (PlanRemovalProposal & { cadreName: string | null })[];
  parties: PlanParties;
  closedReason: string | null;
  tasks: TaskView[];
  timeline: TimelineEntry[];
}

/** Commands, each POST /api/v1/plans/{unitCode}/{term}/<path>. */
export interface AddPlanCandidateRequest {
  postCode: string;
  cadreId: string;
  reason?: string;
}
/** …/candidates/remove */
export interface RemovePlanCandidateRequest {
  postCode: string;
  cadreId: string;
  reason: string;
}
/** …/submit */
export interface SubmitPlanRequest {
  comment?: string;
}
/** …/decide */
export interface DecidePlanRequest {
  choice: PlanApprovalChoice;
  number?: string;
  effectiveDate?: string;
  comment?: string;
}
/** …/withdraw */
export interface WithdrawPlanRequest {
  reason: string;
}

/** POST …/candidates/check: the rules for one candidate without changing anything (live checks). */
export interface PlanCandidateCheck {
  admissible: boolean;
  checks: RuleCheck[];
}
