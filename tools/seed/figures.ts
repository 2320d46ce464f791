/** The figures Đầm Hà reports (../../../shared/DOMAIN.md), computed from generated rows. */
import {
  EDUCATION_LEVELS,
  POLITICAL_THEORY_LEVELS,
  STATE_MANAGEMENT_LEVELS,
  type PostStandards,
} from '@personnel/contracts';
import type { AssignmentRow, CadreRow, SeedFigures, SeedTables } from './dataset';
import { lookup } from './must';

export const WINDOW = { from: '2021-01-01', to: '2025-12-31' };

/** Whether a cadre meets a post's standards, counting only courses completed before `before`. */
export function meetsStandards(
  cadre: Pick<CadreRow, 'education' | 'political_theory' | 'state_management' | 'party_member'>,
  standards: PostStandards,
  completed: Map<string, string>,
  before: string,
): boolean {
  return (
    EDUCATION_LEVELS.indexOf(cadre.education) >= EDUCATION_LEVELS.indexOf(standards.minEducation) &&
    POLITICAL_THEORY_LEVELS.indexOf(cadre.political_theory) >=
      POLITICAL_THEORY_LEVELS.indexOf(standards.minPoliticalTheory) &&
    STATE_MANAGEMENT_LEVELS.indexOf(cadre.state_management) >=
      STATE_MANAGEMENT_LEVELS.indexOf(standards.minStateManagement) &&
    (!standards.partyMember || cadre.party_member) &&
    standards.requiredCourseCodes.every((code) => {
      const at = completed.get(code);
      return at !== undefined && at < before;
    })
  );
}

export function computeFigures(tables: SeedTables): SeedFigures {
  const units = new Map(tables.unit.map((u) => [u.id, u]));
  const posts = new Map(tables.post.map((p) => [p.id, p]));
  const cadres = new Map(tables.cadre.map((c) => [c.id, c]));
  const courseCodes = new Map(tables.training_course.map((c) => [c.id, c.code]));
  const completed = new Map<string, Map<string, string>>();
  for (const t of tables.training_completion) {
    const m = completed.get(t.cadre_id) ?? new Map<string, string>();
    m.set(lookup(courseCodes, t.course_id, 'course'), t.completed_at);
    completed.set(t.cadre_id, m);
  }
  const current = tables.assignment.filter((a) => a.to_date === null);
  const post = (a: AssignmentRow) => lookup(posts, a.post_id, 'post');
  const cadre = (a: AssignmentRow) => lookup(cadres, a.cadre_id, 'cadre');
  const currentHeads = current.filter((a) => post(a).is_head);
  const communeHeads = current.filter((a) => post(a).requires_non_local);
  return {
    units: tables.unit.length,
    posts: tables.post.length,
    cadres: tables.cadre.length,
    activeCadres: tables.cadre.filter((c) => c.status === 'active').length,
    womenShare: tables.cadre.filter((c) => c.gender === 'female').length / Math.max(1, tables.cadre.length),
    assignments: tables.assignment.length,
    currentAssignments: current.length,
    rotations: tables.assignment.filter(
      (a) => a.kind === 'rotation' && a.from_date >= WINDOW.from && a.from_date <= WINDOW.to,
    ).length,
    communeHeadPosts: tables.post.filter((p) => p.requires_non_local).length,
    nonLocalCommuneHeads: communeHeads.filter(
      (a) => cadre(a).hometown_locality_code !== lookup(units, a.unit_id, 'unit').locality_code,
    ).length,
    currentHeads: currentHeads.length,
    headsMeetingStandards: currentHeads.filter((a) =>
      meetsStandards(cadre(a), post(a).standards, completed.get(a.cadre_id) ?? new Map(), a.from_date),
    ).length,
    disciplines: tables.discipline.length,
    planningEntries: tables.planning_entry.length,
  };
}
