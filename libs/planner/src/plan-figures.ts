import type { RotationPlanFigures } from '@personnel/contracts';
import type { CandidateMove } from './candidate-moves';
import type { HeadPostState } from './head-posts';

/** Head posts in scope, as they stand today. */
export function figuresBefore(headPosts: readonly HeadPostState[]): RotationPlanFigures {
  return count(headPosts.map((p) => ({ state: p, holders: p.holders })));
}

/**
 * Head posts after the moves: a post with an incoming move is held by that cadre alone (the move passed
 * every rule, the non-local and term rules of that post included); otherwise by its holders who did not
 * move away.
 */
export function figuresAfter(
  headPosts: readonly HeadPostState[],
  moves: readonly CandidateMove[],
): RotationPlanFigures {
  const moved = new Set(moves.map((m) => m.cadre.facts.cadreCode));
  const incoming = new Map(moves.map((m) => [m.to, m]));
  return count(
    headPosts.map((state) => ({
      state,
      holders: incoming.has(state)
        ? [{ nonLocal: true, withinTermLimit: true }]
        : state.holders.filter((h) => !moved.has(h.cadre.facts.cadreCode)),
    })),
  );
}

function count(
  posts: { state: HeadPostState; holders: { nonLocal: boolean; withinTermLimit: boolean }[] }[],
): RotationPlanFigures {
  const commune = posts.filter((p) => p.state.post.facts.requiresNonLocal);
  return {
    communeHeadPosts: commune.length,
    communeHeadsNonLocal: commune.filter((p) => p.holders.length > 0 && p.holders.every((h) => h.nonLocal))
      .length,
    headsOverTwoTerms: posts.reduce((n, p) => n + p.holders.filter((h) => !h.withinTermLimit).length, 0),
    vacantHeadPosts: posts.filter((p) => p.holders.length === 0).length,
  };
}
