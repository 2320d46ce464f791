import type { PlanningFact } from '@personnel/contracts';
import { compareIsoDates } from '../calendar/iso-date';
import {
  highestHeldPost,
  isEquivalentPost,
  isHigherPost,
  POST_RANK_CITATION,
  rankOf,
} from '../posts/post-rank';
import type { Rule } from './rule';
import { ruleCheck, sentence } from './rule';

/** In planning on `asOf`: entered on or before it and not taken out by then (`to` is the exit day). */
export function activePlanning(planning: readonly PlanningFact[], asOf: string): PlanningFact[] {
  return planning.filter(
    (p) => compareIsoDates(p.from, asOf) <= 0 && (p.to === undefined || compareIsoDates(p.to, asOf) > 0),
  );
}

/**
 * Appointment precondition: in planning for the post "or an equivalent" (QĐ 377): planning for this very
 * post, or else for a post of the same level and rank group (libs/domain `post-rank`). Facts loaded before
 * ranks were modelled carry no rank, and then only this very post counts, as it did.
 */
export const inPlanningForPost: Rule = (cadre, post, question, params) => {
  const active = activePlanning(cadre.planning, question.asOf);
  const postRank = rankOf(post);
  const exact = active.find((p) => p.postCode === post.postCode);
  const equivalent = exact
    ? undefined
    : active.find((p) => {
        const planned = rankOf(p);
        return postRank !== undefined && planned !== undefined && isEquivalentPost(planned, postRank);
      });
  const match = exact ?? equivalent;
  const asOf = question.asOf;
  const detail = exact
    ? sentence(
        'in_planning.this_post',
        { asOf, postCode: post.postCode, term: exact.term, from: exact.from },
        `On ${asOf} the cadre is in planning for post ${post.postCode} (term ${exact.term}, since ${exact.from}).`,
      )
    : equivalent
      ? sentence(
          'in_planning.equivalent_post',
          {
            asOf,
            plannedPostCode: equivalent.postCode,
            postCode: post.postCode,
            term: equivalent.term,
            from: equivalent.from,
          },
          `On ${asOf} the cadre is in planning for ${equivalent.postCode}, a post equivalent to ` +
            `${post.postCode} (same level and rank group; term ${equivalent.term}, since ${equivalent.from}).`,
        )
      : sentence(
          'in_planning.not_planned',
          { asOf, postCode: post.postCode },
          `On ${asOf} the cadre is not in planning for post ${post.postCode} or an equivalent one.`,
        );
  return ruleCheck(
    'in_planning',
    match !== undefined,
    detail,
    equivalent
      ? { citation: `${params.appointmentRequiresPlanning.citation}; ${POST_RANK_CITATION}` }
      : params.appointmentRequiresPlanning,
    { postCode: post.postCode, planningTerm: match?.term ?? null, plannedPostCode: match?.postCode ?? null },
  );
};

/** Rotation is for cadres in planning (QĐ 65): planning for any post counts. */
export const inAnyPlanning: Rule = (cadre, _post, question, params) => {
  const active = activePlanning(cadre.planning, question.asOf);
  const posts = [...new Set(active.map((p) => p.postCode))].sort();
  return ruleCheck(
    'in_planning',
    posts.length > 0,
    posts.length > 0
      ? sentence(
          'in_planning.any_post',
          { asOf: question.asOf, postCodes: posts },
          `On ${question.asOf} the cadre is in planning for ${posts.join(', ')}.`,
        )
      : sentence(
          'in_planning.no_planning',
          { asOf: question.asOf },
          `On ${question.asOf} the cadre is in no planning; rotation is for cadres in planning.`,
        ),
    params.appointmentRequiresPlanning,
    { plannedPosts: posts.join(',') },
  );
};

/**
 * At most 3 planned posts per cadre at one level (QĐ 50 / QĐ 377). Counted over the distinct posts of the
 * level of this post the cadre is planned for on asOf, plus this one (planning again for a post already
 * held counts once). A planned post whose facts carry no level (facts loaded before levels were in the
 * planning facts) is counted at every level: stricter, never looser.
 */
export const plannedPostsLimit: Rule = (cadre, post, question, params) => {
  const max = params.plannedPostsPerCadreMax;
  const posts = new Set(
    activePlanning(cadre.planning, question.asOf)
      .filter((p) => p.level === undefined || p.level === post.level)
      .map((p) => p.postCode),
  );
  const already = posts.size;
  posts.add(post.postCode);
  return ruleCheck(
    'planned_posts_limit',
    posts.size <= max.value,
    sentence(
      posts.size <= max.value ? 'planned_posts_limit.within' : 'planned_posts_limit.over',
      {
        already,
        level: post.level,
        asOf: question.asOf,
        postCode: post.postCode,
        total: posts.size,
        max: max.value,
      },
      `The cadre is planned for ${already} post(s) at the ${post.level} level on ${question.asOf}; with ` +
        `${post.postCode} that makes ${posts.size}, the limit is ${max.value}.`,
    ),
    max,
    { max: max.value, plannedPosts: already, withThisPost: posts.size, level: post.level },
  );
};

/**
 * Only a post higher than the one the cadre holds is planned (QĐ 50 / QĐ 377): planning is for
 * promotion; an equivalent post is reached by rotation or transfer. A cadre who holds no post on asOf
 * (or whose facts carry no rank) may be planned for any post.
 */
export const plannedPostHigher: Rule = (cadre, post, question, params) => {
  const target = rankOf(post);
  const held = highestHeldPost(cadre.assignments, question.asOf);
  const citation = { citation: `${params.plannedPostsPerCadreMax.citation}; ${POST_RANK_CITATION}` };
  if (!target || !held)
    return ruleCheck(
      'planned_post_higher',
      true,
      held
        ? sentence(
            'planned_post_higher.unranked',
            { postCode: post.postCode, heldPostCode: held.postCode },
            `Post ${post.postCode} carries no rank; it is not compared with ${held.postCode}.`,
          )
        : sentence(
            'planned_post_higher.holds_none',
            { asOf: question.asOf },
            `On ${question.asOf} the cadre holds no ranked post, so any post may be planned.`,
          ),
      citation,
      { heldPostCode: held?.postCode ?? null, higher: null },
    );
  const higher = isHigherPost(target, held.rank);
  return ruleCheck(
    'planned_post_higher',
    higher,
    sentence(
      higher ? 'planned_post_higher.higher' : 'planned_post_higher.not_higher',
      { postCode: post.postCode, heldPostCode: held.postCode, asOf: question.asOf },
      higher
        ? `Post ${post.postCode} (${target.level}, ${target.rankGroup}) is higher than ${held.postCode} ` +
            `(${held.rank.level}, ${held.rank.rankGroup}), held on ${question.asOf}.`
        : `Post ${post.postCode} (${target.level}, ${target.rankGroup}) is not higher than ${held.postCode} ` +
            `(${held.rank.level}, ${held.rank.rankGroup}), held on ${question.asOf}; only higher posts are planned.`,
    ),
    citation,
    { heldPostCode: held.postCode, higher },
  );
};
