/**
 * The demo data set of Đầm Hà district, generated from a seed: same seed and size → the same rows, byte
 * for byte. Pure: no I/O, no clock, no Math.random (tools/seed/writer.ts writes the rows).
 */
import { foldVietnamese } from '@personnel/contracts';
import { VIETNAM_PUBLIC_HOLIDAYS, calendarDayKind } from '@personnel/domain';
import { isoDate, ymd } from './calendar';
import { simulateCareers, type Segment } from './careers';
import type { SeedDataset, SeedTables } from './dataset';
import { computeFigures } from './figures';
import { COURSES, posts as postDefinitions, units as unitDefinitions } from './organisation';
import { lookup } from './must';
import { generatePeople } from './people';
import { Rng } from './prng';
import {
  generateCompletions,
  generateDisciplines,
  generateEvaluations,
  generatePlanning,
  generateQualifications,
  PLANNING_TERM,
} from './records';

export const DEFAULT_CADRES = 2000;
export const MIN_CADRES = 600;
export const MAX_CADRES = 1_000_000;
export const DEFAULT_SEED = 'dam-ha';

export interface GenerateOptions {
  /** Number of cadres (default 2,000; at least 600, the organisation's seats need enough people). */
  cadres?: number;
  seed?: string | number;
}

export function generateDataset(options: GenerateOptions = {}): SeedDataset {
  const cadreCount = options.cadres ?? DEFAULT_CADRES;
  if (!Number.isInteger(cadreCount) || cadreCount < MIN_CADRES || cadreCount > MAX_CADRES)
    throw new RangeError(`cadres must be an integer from ${MIN_CADRES} to ${MAX_CADRES}, not ${cadreCount}`);
  const seed = String(options.seed ?? DEFAULT_SEED);
  const root = new Rng(seed);
  const ids = root.fork('ids');

  const unitDefs = unitDefinitions();
  const postDefs = postDefinitions();
  const people = generatePeople(root.fork('people'), cadreCount);
  const { careers, posts } = simulateCareers(root.fork('careers'), people, unitDefs, postDefs);
  const disciplines = generateDisciplines(root.fork('discipline'), careers);
  const planning = generatePlanning(root.fork('planning'), careers, posts, disciplines);
  const { quals, training } = generateQualifications(root.fork('qualifications'), careers, planning);
  const completions = generateCompletions(root.fork('training'), careers, quals, training);
  const evaluations = generateEvaluations(root.fork('evaluations'), careers, disciplines);
  const decisionRefs = numberDecisions(
    root.fork('decisions'),
    careers.flatMap((c) => c.segments.map((s) => ({ s, c: c.person.index }))),
  );

  const tables: SeedTables = {
    unit: [],
    training_course: [],
    post: [],
    cadre: [],
    assignment: [],
    evaluation: [],
    discipline: [],
    training_completion: [],
    planning_entry: [],
    public_holiday: [],
  };

  const unitIds = new Map<string, string>();
  for (const u of unitDefs) {
    const id = ids.uuid();
    unitIds.set(u.code, id);
    tables.unit.push({
      id,
      code: u.code,
      name: u.name,
      level: u.level,
      parent_id: u.parentCode === null ? null : lookup(unitIds, u.parentCode, 'unit'),
      locality_code: u.localityCode,
    });
  }
  const courseIds = new Map<string, string>();
  for (const c of COURSES) {
    const id = ids.uuid();
    courseIds.set(c.code, id);
    tables.training_course.push({ id, code: c.code, title: c.title, hours: c.hours });
  }
  const postIds: string[] = [];
  for (const p of postDefs) {
    const id = ids.uuid();
    postIds.push(id);
    tables.post.push({
      id,
      code: p.code,
      title: p.title,
      unit_id: lookup(unitIds, p.unitCode, 'unit'),
      level: p.level,
      rank_group: p.rankGroup,
      is_head: p.isHead,
      single_holder: p.capacity === 1,
      requires_non_local: p.requiresNonLocal,
      standards: p.standards,
    });
  }

  const width = Math.max(4, String(cadreCount).length);
  const cadreIds: string[] = [];
  for (const c of careers) {
    const p = c.person;
    const q = quals[p.index];
    const id = ids.uuid();
    cadreIds.push(id);
    tables.cadre.push({
      id,
      code: `CB-${String(p.index + 1).padStart(width, '0')}`,
      full_name: p.fullName,
      search_name: foldVietnamese(p.fullName),
      gender: p.gender,
      birth_date: isoDate(p.birth),
      hometown_locality_code: p.hometown,
      ethnicity: p.ethnicity,
      education: q.education,
      political_theory: q.politicalTheory,
      state_management: q.stateManagement,
      party_member: q.partyMember,
      status: c.end?.status ?? 'active',
    });
  }
  for (const c of careers) {
    for (const s of c.segments) {
      tables.assignment.push({
        id: ids.uuid(),
        cadre_id: cadreIds[c.person.index],
        kind: s.kind,
        unit_id: lookup(unitIds, s.post.def.unitCode, 'unit'),
        post_id: postIds[s.post.index],
        from_date: isoDate(s.from),
        to_date: s.to === null ? null : isoDate(s.to),
        decision_ref: decisionRefs.get(s) ?? null,
      });
    }
  }
  for (const e of evaluations) {
    tables.evaluation.push({ id: ids.uuid(), cadre_id: cadreIds[e.cadre], year: e.year, rating: e.rating });
  }
  for (const d of disciplines) {
    tables.discipline.push({
      id: ids.uuid(),
      cadre_id: cadreIds[d.cadre],
      form: d.form,
      decided_at: isoDate(d.day),
      reason: d.reason,
    });
  }
  for (const t of completions) {
    tables.training_completion.push({
      id: ids.uuid(),
      cadre_id: cadreIds[t.cadre],
      course_id: lookup(courseIds, t.course, 'course'),
      completed_at: isoDate(t.day),
    });
  }
  for (const r of planning) {
    tables.planning_entry.push({
      id: ids.uuid(),
      cadre_id: cadreIds[r.cadre],
      post_id: postIds[r.post.index],
      term: PLANNING_TERM,
      from_date: isoDate(r.from),
      to_date: r.to === null ? null : isoDate(r.to),
    });
  }
  // The rules engine's working-day calendar (2020–2031), days off and swapped working days: deadlines count on it.
  tables.public_holiday = VIETNAM_PUBLIC_HOLIDAYS.map((h) => ({
    date: h.date,
    name: h.name,
    kind: calendarDayKind(h),
  }));

  return { seed, cadreCount, tables, figures: computeFigures(tables) };
}

/**
 * Decision numbers, in date order within each issuer and year: "125-QĐ/HU" (district Party committee:
 * Party posts and every rotation), "37-QĐ/TU" (provincial Party committee: district leadership),
 * "1432/QĐ-UBND" (district People's Committee: state posts and staff).
 */
function numberDecisions(rng: Rng, segments: { s: Segment; c: number }[]): Map<Segment, string> {
  const sorted = [...segments].sort((a, b) => a.s.from - b.s.from || a.c - b.c);
  const counters = new Map<string, number>();
  const refs = new Map<Segment, string>();
  for (const { s } of sorted) {
    const issuer = s.kind === 'rotation' ? 'HU' : s.post.def.issuer;
    const key = `${issuer}/${ymd(s.from).year}`;
    const n = (counters.get(key) ?? rng.int(0, 20)) + rng.int(1, 3);
    counters.set(key, n);
    refs.set(s, issuer === 'UBND' ? `${n}/QĐ-UBND` : `${n}-QĐ/${issuer}`);
  }
  return refs;
}
