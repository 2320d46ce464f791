import type { DataSource, EntityManager } from 'typeorm';
import type {
  AssignmentFact,
  CadreFacts,
  ConfidenceVoteFact,
  DisciplineFact,
  EvaluationFact,
  PlanningFact,
  PostFacts,
} from '@personnel/contracts';
import { loadConfidenceFacts } from './confidence-results';
import { idOrCodeCondition, Params } from './sql';

export const d = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

/** The cadre columns the facts need, over alias `c`. */
export const CADRE_FACT_COLUMNS = `c.id, c.code, c.gender, ${d('c.birth_date')} AS birth_date, c.hometown_locality_code,
  c.education, c.political_theory, c.state_management, c.party_member, c.status`;

/** The post columns the facts need, over aliases `p` (post) and `u` (its unit). */
export const POST_FACT_COLUMNS = `p.code, u.code AS unit_code, u.locality_code, p.level, p.rank_group,
  p.is_head, p.requires_non_local, p.standards`;

/**
 * Loads the plain-data facts the rules engine (libs/domain `evaluateEligibility`) runs on, exactly the
 * contract types: JSON only, dates `YYYY-MM-DD`, an open end omitted rather than null, records oldest
 * first. Both loads of one question read one snapshot.
 */
export class EligibilityFactsLoader {
  constructor(private readonly dataSource: DataSource) {}

  /** Cadre and post facts from one snapshot; `undefined` for whichever does not exist. */
  async load(
    cadreIdOrCode: string,
    postIdOrCode: string,
    asOf: string,
  ): Promise<{ cadre: CadreFacts | undefined; post: PostFacts | undefined }> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => ({
      cadre: await loadCadreFacts(manager, cadreIdOrCode, asOf),
      post: await loadPostFacts(manager, postIdOrCode),
    }));
  }
}

/**
 * A cadre's facts. Course completions carry no date in the facts, so only those completed by `asOf`
 * are listed; every other record is dated and listed whole for the rules to weigh.
 */
export async function loadCadreFacts(
  manager: EntityManager,
  idOrCode: string,
  asOf: string,
): Promise<CadreFacts | undefined> {
  const p = new Params();
  const [c] = await manager.query(
    `SELECT ${CADRE_FACT_COLUMNS} FROM cadre c WHERE ${idOrCodeCondition('c', idOrCode, p)}`,
    p.values,
  );
  if (!c) return undefined;
  const courses: { code: string }[] = await manager.query(
    `SELECT tc.code FROM training_completion t JOIN training_course tc ON tc.id = t.course_id
     WHERE t.cadre_id = $1 AND t.completed_at <= $2::date ORDER BY tc.code`,
    [c.id, asOf],
  );
  const disciplines: DisciplineFact[] = await manager.query(
    `SELECT form, ${d('decided_at')} AS "decidedAt" FROM discipline WHERE cadre_id = $1 ORDER BY decided_at, created_at`,
    [c.id],
  );
  const evaluations: EvaluationFact[] = await manager.query(
    `SELECT year, rating FROM evaluation WHERE cadre_id = $1 ORDER BY year`,
    [c.id],
  );
  const assignments: (AssignmentFact & { to: string | null })[] = await manager.query(
    `SELECT a.kind, u.code AS "unitCode", u.locality_code AS "unitLocalityCode", p.code AS "postCode",
            p.is_head AS "isHead", p.level, p.rank_group AS "rankGroup",
            ${d('a.from_date')} AS "from", ${d('a.to_date')} AS "to"
     FROM assignment a JOIN unit u ON u.id = a.unit_id JOIN post p ON p.id = a.post_id
     WHERE a.cadre_id = $1 ORDER BY a.from_date, a.created_at`,
    [c.id],
  );
  const planning: (PlanningFact & { to: string | null })[] = await manager.query(
    `SELECT p.code AS "postCode", p.level, p.rank_group AS "rankGroup", e.term, ${d('e.from_date')} AS "from", ${d('e.to_date')} AS "to"
     FROM planning_entry e JOIN post p ON p.id = e.post_id
     WHERE e.cadre_id = $1 ORDER BY e.from_date, p.code, e.term`,
    [c.id],
  );
  const confidenceVotes = await loadConfidenceFacts(manager, [c.code]);
  return cadreFactsFromRows(c, { courses, disciplines, evaluations, assignments, planning, confidenceVotes });
}

/** The rows a cadre's facts are made of, as the queries above (and the planner's bulk ones) select them. */
export interface CadreFactRows {
  courses: { code: string }[];
  disciplines: DisciplineFact[];
  evaluations: EvaluationFact[];
  assignments: (AssignmentFact & { to: string | null })[];
  planning: (PlanningFact & { to: string | null })[];
  /** Confidence votes, oldest first (QĐ 96 results: `confidence_vote_result`). */
  confidenceVotes: ConfidenceVoteFact[];
}

/** A row of CADRE_FACT_COLUMNS. */
export interface CadreFactRow {
  id: string;
  code: string;
  gender: CadreFacts['gender'];
  birth_date: string;
  hometown_locality_code: string;
  education: CadreFacts['education'];
  political_theory: CadreFacts['politicalTheory'];
  state_management: CadreFacts['stateManagement'];
  party_member: boolean;
  status: CadreFacts['status'];
}

export function cadreFactsFromRows(c: CadreFactRow, rows: CadreFactRows): CadreFacts {
  return {
    cadreCode: c.code,
    gender: c.gender,
    birthDate: c.birth_date,
    hometownLocalityCode: c.hometown_locality_code,
    education: c.education,
    politicalTheory: c.political_theory,
    stateManagement: c.state_management,
    partyMember: c.party_member,
    status: c.status,
    completedCourseCodes: rows.courses.map((r) => r.code),
    disciplines: rows.disciplines.map((r) => ({ form: r.form, decidedAt: r.decidedAt })),
    evaluations: rows.evaluations.map((r) => ({ year: r.year, rating: r.rating })),
    assignments: rows.assignments.map(({ to, ...a }) => ({ ...a, ...(to === null ? {} : { to }) })),
    planning: rows.planning.map(({ to, ...e }) => ({ ...e, ...(to === null ? {} : { to }) })),
    confidenceVotes: rows.confidenceVotes.map((v) => ({
      date: v.date,
      outcome: v.outcome,
      lowShare: v.lowShare,
      postCode: v.postCode,
    })),
  };
}

export async function loadPostFacts(
  manager: EntityManager,
  idOrCode: string,
): Promise<PostFacts | undefined> {
  const p = new Params();
  const [row] = await manager.query(
    `SELECT ${POST_FACT_COLUMNS}
     FROM post p JOIN unit u ON u.id = p.unit_id WHERE ${idOrCodeCondition('p', idOrCode, p)}`,
    p.values,
  );
  return row ? postFactsFromRow(row) : undefined;
}

/** A row of POST_FACT_COLUMNS. */
export interface PostFactRow {
  code: string;
  unit_code: string;
  locality_code: string;
  level: PostFacts['level'];
  rank_group: NonNullable<PostFacts['rankGroup']>;
  is_head: boolean;
  requires_non_local: boolean;
  standards: PostFacts['standards'];
}

export function postFactsFromRow(row: PostFactRow): PostFacts {
  const s = row.standards;
  return {
    postCode: row.code,
    unitCode: row.unit_code,
    unitLocalityCode: row.locality_code,
    level: row.level,
    rankGroup: row.rank_group,
    isHead: row.is_head,
    requiresNonLocal: row.requires_non_local,
    standards: {
      minEducation: s.minEducation,
      minPoliticalTheory: s.minPoliticalTheory,
      minStateManagement: s.minStateManagement,
      requiredCourseCodes: [...(s.requiredCourseCodes ?? [])],
      partyMember: s.partyMember,
    },
  };
}
