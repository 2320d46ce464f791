import type { EligibilityResult, PlannerCadre } from '@personnel/contracts';
import { servesHeadRule } from '@personnel/contracts';
import { evaluateEligibility } from '@personnel/domain';
import type { HeadPostState } from './head-posts';
import type { PlanningScope } from './planning-scope';

/** A move the rules engine allows: this cadre, rotated into this head post, passes every rotation rule. */
export interface CandidateMove {
  cadre: PlannerCadre;
  fromPostId: string;
  to: HeadPostState;
  eligibility: EligibilityResult;
}

/**
 * Every (cadre, head post) pair the domain's rotation rules accept (`evaluateEligibility`, kind rotation,
 * the non-local service minimum when the move serves a head rule). A rotation leaves the cadre's unit, so
 * a post of the same unit is no candidate. Cadres with no planning record at all are skipped before
 * asking: the in-planning rule cannot pass for them, and they are most of the registry.
 */
export function candidateMoves(scope: PlanningScope, headPosts: readonly HeadPostState[]): CandidateMove[] {
  const candidates: CandidateMove[] = [];
  for (const cadre of scope.cadres.values()) {
    const from = cadre.currentPostId === null ? undefined : scope.posts.get(cadre.currentPostId);
    if (!from || cadre.facts.planning.length === 0) continue;
    for (const to of headPosts) {
      if (to.post.facts.unitCode === from.facts.unitCode) continue;
      const eligibility = evaluateEligibility(cadre.facts, to.post.facts, {
        ...scope.question,
        servesNonLocalRule: servesHeadRule(to.reason),
      });
      if (eligibility.eligible) candidates.push({ cadre, fromPostId: from.facts.postCode, to, eligibility });
    }
  }
  return candidates;
}
