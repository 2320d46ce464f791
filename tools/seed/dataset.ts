/**
 * The generated data set: plain rows, one array per table, columns named as in the committed schema
 * (libs/persistence/src/migrations/1764160000000-create-registry.ts). Ids are generated too, so a seed
 * gives the same rows byte for byte and the writer needs no lookups.
 */
import type {
  CalendarDayKind,
  AssignmentKind,
  CadreStatus,
  DisciplineForm,
  EducationLevel,
  EvaluationRating,
  Gender,
  PoliticalTheoryLevel,
  PostLevel,
  PostRankGroup,
  PostStandards,
  StateManagementLevel,
  UnitLevel,
} from '@personnel/contracts';

export interface UnitRow {
  id: string;
  code: string;
  name: string;
  level: UnitLevel;
  parent_id: string | null;
  locality_code: string;
}

export interface TrainingCourseRow {
  id: string;
  code: string;
  title: string;
  hours: number | null;
}

export interface PostRow {
  id: string;
  code: string;
  title: string;
  unit_id: string;
  level: PostLevel;
  rank_group: PostRankGroup;
  is_head: boolean;
  /** One seat: the schema allows one current assignment. */
  single_holder: boolean;
  requires_non_local: boolean;
  standards: PostStandards;
}

export interface CadreRow {
  id: string;
  code: string;
  full_name: string;
  search_name: string;
  gender: Gender;
  birth_date: string;
  hometown_locality_code: string;
  ethnicity: string;
  education: EducationLevel;
  political_theory: PoliticalTheoryLevel;
  state_management: StateManagementLevel;
  party_member: boolean;
  status: CadreStatus;
}

export interface AssignmentRow {
  id: string;
  cadre_id: string;
  kind: AssignmentKind;
  unit_id: string;
  post_id: string;
  from_date: string;
  /** Last day in the post (inclusive); null while current. The next assignment starts the day after. */
  to_date: string | null;
  decision_ref: string | null;
}

export interface EvaluationRow {
  id: string;
  cadre_id: string;
  year: number;
  rating: EvaluationRating;
}

export interface DisciplineRow {
  id: string;
  cadre_id: string;
  form: DisciplineForm;
  decided_at: string;
  reason: string;
}

export interface TrainingCompletionRow {
  id: string;
  cadre_id: string;
  course_id: string;
  completed_at: string;
}

export interface PlanningEntryRow {
  id: string;
  cadre_id: string;
  post_id: string;
  term: string;
  from_date: string;
  to_date: string | null;
}

export interface PublicHolidayRow {
  date: string;
  name: string;
  kind: CalendarDayKind;
}

/** Tables in insertion order (a row only references rows of earlier tables, or of its own: unit.parent_id). */
export interface SeedTables {
  unit: UnitRow[];
  training_course: TrainingCourseRow[];
  post: PostRow[];
  cadre: CadreRow[];
  assignment: AssignmentRow[];
  evaluation: EvaluationRow[];
  discipline: DisciplineRow[];
  training_completion: TrainingCompletionRow[];
  planning_entry: PlanningEntryRow[];
  public_holiday: PublicHolidayRow[];
}

export type TableName = keyof SeedTables;

export const TABLE_ORDER: TableName[] = [
  'unit',
  'training_course',
  'post',
  'cadre',
  'assignment',
  'evaluation',
  'discipline',
  'training_completion',
  'planning_entry',
  'public_holiday',
];

/** The figures the demo reports (../../../shared/DOMAIN.md), computed from the generated rows. */
export interface SeedFigures {
  units: number;
  posts: number;
  cadres: number;
  activeCadres: number;
  womenShare: number;
  assignments: number;
  currentAssignments: number;
  /** Assignments of kind 'rotation' starting in 2021-01-01 … 2025-12-31. */
  rotations: number;
  communeHeadPosts: number;
  nonLocalCommuneHeads: number;
  headsMeetingStandards: number;
  currentHeads: number;
  disciplines: number;
  planningEntries: number;
}

export interface SeedDataset {
  seed: string;
  cadreCount: number;
  tables: SeedTables;
  figures: SeedFigures;
}
