import type { PlannerCadre, PlannerPost, RotationReason, RotationTarget } from '@personnel/contracts';
import { consecutiveHeadTerms, nonLocalHead } from '@personnel/domain';
import type { PlanningScope } from './planning-scope';

/** A holder of a head post, judged by the domain's head rules for the post held. */
export interface HolderState {
  cadre: PlannerCadre;
  nonLocal: boolean;
  withinTermLimit: boolean;
}

/**
 * A post the planner may move someone into: a single-holder head post (or one the non-local rule
 * concerns). Only such posts carry targets, and a holder who must go is replaced by the incoming move
 * (replaceHolder), so no other post ever needs to receive anyone.
 */
export interface HeadPostState {
  post: PlannerPost;
  holders: HolderState[];
  /** Enforced targets this post fails today (a vacant commune head post fails the non-local one). */
  failing: RotationTarget[];
  /** Why a move into this post is made; it also sets the service-left minimum of the move. */
  reason: RotationReason;
}

export function isHeadPost(post: PlannerPost): boolean {
  return post.singleHolder && (post.facts.isHead || post.facts.requiresNonLocal);
}

export function headPostStates(scope: PlanningScope): HeadPostState[] {
  const states: HeadPostState[] = [];
  for (const post of scope.posts.values()) {
    if (!isHeadPost(post)) continue;
    const holders = post.holderIds.map((id) =>
      holderState(scope, scope.cadres.get(id) as PlannerCadre, post),
    );
    const failing: RotationTarget[] = [];
    if (
      scope.targets.has('non_local_heads') &&
      post.facts.requiresNonLocal &&
      (holders.length === 0 || holders.some((h) => !h.nonLocal))
    )
      failing.push('non_local_heads');
    if (scope.targets.has('head_term_limit') && holders.some((h) => !h.withinTermLimit))
      failing.push('head_term_limit');
    const atTermLimit = holders.some((h) => !h.withinTermLimit);
    states.push({ post, holders, failing, reason: moveReason(post, failing, atTermLimit) });
  }
  return states;
}

/**
 * Decision: a move into a commune head post serves the non-local rule even when the post complies today
 * (it is refilled after its holder went to fill another), and a move into a head post whose holder has
 * served two terms serves the two-term rule (enforced as a target or not): both need one term of
 * service left (NĐ 138 Art. 56). Any other move into a head post is a development rotation (10 years).
 */
function moveReason(
  post: PlannerPost,
  failing: readonly RotationTarget[],
  atTermLimit: boolean,
): RotationReason {
  if (failing.includes('non_local_heads')) return 'non_local_rule';
  if (atTermLimit) return 'two_term_rule';
  return post.facts.requiresNonLocal ? 'non_local_rule' : 'development';
}

function holderState(scope: PlanningScope, cadre: PlannerCadre, post: PlannerPost): HolderState {
  const ask = (rule: typeof nonLocalHead) =>
    rule(cadre.facts, post.facts, scope.question, scope.params).passed;
  return { cadre, nonLocal: ask(nonLocalHead), withinTermLimit: ask(consecutiveHeadTerms) };
}
