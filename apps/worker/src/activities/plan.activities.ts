import type { DataSource } from 'typeorm';
import { log } from '@temporalio/activity';
import type {
  PlanActivities,
  PlanBaselineInput,
  PlanCandidateFactsInput,
  PlanPoolFactsInput,
  ProcedureActivities,
  PublishPlanInput,
} from '@personnel/contracts';
import { PlanRegistry } from '@personnel/persistence';

/**
 * Activities of the planning workflow: the registry reads its rules run on, and the publication of an
 * approved plan (idempotent: a retry adds and ends nothing twice).
 */
export function createPlanActivities(
  dataSource: DataSource,
): Omit<PlanActivities, keyof ProcedureActivities> {
  const registry = new PlanRegistry(dataSource);
  return {
    loadPlanBaseline: (input: PlanBaselineInput) => registry.baseline(input),
    loadPlanCandidateFacts: (input: PlanCandidateFactsInput) => registry.candidateFacts(input),
    loadPlanPoolFacts: (input: PlanPoolFactsInput) => registry.poolFacts(input),
    async publishPlan(input: PublishPlanInput) {
      const outcome = await registry.publish(input);
      log.info('plan published', {
        workflowId: input.workflowId,
        decision: input.decisionNumber,
        added: outcome.added,
        removed: outcome.removed,
      });
      return outcome;
    },
  };
}
