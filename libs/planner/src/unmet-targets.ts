import type { UnmetTarget } from '@personnel/contracts';
import { servesHeadRule } from '@personnel/contracts';
import { evaluateEligibility } from '@personnel/domain';
import type { HeadPostState } from './head-posts';
import type { PlanningScope } from './planning-scope';

/**
 * Why a failing head post keeps failing. With no candidate at all, every cadre in scope who holds a post
 * in another unit is put to the rules engine for this post and the failed rules are counted, so the
 * answer says what is missing (planning, service left, a course…). With candidates, they were all needed
 * more elsewhere: each is the only one for another post, or holds a head post nobody could refill.
 */
export function unmetTargets(
  scope: PlanningScope,
  post: HeadPostState,
  eligibleCadres: number,
): UnmetTarget[] {
  const failingRules = eligibleCadres === 0 ? countFailedRules(scope, post) : [];
  const code = post.post.facts.postCode;
  const why =
    eligibleCadres === 0
      ? `No cadre in scope passes the rotation rules for ${code}` +
        (failingRules.length > 0
          ? `; most often failed: ${failingRules
              .slice(0, 3)
              .map((r) => `${r.rule} (${r.cadres})`)
              .join(', ')}.`
          : '; no cadre of another unit holds a post in scope.')
      : `Each of the ${eligibleCadres} cadre(s) eligible for ${code} is needed for another head post, or ` +
        `holds a head post that nobody eligible could take over.`;
  return post.failing.map((target) => ({
    target,
    postId: code,
    unitCode: post.post.facts.unitCode,
    why,
    failingRules,
  }));
}

function countFailedRules(scope: PlanningScope, post: HeadPostState): UnmetTarget['failingRules'] {
  const counts = new Map<string, number>();
  for (const cadre of scope.cadres.values()) {
    const from = cadre.currentPostId === null ? undefined : scope.posts.get(cadre.currentPostId);
    if (!from || from.facts.unitCode === post.post.facts.unitCode) continue;
    const result = evaluateEligibility(cadre.facts, post.post.facts, {
      ...scope.question,
      servesNonLocalRule: servesHeadRule(post.reason),
    });
    for (const check of result.checks)
      if (!check.passed) counts.set(check.rule, (counts.get(check.rule) ?? 0) + 1);
  }
  return [...counts]
    .map(([rule, cadres]) => ({ rule, cadres }))
    .sort((a, b) => b.cadres - a.cadres || a.rule.localeCompare(b.rule));
}
