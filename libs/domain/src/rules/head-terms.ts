import type { AssignmentFact } from '@personnel/contracts';
import { compareIsoDates, daysBetween, maxIsoDate, minIsoDate } from '../calendar/iso-date';
import { describeMonths, monthsBetween } from '../calendar/months';
import type { Rule } from './rule';
import { ruleCheck, sentence } from './rule';

/** Head assignments at most this far apart (a reappointment a few weeks late) still run on. */
export const CONTINUITY_GAP_DAYS = 31;

export interface HeadService {
  since: string;
  until: string;
  months: number;
}

/**
 * The unbroken run of head assignments (any head post: secretary then chairman is the same "place") in
 * one unit that reaches asOf: open, ending on or after asOf, or ending at most CONTINUITY_GAP_DAYS
 * before it. Overlapping or near-touching assignments merge; anything later than asOf is ignored.
 */
export function consecutiveHeadService(
  assignments: readonly AssignmentFact[],
  unitCode: string,
  asOf: string,
): HeadService | null {
  const spans = assignments
    .filter((a) => a.isHead && a.unitCode === unitCode && compareIsoDates(a.from, asOf) <= 0)
    .map((a) => ({ from: a.from, to: minIsoDate(a.to ?? asOf, asOf) }))
    .sort((a, b) => compareIsoDates(a.from, b.from));
  const runs: { from: string; to: string }[] = [];
  for (const span of spans) {
    const last = runs[runs.length - 1];
    if (last && daysBetween(last.to, span.from) <= CONTINUITY_GAP_DAYS)
      last.to = maxIsoDate(last.to, span.to);
    else runs.push({ ...span });
  }
  const current = runs[runs.length - 1];
  if (!current || daysBetween(current.to, asOf) > CONTINUITY_GAP_DAYS) return null;
  return { since: current.from, until: current.to, months: monthsBetween(current.from, current.to) };
}

/**
 * Terms counted from time served: a term is termYears (5) years and a part of at least half a term
 * counts as a whole one, the rest not (so 57 months before a reappointment is 1 term, 117 months is 2,
 * a 20-month stint is 0). Assignment records do not say where a term starts, and one term may be split
 * over several records, so the duration is the only fair measure.
 */
export function countTerms(months: number, termYears: number): number {
  const term = termYears * 12;
  return Math.floor((months + term / 2) / term);
}

/** Not more than 2 consecutive terms as head in one place: another term must keep the total ≤ max. */
export const consecutiveHeadTerms: Rule = (cadre, post, question, params) => {
  const max = params.maxConsecutiveHeadTerms;
  const service = post.isHead
    ? consecutiveHeadService(cadre.assignments, post.unitCode, question.asOf)
    : null;
  const terms = service ? countTerms(service.months, params.termYears.value) : 0;
  const passed = terms + 1 <= max.value;
  const detail = !post.isHead
    ? sentence(
        'consecutive_head_terms.not_head',
        { postCode: post.postCode },
        `Post ${post.postCode} is not a head post.`,
      )
    : !service
      ? sentence(
          'consecutive_head_terms.first_term',
          { unitCode: post.unitCode, max: max.value },
          `The cadre has no current run as head in unit ${post.unitCode}; this would be term 1 of at most ${max.value}.`,
        )
      : sentence(
          passed ? 'consecutive_head_terms.within' : 'consecutive_head_terms.over',
          {
            unitCode: post.unitCode,
            since: service.since,
            months: service.months,
            terms,
            termYears: params.termYears.value,
            next: terms + 1,
            max: max.value,
          },
          `The cadre has been head in unit ${post.unitCode} since ${service.since} without a break ` +
            `(${describeMonths(service.months)}, counted as ${terms} term(s) of ${params.termYears.value} years); ` +
            `another term would make ${terms + 1}, at most ${max.value} are allowed.`,
        );
  return ruleCheck('consecutive_head_terms', passed, detail, max, {
    max: max.value,
    isHead: post.isHead,
    termYears: params.termYears.value,
    headSince: service?.since ?? null,
    monthsAsHead: service?.months ?? 0,
    termsServed: terms,
  });
};
