import type { CadreFacts, PlannerCadre, PlannerPost, RotationPlannerFacts } from '@personnel/contracts';
import type { SeedTables } from '@personnel/seed';

/**
 * The planner's facts built from a generated data set in memory, as libs/persistence `loadPlannerFacts`
 * builds them from Postgres: every unit, every post with its current holders, and every cadre holding a
 * post now (the only ones a rotation can move). Course completions after `asOf` are left out.
 */
export function plannerFactsFromSeed(tables: SeedTables, asOf: string): RotationPlannerFacts {
  const unitById = new Map(tables.unit.map((u) => [u.id, u]));
  const postById = new Map(tables.post.map((p) => [p.id, p]));
  const courseById = new Map(tables.training_course.map((c) => [c.id, c.code]));
  const current = tables.assignment.filter((a) => a.to_date === null);
  const holding = new Map(current.map((a) => [a.cadre_id, a]));
  const facts = new Map<string, CadreFacts>();
  const cadres: PlannerCadre[] = [];
  for (const c of tables.cadre) {
    const now = holding.get(c.id);
    if (!now) continue;
    const f: CadreFacts = {
      cadreCode: c.code,
      gender: c.gender,
      birthDate: c.birth_date,
      hometownLocalityCode: c.hometown_locality_code,
      education: c.education,
      politicalTheory: c.political_theory,
      stateManagement: c.state_management,
      partyMember: c.party_member,
      status: c.status,
      completedCourseCodes: [],
      disciplines: [],
      evaluations: [],
      assignments: [],
      planning: [],
      confidenceVotes: [],
    };
    facts.set(c.id, f);
    cadres.push({
      facts: f,
      fullName: c.full_name,
      currentPostId: (postById.get(now.post_id) ?? fail(now.post_id)).code,
    });
  }
  for (const t of tables.training_completion)
    if (t.completed_at <= asOf)
      facts.get(t.cadre_id)?.completedCourseCodes.push(courseById.get(t.course_id) ?? '');
  for (const f of facts.values()) f.completedCourseCodes.sort();
  for (const d of tables.discipline)
    facts.get(d.cadre_id)?.disciplines.push({ form: d.form, decidedAt: d.decided_at });
  for (const e of tables.evaluation)
    facts.get(e.cadre_id)?.evaluations.push({ year: e.year, rating: e.rating });
  for (const a of tables.assignment) {
    const post = postById.get(a.post_id) ?? fail(a.post_id);
    const unit = unitById.get(a.unit_id) ?? fail(a.unit_id);
    facts.get(a.cadre_id)?.assignments.push({
      kind: a.kind,
      unitCode: unit.code,
      unitLocalityCode: unit.locality_code,
      postCode: post.code,
      isHead: post.is_head,
      from: a.from_date,
      ...(a.to_date === null ? {} : { to: a.to_date }),
    });
  }
  for (const p of tables.planning_entry)
    facts.get(p.cadre_id)?.planning.push({
      postCode: (postById.get(p.post_id) ?? fail(p.post_id)).code,
      term: p.term,
      from: p.from_date,
      ...(p.to_date === null ? {} : { to: p.to_date }),
    });
  for (const f of facts.values()) f.assignments.sort((a, b) => a.from.localeCompare(b.from));

  const holders = new Map<string, string[]>();
  const codeOf = new Map(tables.cadre.map((c) => [c.id, c.code]));
  for (const a of current) {
    const list = holders.get(a.post_id) ?? [];
    list.push(codeOf.get(a.cadre_id) ?? fail(a.cadre_id));
    holders.set(a.post_id, list);
  }
  const posts: PlannerPost[] = tables.post.map((p) => {
    const unit = unitById.get(p.unit_id) ?? fail(p.unit_id);
    return {
      title: p.title,
      singleHolder: p.is_head,
      holderIds: holders.get(p.id) ?? [],
      facts: {
        postCode: p.code,
        unitCode: unit.code,
        unitLocalityCode: unit.locality_code,
        level: p.level,
        isHead: p.is_head,
        requiresNonLocal: p.requires_non_local,
        standards: { ...p.standards, requiredCourseCodes: [...p.standards.requiredCourseCodes] },
      },
    };
  });
  return {
    asOf,
    units: tables.unit.map((u) => ({
      unitCode: u.code,
      name: u.name,
      level: u.level,
      localityCode: u.locality_code,
    })),
    posts,
    cadres,
  };
}

function fail(id: string): never {
  throw new Error(`dangling reference ${id} in the generated data set`);
}
