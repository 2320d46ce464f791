import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ProcedureActivities } from '../procedure/activities';
import type { CadreFacts, PostFacts, PostLevel } from '../registry';
import type {
  AddPlanCandidateCommand,
  DecidePlanCommand,
  PlanStatus,
  PlanSummary,
  RemovePlanCandidateCommand,
  SubmitPlanCommand,
  WithdrawPlanCommand,
} from './plan-workflow';

/** The planning workflow's query and Updates; a refused Update carries PROCEDURE_REFUSED. */
export const planStatusQuery = defineQuery<PlanStatus>('planStatus');
export const addPlanCandidateUpdate = defineUpdate<PlanSummary, [AddPlanCandidateCommand]>(
  'addPlanCandidate',
);
export const removePlanCandidateUpdate = defineUpdate<PlanSummary, [RemovePlanCandidateCommand]>(
  'removePlanCandidate',
);
export const submitPlanUpdate = defineUpdate<PlanSummary, [SubmitPlanCommand]>('submitPlan');
export const decidePlanUpdate = defineUpdate<PlanSummary, [DecidePlanCommand]>('decidePlan');
export const withdrawPlanUpdate = defineUpdate<PlanSummary, [WithdrawPlanCommand]>('withdrawPlan');

/** The entries of the registry a plan starts from: what is published for its scope and term. */
export interface PlanBaselineInput {
  unitCode: string;
  term: string;
}

export interface PlanBaselineEntry {
  postCode: string;
  postLevel: PostLevel;
  cadreId: string;
  from: string;
}

/** What the rules need to admit one candidate to one post of the plan. */
export interface PlanCandidateFactsInput {
  workflowId: string;
  unitCode: string;
  term: string;
  postCode: string;
  cadreId: string;
  asOf: string;
}

export interface PlanCandidateFacts {
  cadre?: CadreFacts;
  post?: PostFacts;
  /** The post belongs to the plan's unit or a unit under it. */
  postInScope: boolean;
  /** An appointment procedure running for this post with this cadre among its candidates, if any. */
  appointmentId: string | null;
}

export interface PlanPoolFactsInput {
  cadreIds: string[];
  postCodes: string[];
  asOf: string;
}

/** Facts of every cadre and post of a pool, by code (the structure figures and the yearly review). */
export interface PlanPoolFacts {
  cadres: Record<string, CadreFacts>;
  posts: Record<string, PostFacts>;
}

/**
 * One publication of a plan: the entries it adds and those it takes out, written with who approved, in
 * one transaction. Idempotent: a retried activity adds and ends nothing twice.
 */
export interface PublishPlanInput {
  workflowId: string;
  term: string;
  effectiveDate: string;
  approvedBy: string;
  decisionNumber: string;
  add: { postCode: string; cadreId: string }[];
  remove: { postCode: string; cadreId: string; reason: string }[];
}

export interface PublishPlanOutcome {
  added: number;
  removed: number;
}

export interface PlanActivities extends ProcedureActivities {
  loadPlanBaseline(input: PlanBaselineInput): Promise<PlanBaselineEntry[]>;
  loadPlanCandidateFacts(input: PlanCandidateFactsInput): Promise<PlanCandidateFacts>;
  loadPlanPoolFacts(input: PlanPoolFactsInput): Promise<PlanPoolFacts>;
  publishPlan(input: PublishPlanInput): Promise<PublishPlanOutcome>;
}
