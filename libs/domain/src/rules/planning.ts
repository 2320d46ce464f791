import type { PlanningFact } from '@personnel/contracts';
import { compareIsoDates } from '../calendar/iso-date';
import type { Rule } from './rule';
import { ruleCheck } from './rule';

/** In planning on `asOf`: entered on or before it and not taken out by then (`to` is the exit day). */
export function activePlanning(planning: readonly PlanningFact[], asOf: string): PlanningFact[] {
  return planning.filter(
    (p) => compareIsoDates(p.from, asOf) <= 0 && (p.to === undefined || compareIsoDates(p.to, asOf) > 0),
  );
}

/**
 * Appointment precondition: in planning for the post "or an equivalent". The facts carry only post
 * codes, so equivalence is not modelled: only planning for this very post counts (a caller that knows
 * an equivalent post can pass its planning fact under this post code).
 */
export const inPlanningForPost: Rule = (cadre, post, question, params) => {
  const match = activePlanning(cadre.planning, question.asOf).find((p) => p.postCode === post.postCode);
  return ruleCheck(
    'in_planning',
    match !== undefined,
    match
      ? `On ${question.asOf} the cadre is in planning for post ${post.postCode} (term ${match.term}, since ${match.from}).`
      : `On ${question.asOf} the cadre is not in planning for post ${post.postCode}.`,
    params.appointmentRequiresPlanning,
    { postCode: post.postCode, planningTerm: match?.term ?? null },
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
      ? `On ${question.asOf} the cadre is in planning for ${posts.join(', ')}.`
      : `On ${question.asOf} the cadre is in no planning; rotation is for cadres in planning.`,
    params.appointmentRequiresPlanning,
    { plannedPosts: posts.join(',') },
  );
};

/**
 * At most 3 planned posts per cadre. Counted over the distinct posts the cadre is planned for on asOf plus
 * this one (planning again for a post already held counts once). The facts do not give the level of a
 * planned post, so all are counted as the same level: stricter only for a cadre planned across levels.
 */
export const plannedPostsLimit: Rule = (cadre, post, question, params) => {
  const max = params.plannedPostsPerCadreMax;
  const posts = new Set(activePlanning(cadre.planning, question.asOf).map((p) => p.postCode));
  const already = posts.size;
  posts.add(post.postCode);
  return ruleCheck(
    'planned_posts_limit',
    posts.size <= max.value,
    `The cadre is planned for ${already} post(s) on ${question.asOf}; with ${post.postCode} that makes ` +
      `${posts.size}, the limit is ${max.value}.`,
    max,
    { max: max.value, plannedPosts: already, withThisPost: posts.size },
  );
};
