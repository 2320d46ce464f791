import {
  POST_RANK_GROUPS,
  type AssignmentFact,
  type PostLevel,
  type PostRank,
  type PostRankGroup,
} from '@personnel/contracts';
import { compareIsoDates } from '../calendar/iso-date';
import { CITE } from '../legal-basis/citations';

/**
 * Which post is higher, and which are equivalent ("chức danh tương đương"), as planning and appointment
 * read them (QĐ 50 / QĐ 377: planned for the post or an equivalent one; only higher posts are planned;
 * a disciplined cadre waits before a higher post). Decisions:
 * - A post's place is its level (commune < district < province) and its rank group within the level
 *   (staff < deputy head < head of a body < vice chair < deputy secretary < chair < secretary).
 * - Equivalent: the same level and the same rank group. Higher: a higher level, or the same level and a
 *   higher group. A district agency's posts count at the district level (PostLevel), so a commune
 *   secretary planned for a district department head is planned for a higher post.
 */
export const POST_RANK_CITATION = `${CITE.QD377} (chức danh tương đương); ${CITE.QD50}`;

const LEVEL_ORDER: Record<PostLevel, number> = { commune: 0, district: 1, province: 2 };
const GROUP_ORDER = new Map<PostRankGroup, number>(POST_RANK_GROUPS.map((g, i) => [g, i]));

/** Negative when a is lower than b, 0 when equivalent, positive when higher. */
export function comparePostRank(a: PostRank, b: PostRank): number {
  return (
    LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
    (GROUP_ORDER.get(a.rankGroup) ?? 0) - (GROUP_ORDER.get(b.rankGroup) ?? 0)
  );
}

export function isEquivalentPost(a: PostRank, b: PostRank): boolean {
  return comparePostRank(a, b) === 0;
}

export function isHigherPost(post: PostRank, than: PostRank): boolean {
  return comparePostRank(post, than) > 0;
}

/** The rank of facts that carry one; undefined for facts loaded before ranks were modelled. */
export function rankOf(facts: { level?: PostLevel; rankGroup?: PostRankGroup }): PostRank | undefined {
  return facts.level && facts.rankGroup ? { level: facts.level, rankGroup: facts.rankGroup } : undefined;
}

/**
 * The highest post the cadre holds on asOf (a cadre may hold several, e.g. secretary and chair of the
 * council), with its rank; undefined when none is held or the facts carry no rank.
 */
export function highestHeldPost(
  assignments: readonly AssignmentFact[],
  asOf: string,
): (AssignmentFact & { rank: PostRank }) | undefined {
  let best: (AssignmentFact & { rank: PostRank }) | undefined;
  for (const a of assignments) {
    const rank = rankOf(a);
    const current =
      compareIsoDates(a.from, asOf) <= 0 && (a.to === undefined || compareIsoDates(a.to, asOf) > 0);
    if (!rank || !current) continue;
    if (!best || comparePostRank(rank, best.rank) > 0) best = { ...a, rank };
  }
  return best;
}
