import type {
  CadreFacts,
  LegalBasis,
  PlanEntry,
  PlanningFact,
  PostFacts,
  RuleCheck,
} from '@personnel/contracts';
import { ruleParameters } from '../legal-basis/table';
import { evaluateEligibility } from '../rules/evaluate';
import { checkCandidatesPerPost } from '../rules/planning-pool';
import { ruleCheck, sentence } from '../rules/rule';

/** Entries of a plan that still count: in the pool or published, not taken out. */
export function activeEntries(entries: readonly PlanEntry[]): PlanEntry[] {
  return entries.filter((e) => e.status !== 'removed');
}

export interface PlanCandidateQuestion {
  term: string;
  legalBasis: LegalBasis;
  asOf: string;
  /** The plan's entries as they stand. */
  entries: readonly PlanEntry[];
  cadre: CadreFacts;
  post: PostFacts;
  /** An appointment procedure running for this post with this cadre among its candidates. */
  appointmentId: string | null;
}

/**
 * Whether one cadre may join the pool of one post of a plan, every rule with its citation:
 * - the planning rules of the registry (in service, a higher post than the one held, enough service
 *   left for a term, no running discipline cool-off, basic standards) and at most 3 planned posts at one
 *   level, counting the cadre's planning in other plans of the term and this plan's pool;
 * - at most 3 candidates for the post, counting this one;
 * - not while the cadre is being proposed for appointment to this post (the appointment reads the plan).
 */
export function checkPlanCandidate(q: PlanCandidateQuestion): RuleCheck[] {
  const pool = activeEntries(q.entries);
  const mine = pool.filter((e) => e.cadreId === q.cadre.cadreCode);
  const inThisPlan = new Set(q.entries.filter((e) => e.cadreId === q.cadre.cadreCode).map((e) => e.postCode));
  const planning: PlanningFact[] = [
    ...q.cadre.planning.filter((p) => p.term === q.term && !inThisPlan.has(p.postCode)),
    ...mine.map((e) => ({ postCode: e.postCode, level: e.postLevel, term: q.term, from: q.asOf })),
  ];
  const eligibility = evaluateEligibility({ ...q.cadre, planning }, q.post, {
    kind: 'planning',
    asOf: q.asOf,
    legalBasis: q.legalBasis,
  });
  const candidates = new Set(pool.filter((e) => e.postCode === q.post.postCode).map((e) => e.cadreId));
  candidates.add(q.cadre.cadreCode);
  return [
    ...eligibility.checks,
    checkCandidatesPerPost(q.post.postCode, candidates.size, q.legalBasis),
    notInAppointment(q.post.postCode, q.appointmentId, q.legalBasis),
  ];
}

function notInAppointment(postCode: string, appointmentId: string | null, basis: LegalBasis): RuleCheck {
  return ruleCheck(
    'not_in_appointment',
    appointmentId === null,
    appointmentId === null
      ? sentence(
          'not_in_appointment.free',
          { postCode },
          `The cadre is not being proposed for appointment to ${postCode}.`,
        )
      : sentence(
          'not_in_appointment.in_appointment',
          { postCode, appointmentId },
          `The cadre is being proposed for appointment to ${postCode} (${appointmentId}); the plan for that ` +
            `post changes only once that procedure has ended.`,
        ),
    { citation: ruleParameters(basis).candidatesPerPostMax.citation },
    { appointmentId },
  );
}
