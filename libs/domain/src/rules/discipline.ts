import type { DisciplineFact } from '@personnel/contracts';
import { compareIsoDates } from '../calendar/iso-date';
import { addMonths } from '../calendar/months';
import { highestHeldPost, isHigherPost, POST_RANK_CITATION, rankOf } from '../posts/post-rank';
import type { Rule } from './rule';
import { ruleCheck, sentence } from './rule';

interface CoolOff {
  discipline: DisciplineFact;
  months: number;
  endsOn: string;
}

/**
 * A disciplined cadre waits before a higher post: reprimand 24, warning 36, removal 60 months from the
 * decision. Decisions:
 * - The cool-off ends on addMonths(decidedAt, months) and a cool-off ending on asOf counts as ended: the
 *   cadre is eligible on that day (the edge the issue names).
 * - Every discipline decided on or before asOf must have run its course; the check reports the one that
 *   ends last. Usually that is the latest discipline, but an older removal (60 months) can outlast a
 *   newer reprimand (24), and the newer one must not shorten it.
 * - Disciplines decided after asOf are not known on asOf and are ignored.
 * - The wait is before a *higher* post (QĐ 377): when the facts rank both the post and the highest post
 *   the cadre holds on asOf, and the post is not higher (a rotation to an equivalent post), the check
 *   passes and says why. Without ranks (facts of older runs, a cadre holding nothing) it applies always.
 */
export const disciplineCooloff: Rule = (cadre, post, question, params) => {
  const months = params.disciplineCooloffMonths;
  const asOf = question.asOf;
  const target = rankOf(post);
  const held = highestHeldPost(cadre.assignments, asOf);
  if (target && held && !isHigherPost(target, held.rank)) {
    return ruleCheck(
      'discipline_cooloff',
      true,
      sentence(
        'discipline_cooloff.not_higher',
        { postCode: post.postCode, heldPostCode: held.postCode, asOf },
        `Post ${post.postCode} is not higher than ${held.postCode}, held on ${asOf}: the cool-off before a ` +
          `higher post does not apply.`,
      ),
      { citation: `${months.citation}; ${POST_RANK_CITATION}` },
      {
        reprimandMonths: months.value.reprimand,
        warningMonths: months.value.warning,
        removalMonths: months.value.removal,
        coolOffEndsOn: null,
        higherPost: false,
      },
    );
  }
  const coolOffs: CoolOff[] = cadre.disciplines
    .filter((d) => compareIsoDates(d.decidedAt, asOf) <= 0)
    .map((d) => ({
      discipline: d,
      months: months.value[d.form],
      endsOn: addMonths(d.decidedAt, months.value[d.form]),
    }));
  const parameters = {
    reprimandMonths: months.value.reprimand,
    warningMonths: months.value.warning,
    removalMonths: months.value.removal,
  };
  if (coolOffs.length === 0) {
    return ruleCheck(
      'discipline_cooloff',
      true,
      sentence('discipline_cooloff.none', { asOf }, `No discipline recorded on or before ${asOf}.`),
      months,
      { ...parameters, coolOffEndsOn: null },
    );
  }
  const last = coolOffs.reduce((a, b) => {
    const order =
      compareIsoDates(a.endsOn, b.endsOn) || compareIsoDates(a.discipline.decidedAt, b.discipline.decidedAt);
    return order >= 0 ? a : b;
  });
  const passed = compareIsoDates(asOf, last.endsOn) >= 0;
  const what = `the ${last.discipline.form} decided on ${last.discipline.decidedAt}`;
  return ruleCheck(
    'discipline_cooloff',
    passed,
    sentence(
      passed ? 'discipline_cooloff.ended' : 'discipline_cooloff.running',
      {
        months: last.months,
        form: last.discipline.form,
        decidedAt: last.discipline.decidedAt,
        endsOn: last.endsOn,
        asOf,
      },
      passed
        ? `The ${last.months}-month cool-off of ${what} ended on ${last.endsOn}, on or before ${asOf}.`
        : `The ${last.months}-month cool-off of ${what} runs until ${last.endsOn}; no higher post before then.`,
    ),
    months,
    {
      ...parameters,
      disciplineForm: last.discipline.form,
      decidedAt: last.discipline.decidedAt,
      coolOffMonths: last.months,
      coolOffEndsOn: last.endsOn,
    },
  );
};
