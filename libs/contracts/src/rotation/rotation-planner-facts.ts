import type { CadreFacts, PostFacts, UnitLevel } from '../registry';

/** A unit the planner may move cadres into or out of, with the locality the non-local rule compares. */
export interface PlannerUnit {
  unitCode: string;
  name: string;
  level: UnitLevel;
  localityCode: string;
}

/** A post as the planner sees it: the rules' facts, its title, and who holds it now. */
export interface PlannerPost {
  facts: PostFacts;
  title: string;
  /** Head posts are held by one person at a time; other posts take any number. */
  singleHolder: boolean;
  /** Cadre codes of the current holders (assignments without an end). */
  holderIds: string[];
}

/** A cadre with the rules' facts, the name an explanation shows, and the post held now (if any). */
export interface PlannerCadre {
  facts: CadreFacts;
  fullName: string;
  /** Post code of the current assignment; a cadre without one cannot be rotated. */
  currentPostId: string | null;
}

/**
 * Everything the rotation planner (libs/planner) reads, as plain data: a registry snapshot of the units
 * in scope on `asOf`. libs/persistence `loadPlannerFacts` builds it from Postgres; the bench and the
 * tests build it in memory.
 */
export interface RotationPlannerFacts {
  asOf: string;
  units: PlannerUnit[];
  posts: PlannerPost[];
  cadres: PlannerCadre[];
}
