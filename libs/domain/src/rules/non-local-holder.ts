import type { CadreFacts, PostFacts, RuleCheck } from '@personnel/contracts';
import { defaultLegalBasis } from '../legal-basis/default-basis';
import { ruleParameters } from '../legal-basis/table';
import { nonLocalHead } from './non-local';

/**
 * Whether a post's holder satisfies the non-local rule (Chỉ thị 45-CT/TW) on a day: the one rule the
 * appointment and rotation procedures apply, asked by the reports about a holder already in post.
 */
export function checkNonLocalHolder(cadre: CadreFacts, post: PostFacts, asOf: string): RuleCheck {
  return nonLocalHead(
    cadre,
    post,
    { kind: 'appointment', asOf },
    ruleParameters(defaultLegalBasis('appointment', asOf)),
  );
}
