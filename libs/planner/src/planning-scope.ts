import type {
  EligibilityQuestion,
  LegalBasis,
  PlannerCadre,
  PlannerPost,
  PlannerUnit,
  RotationPlannerFacts,
  RotationTarget,
} from '@personnel/contracts';
import { ruleParameters, type RuleParameters } from '@personnel/domain';

/** The facts indexed once, with the question every rule of the plan is asked under. */
export interface PlanningScope {
  asOf: string;
  legalBasis: LegalBasis;
  params: RuleParameters;
  months: number;
  targets: ReadonlySet<RotationTarget>;
  question: EligibilityQuestion;
  units: ReadonlyMap<string, PlannerUnit>;
  posts: ReadonlyMap<string, PlannerPost>;
  cadres: ReadonlyMap<string, PlannerCadre>;
}

export function planningScope(
  facts: RotationPlannerFacts,
  legalBasis: LegalBasis,
  months: number,
  targets: readonly RotationTarget[],
): PlanningScope {
  const units = new Map(facts.units.map((u) => [u.unitCode, u]));
  const posts = new Map(facts.posts.map((p) => [p.facts.postCode, p]));
  const cadres = new Map(facts.cadres.map((c) => [c.facts.cadreCode, c]));
  for (const post of facts.posts) {
    if (!units.has(post.facts.unitCode))
      throw new RangeError(
        `post ${post.facts.postCode} belongs to unit ${post.facts.unitCode}, not in the facts`,
      );
    for (const holder of post.holderIds)
      if (!cadres.has(holder))
        throw new RangeError(`post ${post.facts.postCode} is held by ${holder}, who is not in the facts`);
  }
  return {
    asOf: facts.asOf,
    legalBasis,
    params: ruleParameters(legalBasis),
    months,
    targets: new Set(targets),
    question: { kind: 'rotation', asOf: facts.asOf, legalBasis },
    units,
    posts,
    cadres,
  };
}

/** The unit of a post, which planningScope has checked exists. */
export function unitOf(scope: PlanningScope, post: PlannerPost): PlannerUnit {
  return scope.units.get(post.facts.unitCode) as PlannerUnit;
}
