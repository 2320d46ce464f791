import type { DataSource, EntityManager } from 'typeorm';
import type { PlannerCadre, PlannerPost, PlannerUnit, RotationPlannerFacts } from '@personnel/contracts';
import { loadConfidenceFacts, type ConfidenceFactRow } from './confidence-results';
import {
  CADRE_FACT_COLUMNS,
  cadreFactsFromRows,
  d,
  POST_FACT_COLUMNS,
  postFactsFromRow,
  type CadreFactRow,
  type CadreFactRows,
  type PostFactRow,
} from './eligibility-facts';

/**
 * The rotation planner's facts for a set of units, from one REPEATABLE READ snapshot in nine queries
 * whatever the size: the units, their posts, the current holders (assignments without an end), then
 * each kind of record of those holders at once. The shapes are the eligibility loader's (same columns,
 * same mapping), so the planner's rules see exactly what POST /eligibility sees.
 */
export async function loadPlannerFacts(
  dataSource: DataSource,
  /** null: the whole registry. */
  unitCodes: readonly string[] | null,
  asOf: string,
): Promise<RotationPlannerFacts> {
  return dataSource.transaction('REPEATABLE READ', (manager) => loadInSnapshot(manager, unitCodes, asOf));
}

async function loadInSnapshot(
  manager: EntityManager,
  unitCodes: readonly string[] | null,
  asOf: string,
): Promise<RotationPlannerFacts> {
  const codes = unitCodes === null ? null : [...unitCodes];
  const units: PlannerUnit[] = (
    await manager.query(
      `SELECT code, name, level, locality_code FROM unit WHERE ($1::text[] IS NULL OR code = ANY($1::text[])) ORDER BY code`,
      [codes],
    )
  ).map((u: { code: string; name: string; level: PlannerUnit['level']; locality_code: string }) => ({
    unitCode: u.code,
    name: u.name,
    level: u.level,
    localityCode: u.locality_code,
  }));
  const postRows: (PostFactRow & { title: string })[] = await manager.query(
    `SELECT ${POST_FACT_COLUMNS}, p.title FROM post p JOIN unit u ON u.id = p.unit_id
     WHERE ($1::text[] IS NULL OR u.code = ANY($1::text[])) ORDER BY p.code`,
    [codes],
  );
  const holderRows: (CadreFactRow & { full_name: string; post_code: string })[] = await manager.query(
    `SELECT ${CADRE_FACT_COLUMNS}, c.full_name, p.code AS post_code
     FROM assignment a JOIN cadre c ON c.id = a.cadre_id JOIN post p ON p.id = a.post_id
     JOIN unit u ON u.id = p.unit_id
     WHERE a.to_date IS NULL AND ($1::text[] IS NULL OR u.code = ANY($1::text[])) ORDER BY c.code`,
    [codes],
  );
  const records = await recordsOf(manager, holderRows, asOf);

  const holders = new Map<string, string[]>();
  const cadres: PlannerCadre[] = holderRows.map((row) => {
    holders.set(row.post_code, [...(holders.get(row.post_code) ?? []), row.code]);
    return {
      facts: cadreFactsFromRows(row, records(row.id)),
      fullName: row.full_name,
      currentPostId: row.post_code,
    };
  });
  const posts: PlannerPost[] = postRows.map((row) => {
    const facts = postFactsFromRow(row);
    // One head per post: the registry's head posts are single-holder, the others take any number.
    return { facts, title: row.title, singleHolder: facts.isHead, holderIds: holders.get(row.code) ?? [] };
  });
  return { asOf, units, posts, cadres };
}

type Grouped = <T>(rows: (T & { cadre_id: string })[]) => Map<string, T[]>;

const group: Grouped = (rows) => {
  const map = new Map();
  for (const { cadre_id, ...row } of rows) {
    const list = map.get(cadre_id);
    if (list) list.push(row);
    else map.set(cadre_id, [row]);
  }
  return map;
};

/** Each kind of record of these cadres in one query, ordered as the single-cadre loader orders them. */
export async function recordsOf(
  manager: EntityManager,
  cadres: readonly { id: string; code: string }[],
  asOf: string,
): Promise<(cadreId: string) => CadreFactRows> {
  const ids = cadres.map((c) => c.id);
  const codeOf = new Map(cadres.map((c) => [c.id, c.code]));
  // Confidence results are kept by cadre code (as the procedure read model keeps them).
  const confidence = new Map<string, ConfidenceFactRow[]>();
  for (const row of await loadConfidenceFacts(
    manager,
    cadres.map((c) => c.code),
  ))
    confidence.set(row.cadreCode, [...(confidence.get(row.cadreCode) ?? []), row]);
  const courses = group<{ code: string }>(
    await manager.query(
      `SELECT t.cadre_id, tc.code FROM training_completion t JOIN training_course tc ON tc.id = t.course_id
       WHERE t.cadre_id = ANY($1::uuid[]) AND t.completed_at <= $2::date ORDER BY t.cadre_id, tc.code`,
      [ids, asOf],
    ),
  );
  const disciplines = group<CadreFactRows['disciplines'][number]>(
    await manager.query(
      `SELECT cadre_id, form, ${d('decided_at')} AS "decidedAt" FROM discipline
       WHERE cadre_id = ANY($1::uuid[]) ORDER BY cadre_id, decided_at, created_at`,
      [ids],
    ),
  );
  const evaluations = group<CadreFactRows['evaluations'][number]>(
    await manager.query(
      `SELECT cadre_id, year, rating FROM evaluation WHERE cadre_id = ANY($1::uuid[]) ORDER BY cadre_id, year`,
      [ids],
    ),
  );
  const assignments = group<CadreFactRows['assignments'][number]>(
    await manager.query(
      `SELECT a.cadre_id, a.kind, u.code AS "unitCode", u.locality_code AS "unitLocalityCode",
              p.code AS "postCode", p.is_head AS "isHead", p.level, p.rank_group AS "rankGroup", ${d('a.from_date')} AS "from", ${d('a.to_date')} AS "to"
       FROM assignment a JOIN unit u ON u.id = a.unit_id JOIN post p ON p.id = a.post_id
       WHERE a.cadre_id = ANY($1::uuid[]) ORDER BY a.cadre_id, a.from_date, a.created_at`,
      [ids],
    ),
  );
  const planning = group<CadreFactRows['planning'][number]>(
    await manager.query(
      `SELECT e.cadre_id, p.code AS "postCode", p.level, p.rank_group AS "rankGroup", e.term, ${d('e.from_date')} AS "from", ${d('e.to_date')} AS "to"
       FROM planning_entry e JOIN post p ON p.id = e.post_id
       WHERE e.cadre_id = ANY($1::uuid[]) ORDER BY e.cadre_id, e.from_date, p.code, e.term`,
      [ids],
    ),
  );
  return (id) => ({
    courses: courses.get(id) ?? [],
    disciplines: disciplines.get(id) ?? [],
    evaluations: evaluations.get(id) ?? [],
    assignments: assignments.get(id) ?? [],
    planning: planning.get(id) ?? [],
    confidenceVotes: confidence.get(codeOf.get(id) ?? '') ?? [],
  });
}
