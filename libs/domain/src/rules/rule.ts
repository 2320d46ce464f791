import type { CadreFacts, EligibilityQuestion, PostFacts, RuleCheck } from '@personnel/contracts';
import type { Cited, RuleParameters } from '../legal-basis/parameters';

/** One eligibility rule: pure, plain data in, one RuleCheck out. */
export type Rule = (
  cadre: CadreFacts,
  post: PostFacts,
  question: EligibilityQuestion,
  params: RuleParameters,
) => RuleCheck;

export type CheckParameters = RuleCheck['parameters'];

export function ruleCheck(
  rule: string,
  passed: boolean,
  detail: string,
  source: Pick<Cited<unknown>, 'citation'>,
  parameters: CheckParameters,
): RuleCheck {
  return { rule, passed, detail, citation: source.citation, parameters };
}
