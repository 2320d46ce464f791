import type {
  CadreFacts,
  DecisionKind,
  EligibilityQuestion,
  EligibilityResult,
  PostFacts,
} from '@personnel/contracts';
import { parseIsoDate } from '../calendar/iso-date';
import { defaultLegalBasis } from '../legal-basis/default-basis';
import { ruleParameters } from '../legal-basis/table';
import { appointmentAge, planningAge, serviceLeftForRotation } from './age';
import { disciplineCooloff } from './discipline';
import { consecutiveHeadTerms } from './head-terms';
import { nonLocalHead } from './non-local';
import { inAnyPlanning, inPlanningForPost, plannedPostHigher, plannedPostsLimit } from './planning';
import { POST_STANDARD_RULES as STANDARDS } from './post-standards';
import type { Rule } from './rule';
import { educationStandard, partyMembership } from './standards';
import { activeStatus } from './status';

/**
 * Which rules a decision kind runs, in the order an explanation lists them. Decisions:
 * - Planning is a pool to train, for promotion: only a post higher than the one held; it asks for the basic standards (education, Party membership) but not
 *   the political-theory / state-management levels or courses a planned cadre is then trained for, and
 *   not the non-local rule (a local cadre in the pool can be rotated elsewhere).
 * - Appointment runs every standard, the planning precondition, the age, the cool-off, and for head
 *   posts the non-local and consecutive-terms rules.
 * - Rotation moves a planned cadre into a post of the receiving unit, so it runs that post's standards
 *   and head rules too, with the rotation's own service-left rule instead of the appointment age.
 */
export const RULES_BY_KIND: Readonly<Record<DecisionKind, readonly Rule[]>> = {
  planning: [
    activeStatus,
    plannedPostHigher,
    planningAge,
    disciplineCooloff,
    educationStandard,
    partyMembership,
    plannedPostsLimit,
  ],
  appointment: [
    activeStatus,
    inPlanningForPost,
    appointmentAge,
    disciplineCooloff,
    ...STANDARDS,
    nonLocalHead,
    consecutiveHeadTerms,
  ],
  rotation: [
    activeStatus,
    inAnyPlanning,
    serviceLeftForRotation,
    disciplineCooloff,
    ...STANDARDS,
    nonLocalHead,
    consecutiveHeadTerms,
  ],
};

/**
 * Applies the kind's rules under the question's legal basis (or the default for its kind and date).
 * Eligible when every check passed; every check is returned, failed or not, for the explanation.
 */
export function evaluateEligibility(
  cadre: CadreFacts,
  post: PostFacts,
  question: EligibilityQuestion,
): EligibilityResult {
  parseIsoDate(question.asOf);
  const rules = RULES_BY_KIND[question.kind];
  if (!rules) throw new RangeError(`unknown decision kind: ${JSON.stringify(question.kind)}`);
  const legalBasis = question.legalBasis ?? defaultLegalBasis(question.kind, question.asOf);
  const params = ruleParameters(legalBasis);
  const checks = rules.map((rule) => rule(cadre, post, question, params));
  return { eligible: checks.every((c) => c.passed), legalBasis, asOf: question.asOf, checks };
}
