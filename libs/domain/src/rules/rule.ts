import type {
  CadreFacts,
  EligibilityQuestion,
  PostFacts,
  RuleCheck,
  SentenceParam,
} from '@personnel/contracts';
import type { Cited, RuleParameters } from '../legal-basis/parameters';

/** One eligibility rule: pure, plain data in, one RuleCheck out. */
export type Rule = (
  cadre: CadreFacts,
  post: PostFacts,
  question: EligibilityQuestion,
  params: RuleParameters,
) => RuleCheck;

export type CheckParameters = RuleCheck['parameters'];

/**
 * What a check says, once: a stable code (`<rule>.<case>`) with the values it names, for the panel to
 * write in the user's language, and the same in English for logs and API readers. The codes a rule
 * can say are its contract with the panel's sentence tables (apps/web/src/i18n/rule-sentences.*.ts).
 */
export interface Sentence {
  code: string;
  params: Record<string, SentenceParam>;
  text: string;
}

export function sentence(code: string, params: Record<string, SentenceParam>, text: string): Sentence {
  return { code, params, text };
}

export function ruleCheck(
  rule: string,
  passed: boolean,
  said: Sentence,
  source: Pick<Cited<unknown>, 'citation'>,
  parameters: CheckParameters,
): RuleCheck {
  return {
    rule,
    passed,
    detail: said.text,
    code: said.code,
    params: said.params,
    citation: source.citation,
    parameters,
  };
}
