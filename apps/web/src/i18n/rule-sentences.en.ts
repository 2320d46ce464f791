import type { RuleSentences, RuleWords, SentenceValues } from './rule-words';

const serviceLeft = (p: SentenceValues, w: RuleWords, purpose: string) =>
  `On ${w.date(p.asOf)} the cadre has ${w.months(p.monthsLeft)} of service left before retirement on ` +
  `${w.date(p.retirementDate)}; ${purpose} needs at least ${w.num(p.minMonths)} months.`;

const level =
  (label: string, name: (w: RuleWords) => (v: SentenceValues[string]) => string) =>
  (p: SentenceValues, w: RuleWords) =>
    `${label}: the cadre has ${name(w)(p.actual)}; post ${w.post(p.postCode)} requires at least ${name(w)(p.required)}.`;

const share = (what: string) => ({
  empty: (p: SentenceValues, w: RuleWords) =>
    `The planning pool is empty, so the ${what} target of ${w.num(p.minPercent)}% is not met.`,
  counted: (p: SentenceValues, w: RuleWords) =>
    `${w.num(p.count)} of ${w.num(p.total)} in the planning pool are ${what} (${w.num(p.percent)}%); ` +
    `the target is at least ${w.num(p.minPercent)}%.`,
});
const young = share('young cadres');
const women = share('women');

const notice = (unit: string) => (p: SentenceValues, w: RuleWords) =>
  `The term ends on ${w.date(p.termLast)}; the reappointment procedure must start at least ${w.num(p.amount)} ` +
  `${unit} before, by ${w.date(p.deadline)}; it started on ${w.date(p.startedOn)}.`;

/** Rule checks in English, by their code. */
export const ruleSentencesEn: RuleSentences = {
  'active_status.active': () => 'The cadre is in active service.',
  'active_status.inactive': (p, w) => `The cadre is not in active service (${w.status(p.status)}).`,
  'appointment_age.enough': (p, w) => serviceLeft(p, w, 'an appointment'),
  'appointment_age.short': (p, w) => serviceLeft(p, w, 'an appointment'),
  'planning_age.enough': (p, w) => serviceLeft(p, w, 'entering planning'),
  'planning_age.short': (p, w) => serviceLeft(p, w, 'entering planning'),
  'service_left_for_rotation.enough': (p, w) => serviceLeft(p, w, 'a rotation'),
  'service_left_for_rotation.short': (p, w) => serviceLeft(p, w, 'a rotation'),
  'discipline_cooloff.none': (p, w) => `No discipline recorded on or before ${w.date(p.asOf)}.`,
  'discipline_cooloff.ended': (p, w) =>
    `The ${w.num(p.months)}-month cool-off of the ${w.form(p.form).toLowerCase()} of ${w.date(p.decidedAt)} ` +
    `ended on ${w.date(p.endsOn)}, on or before ${w.date(p.asOf)}.`,
  'discipline_cooloff.running': (p, w) =>
    `The ${w.num(p.months)}-month cool-off of the ${w.form(p.form).toLowerCase()} of ${w.date(p.decidedAt)} ` +
    `runs until ${w.date(p.endsOn)}; no higher post before then.`,
  'discipline_cooloff.not_higher': (p, w) =>
    `Post ${w.post(p.postCode)} is not higher than ${w.post(p.heldPostCode)}, held on ${w.date(p.asOf)}: ` +
    `the cool-off before a higher post does not apply.`,
  'education_standard.met': level('Education', (w) => w.education),
  'education_standard.unmet': level('Education', (w) => w.education),
  'political_theory_standard.met': level('Political theory', (w) => w.politicalTheory),
  'political_theory_standard.unmet': level('Political theory', (w) => w.politicalTheory),
  'state_management_standard.met': level('State management', (w) => w.stateManagement),
  'state_management_standard.unmet': level('State management', (w) => w.stateManagement),
  'required_training.none_required': (p, w) => `Post ${w.post(p.postCode)} requires no particular course.`,
  'required_training.completed': (p, w) =>
    `The cadre completed every course post ${w.post(p.postCode)} requires (${w.list(p.courses)}).`,
  'required_training.missing': (p, w) =>
    `The cadre has not completed ${w.list(p.courses)}, required for post ${w.post(p.postCode)}.`,
  'party_membership.not_required': (p, w) => `Post ${w.post(p.postCode)} does not require Party membership.`,
  'party_membership.member': (p, w) =>
    `Post ${w.post(p.postCode)} requires Party membership; the cadre is a Party member.`,
  'party_membership.not_member': (p, w) =>
    `Post ${w.post(p.postCode)} requires Party membership; the cadre is not a Party member.`,
  'non_local_head.not_required': (p, w) => `Post ${w.post(p.postCode)} does not require a non-local holder.`,
  'non_local_head.other_locality': (p, w) =>
    `Post ${w.post(p.postCode)} must be held by someone not from ${w.locality(p.unitLocality)}; the cadre is ` +
    `from ${w.locality(p.hometownLocality)}, another locality.`,
  'non_local_head.same_locality': (p, w) =>
    `Post ${w.post(p.postCode)} must be held by someone not from ${w.locality(p.unitLocality)}; the cadre is ` +
    `from ${w.locality(p.hometownLocality)}, the same locality.`,
  'consecutive_head_terms.not_head': (p, w) => `Post ${w.post(p.postCode)} is not a head post.`,
  'consecutive_head_terms.first_term': (p, w) =>
    `The cadre has no current run as head in ${w.unit(p.unitCode)}; this would be term 1 of at most ${w.num(p.max)}.`,
  'consecutive_head_terms.within': (p, w) =>
    `The cadre has been head in ${w.unit(p.unitCode)} since ${w.date(p.since)} without a break ` +
    `(${w.months(p.months)}, counted as ${w.num(p.terms)} term(s) of ${w.num(p.termYears)} years); another term ` +
    `would make ${w.num(p.next)}, at most ${w.num(p.max)} are allowed.`,
  'consecutive_head_terms.over': (p, w) =>
    `The cadre has been head in ${w.unit(p.unitCode)} since ${w.date(p.since)} without a break ` +
    `(${w.months(p.months)}, counted as ${w.num(p.terms)} term(s) of ${w.num(p.termYears)} years); another term ` +
    `would make ${w.num(p.next)}, more than the ${w.num(p.max)} allowed.`,
  'in_planning.this_post': (p, w) =>
    `On ${w.date(p.asOf)} the cadre is in planning for post ${w.post(p.postCode)} (term ${String(p.term ?? '')}, ` +
    `since ${w.date(p.from)}).`,
  'in_planning.equivalent_post': (p, w) =>
    `On ${w.date(p.asOf)} the cadre is in planning for ${w.post(p.plannedPostCode)}, a post equivalent to ` +
    `${w.post(p.postCode)} (same level and rank group; term ${String(p.term ?? '')}, since ${w.date(p.from)}).`,
  'in_planning.not_planned': (p, w) =>
    `On ${w.date(p.asOf)} the cadre is not in planning for post ${w.post(p.postCode)} or an equivalent one.`,
  'in_planning.any_post': (p, w) =>
    `On ${w.date(p.asOf)} the cadre is in planning for ${w.posts(p.postCodes)}.`,
  'in_planning.no_planning': (p, w) =>
    `On ${w.date(p.asOf)} the cadre is in no planning; rotation is for cadres in planning.`,
  'planned_posts_limit.within': (p, w) =>
    `On ${w.date(p.asOf)} the cadre is planned for ${w.num(p.already)} post(s) at the ${w.level(p.level).toLowerCase()}; ` +
    `with ${w.post(p.postCode)} that makes ${w.num(p.total)}, the limit is ${w.num(p.max)}.`,
  'planned_posts_limit.over': (p, w) =>
    `On ${w.date(p.asOf)} the cadre is planned for ${w.num(p.already)} post(s) at the ${w.level(p.level).toLowerCase()}; ` +
    `with ${w.post(p.postCode)} that makes ${w.num(p.total)}, over the limit of ${w.num(p.max)}.`,
  'planned_post_higher.unranked': (p, w) =>
    `Post ${w.post(p.postCode)} carries no rank; it is not compared with ${w.post(p.heldPostCode)}.`,
  'planned_post_higher.holds_none': (p, w) =>
    `On ${w.date(p.asOf)} the cadre holds no ranked post, so any post may be planned.`,
  'planned_post_higher.higher': (p, w) =>
    `Post ${w.post(p.postCode)} is higher than ${w.post(p.heldPostCode)}, held on ${w.date(p.asOf)}.`,
  'planned_post_higher.not_higher': (p, w) =>
    `Post ${w.post(p.postCode)} is not higher than ${w.post(p.heldPostCode)}, held on ${w.date(p.asOf)}; ` +
    `only higher posts are planned.`,
  'candidates_per_post.within': (p, w) =>
    `Post ${w.post(p.postCode)} has ${w.num(p.candidates)} planned candidate(s); at most ${w.num(p.max)} are allowed.`,
  'candidates_per_post.over': (p, w) =>
    `Post ${w.post(p.postCode)} has ${w.num(p.candidates)} planned candidates; at most ${w.num(p.max)} are allowed.`,
  'planning_young_share.empty_pool': young.empty,
  'planning_young_share.met': young.counted,
  'planning_young_share.unmet': young.counted,
  'planning_women_share.empty_pool': women.empty,
  'planning_women_share.met': women.counted,
  'planning_women_share.unmet': women.counted,
  'planning_age_bands.met': (p, w) =>
    `The planning pool spans ${w.num(p.bands)} age band(s) of ${w.num(p.width)} years (${w.list(p.named)}); ` +
    `the target is at least ${w.num(p.min)}.`,
  'planning_age_bands.unmet': (p, w) =>
    `The planning pool spans ${w.num(p.bands)} age band(s) of ${w.num(p.width)} years` +
    `${Array.isArray(p.named) && p.named.length ? ` (${w.list(p.named)})` : ''}; the target is at least ${w.num(p.min)}.`,
  'planning_confidence.out_of_planning': (p, w) =>
    `The confidence vote of ${w.date(p.since)} (post ${w.post(p.postCode)}) found ${w.num(p.percent)}% low ` +
    `confidence: out of planning.`,
  'planning_confidence.removal': (p, w) =>
    `The confidence vote of ${w.date(p.since)} (post ${w.post(p.postCode)}) found ${w.num(p.percent)}% low ` +
    `confidence: removal from the post and out of planning.`,
  'planning_discipline.disciplined': (p, w) =>
    `A ${w.form(p.form).toLowerCase()} was decided on ${w.date(p.decidedAt)}, after the cadre entered the plan ` +
    `on ${w.date(p.since)}.`,
  'planning_discipline.none': (p, w) =>
    `No discipline decided since the cadre entered the plan on ${w.date(p.since)}.`,
  'not_in_appointment.free': (p, w) =>
    `The cadre is not being proposed for appointment to ${w.post(p.postCode)}.`,
  'not_in_appointment.in_appointment': (p, w) =>
    `The cadre is being proposed for appointment to ${w.post(p.postCode)}; the plan for that post changes only ` +
    `once that procedure has ended.`,
  'holds_origin_post.holds': (p, w) => `The cadre holds post ${w.post(p.postCode)} now.`,
  'holds_origin_post.not_held': (p, w) =>
    `The cadre does not hold post ${w.post(p.postCode)} now; a rotation starts from the current post.`,
  'another_unit.other': (p, w) => `From ${w.unit(p.fromUnitCode)} to ${w.unit(p.toUnitCode)}.`,
  'another_unit.same': (p, w) =>
    `Post ${w.post(p.postCode)} is in the cadre's own unit ${w.unit(p.fromUnitCode)}; a rotation goes to another unit.`,
  'same_level.same': (p, w) => `Both posts are at the ${w.level(p.level).toLowerCase()}.`,
  'same_level.different': (p, w) =>
    `Post ${w.post(p.fromPostCode)} is at the ${w.level(p.level).toLowerCase()}, post ${w.post(p.toPostCode)} at the ` +
    `${w.level(p.toLevel).toLowerCase()}; a rotation goes to the same level unless a leader decides otherwise.`,
  'rotation_length.enough': (p, w) =>
    `The rotation lasts ${w.num(p.months)} months; at least ${w.num(p.min)} are required.`,
  'rotation_length.short': (p, w) =>
    `The rotation lasts ${w.num(p.months)} months; at least ${w.num(p.min)} are required.`,
  'rotation_length.span_enough': (p, w) =>
    `The rotation runs from ${w.date(p.firstDay)} through ${w.date(p.lastDay)}, ${w.num(p.months)} whole months; ` +
    `at least ${w.num(p.min)} are required.`,
  'rotation_length.span_short': (p, w) =>
    `The rotation runs from ${w.date(p.firstDay)} through ${w.date(p.lastDay)}, ${w.num(p.months)} whole months; ` +
    `at least ${w.num(p.min)} are required.`,
  'destination_available.deactivated': (p, w) =>
    `Post ${w.post(p.postCode)} is deactivated; a rotation creates no post.`,
  'destination_available.vacant': (p, w) => `Post ${w.post(p.postCode)} is vacant.`,
  'destination_available.seats': (p, w) =>
    `Post ${w.post(p.postCode)} has several seats; the cadre takes one of them.`,
  'destination_available.holder_leaving': (p, w) =>
    `Post ${w.post(p.postCode)} is held by ${w.cadres(p.holders)}, who leaves it by another rotation.`,
  'destination_available.replaced': (p, w) =>
    `Post ${w.post(p.postCode)} is held by ${w.cadres(p.holders)}; this decision ends that assignment.`,
  'destination_available.held': (p, w) =>
    `Post ${w.post(p.postCode)} is held by ${w.cadres(p.holders)} and has one holder; choose a vacant post, or say ` +
    `that this decision replaces the holder.`,
  'reappointment_notice.in_time_calendar_days': notice('days'),
  'reappointment_notice.late_calendar_days': notice('days'),
  'reappointment_notice.in_time_working_days': notice('working days'),
  'reappointment_notice.late_working_days': notice('working days'),
};
