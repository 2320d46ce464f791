import type { CadreFacts, PostFacts, RuleCheck } from '@personnel/contracts';
import { defaultLegalBasis } from '../legal-basis/default-basis';
import { ruleParameters } from '../legal-basis/table';
import type { Rule } from './rule';
import {
  educationStandard,
  partyMembership,
  politicalTheoryStandard,
  requiredTraining,
  stateManagementStandard,
} from './standards';

/** The standards of a post (tiêu chuẩn): what every appointment and rotation into it checks. */
export const POST_STANDARD_RULES: readonly Rule[] = [
  educationStandard,
  politicalTheoryStandard,
  stateManagementStandard,
  requiredTraining,
  partyMembership,
];

/**
 * Only the post's standards, on a day, under the appointment basis of that day: what a report asks of a
 * holder ("meets every standard of the post"), without the procedure's preconditions (planning, age,
 * cool-off) that applied to how the holder got there. The same rule functions as evaluateEligibility.
 */
export function checkPostStandards(cadre: CadreFacts, post: PostFacts, asOf: string): RuleCheck[] {
  const question = { kind: 'appointment', asOf } as const;
  const params = ruleParameters(defaultLegalBasis('appointment', asOf));
  return POST_STANDARD_RULES.map((rule) => rule(cadre, post, question, params));
}
