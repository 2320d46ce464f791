import type {
  CadreFacts,
  LegalBasis,
  PlanEntry,
  PlanPoolFacts,
  PlanRemovalProposal,
  RuleCheck,
} from '@personnel/contracts';
import { compareIsoDates } from '../calendar/iso-date';
import { ruleParameters } from '../legal-basis/table';
import { planningAge } from '../rules/age';
import { lowConfidenceSince } from '../rules/confidence';
import type { Rule } from '../rules/rule';
import { ruleCheck, sentence } from '../rules/rule';
import { educationStandard, partyMembership } from '../rules/standards';
import { activeStatus } from '../rules/status';
import { checkPlanningStructure } from '../rules/planning-pool';
import { activeEntries } from './plan-candidate';

/**
 * The yearly review's own proposals (QĐ 50 / QĐ 377: the plan is reviewed every year, and a cadre
 * who no longer qualifies is taken out): for every published entry, the first reason that applies —
 * - age: no longer a full term of service left (the planning age rule, as on entry);
 * - discipline: disciplined (reprimand or above) since the entry was published;
 * - low confidence: the latest confidence vote put the cadre out of planning (over 1/2 low, QĐ 96);
 * - standards: out of service, or the basic standards a planned cadre must meet are no longer met.
 * They are proposals: HR accepts or keeps each, and the approval publishes what was accepted.
 */
export function reviewRemovalProposals(
  entries: readonly PlanEntry[],
  facts: PlanPoolFacts,
  asOf: string,
  legalBasis: LegalBasis,
): PlanRemovalProposal[] {
  const params = ruleParameters(legalBasis);
  const proposals: PlanRemovalProposal[] = [];
  for (const entry of activeEntries(entries)) {
    if (entry.status !== 'published') continue;
    const cadre = facts.cadres[entry.cadreId];
    const post = facts.posts[entry.postCode];
    if (!cadre || !post) continue;
    const question = { kind: 'planning' as const, asOf, legalBasis };
    const age = planningAge(cadre, post, question, params);
    const discipline = disciplinedSince(cadre, entry.publishedFrom ?? asOf, asOf, legalBasis);
    const standards = [activeStatus, educationStandard, partyMembership]
      .map((rule: Rule) => rule(cadre, post, question, params))
      .find((c) => !c.passed);
    const confidence = confidenceCheck(cadre, asOf, legalBasis);
    const found: [PlanRemovalProposal['reason'], RuleCheck | undefined][] = [
      ['age', age.passed ? undefined : age],
      ['discipline', discipline.passed ? undefined : discipline],
      ['low_confidence', confidence],
      ['standards', standards],
    ];
    const first = found.find(([, check]) => check !== undefined);
    if (first)
      proposals.push({
        postCode: entry.postCode,
        cadreId: entry.cadreId,
        reason: first[0],
        check: first[1] as RuleCheck,
      });
  }
  return proposals;
}

/** The latest confidence vote put the cadre out of planning: a failed check; undefined otherwise. */
function confidenceCheck(cadre: CadreFacts, asOf: string, basis: LegalBasis): RuleCheck | undefined {
  const low = lowConfidenceSince(cadre, asOf, basis);
  if (!low) return undefined;
  const percent = Math.round(low.lowShare * 1000) / 10;
  return ruleCheck(
    'planning_confidence',
    false,
    sentence(
      low.outcome === 'removal_from_post'
        ? 'planning_confidence.removal'
        : 'planning_confidence.out_of_planning',
      { since: low.since, postCode: low.postCode, percent },
      `The confidence vote of ${low.since} (post ${low.postCode}) found ${percent} % low confidence: ` +
        `${low.outcome === 'removal_from_post' ? 'removal from the post and ' : ''}out of planning.`,
    ),
    { citation: low.citation },
    { since: low.since, outcome: low.outcome, lowPercent: percent },
  );
}

/** Disciplined since the entry was published: every form (reprimand, warning, removal) takes one out. */
function disciplinedSince(cadre: CadreFacts, since: string, asOf: string, basis: LegalBasis): RuleCheck {
  const after = cadre.disciplines.filter(
    (d) => compareIsoDates(d.decidedAt, since) >= 0 && compareIsoDates(d.decidedAt, asOf) <= 0,
  );
  const last = after[after.length - 1];
  return ruleCheck(
    'planning_discipline',
    last === undefined,
    last
      ? sentence(
          'planning_discipline.disciplined',
          { form: last.form, decidedAt: last.decidedAt, since },
          `A ${last.form} was decided on ${last.decidedAt}, after the cadre entered the plan on ${since}.`,
        )
      : sentence(
          'planning_discipline.none',
          { since },
          `No discipline decided since the cadre entered the plan on ${since}.`,
        ),
    ruleParameters(basis).disciplineCooloffMonths,
    { disciplineForm: last?.form ?? null, decidedAt: last?.decidedAt ?? null },
  );
}

/** The structure figures of the plan's pool as it stands (entries counted once per cadre). */
export function planStructure(
  entries: readonly PlanEntry[],
  facts: PlanPoolFacts,
  asOf: string,
  legalBasis: LegalBasis,
): RuleCheck[] {
  const cadres = [...new Set(activeEntries(entries).map((e) => e.cadreId))];
  const members = cadres.flatMap((id) => {
    const f = facts.cadres[id];
    return f ? [{ gender: f.gender, birthDate: f.birthDate }] : [];
  });
  return checkPlanningStructure(members, asOf, legalBasis);
}
