import type { CadreFacts, PostFacts, RuleCheck } from '@personnel/contracts';
import { activePlanning } from '../rules/planning';
import { checkPostStandards } from '../rules/post-standards';

export interface PlannedPostGapFacts {
  postCode: string;
  term: string;
  /** The post's required courses the cadre has not completed, in the post's order. */
  missingCourseCodes: string[];
  /** The post standards not met, each with its citation (the required-training check among them). */
  unmet: RuleCheck[];
}

/**
 * What a cadre still lacks for each post they are planned for on `asOf`: the post's standards
 * (education, political theory, state management, required courses, Party membership) asked of the
 * same rule functions as an appointment's eligibility, keeping only those not met. A planned post
 * whose facts are not given (an unknown or deleted post) is left out; a post met in full is listed
 * with nothing missing, so the profile can say so.
 */
export function trainingGaps(
  cadre: CadreFacts,
  posts: readonly PostFacts[],
  asOf: string,
): PlannedPostGapFacts[] {
  const byCode = new Map(posts.map((p) => [p.postCode, p]));
  const seen = new Set<string>();
  const gaps: PlannedPostGapFacts[] = [];
  for (const planning of activePlanning(cadre.planning, asOf)) {
    const post = byCode.get(planning.postCode);
    if (!post || seen.has(post.postCode)) continue;
    seen.add(post.postCode);
    const completed = new Set(cadre.completedCourseCodes);
    gaps.push({
      postCode: post.postCode,
      term: planning.term,
      missingCourseCodes: post.standards.requiredCourseCodes.filter((code) => !completed.has(code)),
      unmet: checkPostStandards(cadre, post, asOf).filter((check) => !check.passed),
    });
  }
  return gaps;
}
