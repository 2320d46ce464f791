import type {
  PlannerCadre,
  PlannerPost,
  RotationMove,
  RotationPlannerFacts,
  RotationTarget,
  RuleCheck,
} from '@personnel/contracts';
import { servesHeadRule } from '@personnel/contracts';
import { evaluateEligibility } from '@personnel/domain';

/**
 * The test's own judge of a set of moves, written without the planner's code: it asks the rules engine
 * about every move and every holder, applies the moves to the holdings, and counts the targets unmet.
 * It returns the problems it finds instead of throwing, so a test can also show it refuses bad plans.
 */
export interface Verdict {
  problems: string[];
  /** Unmet (post, target) pairs after the moves, as "POST:target". */
  unmet: string[];
}

const isHeadPost = (p: PlannerPost) => p.singleHolder && (p.facts.isHead || p.facts.requiresNonLocal);

function headChecks(cadre: PlannerCadre, post: PlannerPost, asOf: string): Map<string, RuleCheck> {
  const result = evaluateEligibility(cadre.facts, post.facts, { kind: 'rotation', asOf });
  return new Map(result.checks.map((c) => [c.rule, c]));
}

export function judge(
  facts: RotationPlannerFacts,
  moves: readonly RotationMove[],
  targets: readonly RotationTarget[] = ['non_local_heads', 'head_term_limit'],
  minMonths = 36,
): Verdict {
  const problems: string[] = [];
  const posts = new Map(facts.posts.map((p) => [p.facts.postCode, p]));
  const cadres = new Map(facts.cadres.map((c) => [c.facts.cadreCode, c]));
  const seen = new Set<string>();
  const holders = new Map(facts.posts.map((p) => [p.facts.postCode, new Set(p.holderIds)]));
  const incoming = new Map<string, string>();
  const atTermLimit = (post: PlannerPost) =>
    post.holderIds.some(
      (h) =>
        !headChecks(cadres.get(h) as PlannerCadre, post, facts.asOf).get('consecutive_head_terms')?.passed,
    );

  for (const move of moves) {
    const cadre = cadres.get(move.cadreId);
    const to = posts.get(move.toPostId);
    const from = posts.get(move.fromPostId);
    if (!cadre || !to || !from) {
      problems.push(`${move.cadreId}: unknown cadre or post`);
      continue;
    }
    if (seen.has(move.cadreId)) problems.push(`${move.cadreId} moves twice`);
    seen.add(move.cadreId);
    if (cadre.currentPostId !== move.fromPostId)
      problems.push(`${move.cadreId} does not hold ${move.fromPostId}`);
    if (to.facts.unitCode !== move.toUnitCode) problems.push(`${move.toPostId} is not in ${move.toUnitCode}`);
    if (to.facts.unitCode === from.facts.unitCode) problems.push(`${move.cadreId} stays in its unit`);
    if ((move.months ?? 36) < minMonths) problems.push(`${move.cadreId}: rotation shorter than ${minMonths}`);
    if (move.reason === 'non_local_rule' && !to.facts.requiresNonLocal)
      problems.push(`${move.cadreId}: ${move.toPostId} is not concerned by the non-local rule`);
    if (move.reason === 'two_term_rule' && !atTermLimit(to))
      problems.push(`${move.cadreId}: the holder of ${move.toPostId} has not served two terms`);
    const result = evaluateEligibility(cadre.facts, to.facts, {
      kind: 'rotation',
      asOf: facts.asOf,
      servesNonLocalRule: servesHeadRule(move.reason),
    });
    for (const check of result.checks)
      if (!check.passed) problems.push(`${move.cadreId} → ${move.toPostId} fails ${check.rule}`);
    if (to.holderIds.length > 0 && !move.replaceHolder)
      problems.push(`${move.toPostId} is held but the move does not replace its holder`);
    if (incoming.has(move.toPostId) && to.singleHolder) problems.push(`two moves into ${move.toPostId}`);
    incoming.set(move.toPostId, move.cadreId);
  }

  // Apply: movers leave, a replacing move ends the destination's holders, the mover arrives.
  for (const move of moves) holders.get(move.fromPostId)?.delete(move.cadreId);
  for (const move of moves) {
    const at = holders.get(move.toPostId);
    if (!at) continue;
    if (move.replaceHolder) for (const h of posts.get(move.toPostId)?.holderIds ?? []) at.delete(h);
    at.add(move.cadreId);
  }
  const heldBy = new Map<string, string>();
  for (const [postId, set] of holders) {
    const post = posts.get(postId) as PlannerPost;
    if (post.singleHolder && set.size > 1) problems.push(`${postId} has ${set.size} holders`);
    for (const h of set) {
      if (heldBy.has(h)) problems.push(`${h} holds ${heldBy.get(h)} and ${postId}`);
      heldBy.set(h, postId);
    }
  }

  const unmet: string[] = [];
  for (const post of facts.posts.filter(isHeadPost)) {
    const code = post.facts.postCode;
    const now = [...(holders.get(code) ?? [])];
    const left = post.holderIds.some((h) => seen.has(h));
    if (left && now.length === 0) problems.push(`${code} is left vacant by the plan`);
    // An arriving cadre passed every rule above; a staying one is judged on the post held.
    const staying = now.filter((h) => !incoming.has(code) || incoming.get(code) !== h);
    const checks = staying.map((h) => headChecks(cadres.get(h) as PlannerCadre, post, facts.asOf));
    if (
      targets.includes('non_local_heads') &&
      post.facts.requiresNonLocal &&
      (now.length === 0 || checks.some((c) => !c.get('non_local_head')?.passed))
    )
      unmet.push(`${code}:non_local_heads`);
    if (targets.includes('head_term_limit') && checks.some((c) => !c.get('consecutive_head_terms')?.passed))
      unmet.push(`${code}:head_term_limit`);
  }
  return { problems, unmet };
}
