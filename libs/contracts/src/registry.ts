/**
 * Registry vocabulary (../shared/DOMAIN.md glossary) and the plain-data facts the rules engine runs on.
 * Dates are ISO calendar dates (YYYY-MM-DD); everything is JSON, so the same facts can be rule inputs
 * inside a workflow.
 */

export type UnitLevel = 'province' | 'district' | 'commune' | 'agency';
export const UNIT_LEVELS: readonly UnitLevel[] = ['province', 'district', 'commune', 'agency'];

/** Administrative level a post belongs to (an agency post counts at the level of its parent). */
export type PostLevel = 'province' | 'district' | 'commune';
export const POST_LEVELS: readonly PostLevel[] = ['province', 'district', 'commune'];

/**
 * Rank group of a post within its level (nhóm chức danh), low → high. Two posts of one level and one
 * group are equivalent ("chức danh tương đương"); which is higher is decided by libs/domain `post-rank`.
 */
export type PostRankGroup =
  'staff' | 'deputy_head' | 'body_head' | 'vice_chair' | 'deputy_secretary' | 'chair' | 'secretary';
export const POST_RANK_GROUPS: readonly PostRankGroup[] = [
  'staff',
  'deputy_head',
  'body_head',
  'vice_chair',
  'deputy_secretary',
  'chair',
  'secretary',
];

/** Where a post stands: its level and its rank group there. */
export interface PostRank {
  level: PostLevel;
  rankGroup: PostRankGroup;
}

export type Gender = 'male' | 'female';
export const GENDERS: readonly Gender[] = ['male', 'female'];

/** Highest general education completed, ordered low → high. */
export type EducationLevel = 'upper_secondary' | 'college' | 'bachelor' | 'master' | 'doctor';
export const EDUCATION_LEVELS: readonly EducationLevel[] = [
  'upper_secondary',
  'college',
  'bachelor',
  'master',
  'doctor',
];

/** Lý luận chính trị: sơ cấp, trung cấp, cao cấp (cử nhân counts as cao cấp). Ordered low → high. */
export type PoliticalTheoryLevel = 'none' | 'elementary' | 'intermediate' | 'advanced';
export const POLITICAL_THEORY_LEVELS: readonly PoliticalTheoryLevel[] = [
  'none',
  'elementary',
  'intermediate',
  'advanced',
];

/** Quản lý nhà nước: chuyên viên, chuyên viên chính, chuyên viên cao cấp. Ordered low → high. */
export type StateManagementLevel = 'none' | 'specialist' | 'principal' | 'senior';
export const STATE_MANAGEMENT_LEVELS: readonly StateManagementLevel[] = [
  'none',
  'specialist',
  'principal',
  'senior',
];

export type CadreStatus = 'active' | 'retired' | 'left' | 'deceased';
export const CADRE_STATUSES: readonly CadreStatus[] = ['active', 'retired', 'left', 'deceased'];

export type AssignmentKind = 'appointment' | 'rotation' | 'transfer' | 'reappointment';
export const ASSIGNMENT_KINDS: readonly AssignmentKind[] = [
  'appointment',
  'rotation',
  'transfer',
  'reappointment',
];

/** Khiển trách, cảnh cáo, cách chức. */
export type DisciplineForm = 'reprimand' | 'warning' | 'removal';
export const DISCIPLINE_FORMS: readonly DisciplineForm[] = ['reprimand', 'warning', 'removal'];

/** Hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ. */
export type EvaluationRating = 'excellent' | 'good' | 'satisfactory' | 'unsatisfactory';
export const EVALUATION_RATINGS: readonly EvaluationRating[] = [
  'excellent',
  'good',
  'satisfactory',
  'unsatisfactory',
];

export type LegalBasis = 'QD50-2021' | 'QD80-2022' | 'ND138-2020' | 'QD377-2025' | 'QD65-2022';
export const LEGAL_BASES: readonly LegalBasis[] = [
  'QD50-2021',
  'QD80-2022',
  'ND138-2020',
  'QD377-2025',
  'QD65-2022',
];

export type DecisionKind = 'planning' | 'appointment' | 'rotation';
export const DECISION_KINDS: readonly DecisionKind[] = ['planning', 'appointment', 'rotation'];

/** What a post demands of whoever holds it (tiêu chuẩn chức danh). */
export interface PostStandards {
  minEducation: EducationLevel;
  minPoliticalTheory: PoliticalTheoryLevel;
  minStateManagement: StateManagementLevel;
  /** Codes of training courses that must be completed, e.g. the class on Directive 05-CT/TW. */
  requiredCourseCodes: string[];
  /** Party membership required (every head post of the Party side). */
  partyMember: boolean;
}

/** The post being decided on, as plain data. */
export interface PostFacts {
  postCode: string;
  unitCode: string;
  /** Locality the unit governs (for the non-local rule). */
  unitLocalityCode: string;
  level: PostLevel;
  /** Absent in facts loaded before ranks were modelled (recorded histories): rules then decide as before. */
  rankGroup?: PostRankGroup;
  isHead: boolean;
  /** Must be held by someone not from this locality (Chỉ thị 45-CT/TW: commune secretary and chairman). */
  requiresNonLocal: boolean;
  standards: PostStandards;
}

export interface AssignmentFact {
  kind: AssignmentKind;
  unitCode: string;
  unitLocalityCode: string;
  postCode: string;
  isHead: boolean;
  /** Level and rank group of the post held; absent in facts loaded before ranks were modelled. */
  level?: PostLevel;
  rankGroup?: PostRankGroup;
  from: string;
  /** Absent while the assignment is current. */
  to?: string;
}

export interface DisciplineFact {
  form: DisciplineForm;
  decidedAt: string;
}

export interface EvaluationFact {
  year: number;
  rating: EvaluationRating;
}

export interface PlanningFact {
  postCode: string;
  /** Level and rank group of the planned post; absent in facts loaded before ranks were modelled. */
  level?: PostLevel;
  rankGroup?: PostRankGroup;
  /** Planning term, e.g. "2025-2030". */
  term: string;
  from: string;
  /** Absent while the cadre is in planning. */
  to?: string;
}

/**
 * A confidence vote's result for the cadre (lấy phiếu tín nhiệm, QĐ 96), from the registry's
 * `confidence_vote_result`: the day of the vote, what QĐ 96 made of it, the low-confidence share.
 */
export interface ConfidenceVoteFact {
  /** The day the conference closed (YYYY-MM-DD, Vietnam). */
  date: string;
  outcome: 'retained' | 'out_of_planning' | 'removal_from_post';
  /** Low-confidence ballots / those summoned, 0..1. */
  lowShare: number;
  /** The post held when the vote was taken. */
  postCode: string;
}

/** Everything the rules know about a cadre, as plain data. */
export interface CadreFacts {
  cadreCode: string;
  gender: Gender;
  birthDate: string;
  hometownLocalityCode: string;
  education: EducationLevel;
  politicalTheory: PoliticalTheoryLevel;
  stateManagement: StateManagementLevel;
  partyMember: boolean;
  status: CadreStatus;
  completedCourseCodes: string[];
  disciplines: DisciplineFact[];
  evaluations: EvaluationFact[];
  assignments: AssignmentFact[];
  planning: PlanningFact[];
  /** Confidence votes of the cadre, oldest first. */
  confidenceVotes: ConfidenceVoteFact[];
}

export interface EligibilityQuestion {
  kind: DecisionKind;
  /** The day the rules are applied, e.g. the day the dossier is complete. */
  asOf: string;
  /** Default: chosen by kind and date (see the legal-basis table in ../shared/DOMAIN.md). */
  legalBasis?: LegalBasis;
  /** A rotation made to satisfy the non-local rule needs only one term of service left. */
  servesNonLocalRule?: boolean;
}

/** A value of a sentence: ISO dates (YYYY-MM-DD) stay ISO, the panel writes them dd/mm/yyyy. */
export type SentenceParam = string | number | boolean | null | string[];

/** One rule applied: machine code, outcome, human detail, the parameters used and the legal citation. */
export interface RuleCheck {
  rule: string;
  passed: boolean;
  /** The outcome in English, for logs and API readers; the panel writes `code` + `params` in its language. */
  detail: string;
  /**
   * Stable code of the outcome's sentence, `<rule>.<case>` (e.g. `active_status.inactive`), with the values
   * it names: the panel renders it in the user's language. Absent on checks recorded before codes existed.
   */
  code?: string;
  params?: Record<string, SentenceParam>;
  citation: string;
  parameters: Record<string, string | number | boolean | null>;
}

export interface EligibilityResult {
  eligible: boolean;
  legalBasis: LegalBasis;
  asOf: string;
  checks: RuleCheck[];
}

/**
 * What a calendar entry says of its day. `day_off`: a public holiday, a Tết break day, a compensatory day
 * off (nghỉ bù) or the weekday given off in a swap. `working_day`: a Saturday or Sunday worked instead
 * (ngày làm bù), the other half of a swap the Government declares (hoán đổi ngày làm việc).
 */
export type CalendarDayKind = 'day_off' | 'working_day';
export const CALENDAR_DAY_KINDS: readonly CalendarDayKind[] = ['day_off', 'working_day'];

/**
 * One day of the working-day calendar (ngày nghỉ lễ, or a swapped working day), as data: Tết follows the
 * lunar calendar, so dates are listed per year.
 */
export interface PublicHoliday {
  date: string;
  name: string;
  /**
   * Absent means `day_off`: every holiday list recorded before swaps could be expressed (workflow inputs,
   * activity results in replayed histories) carries none, and must keep meaning exactly what it meant.
   */
  kind?: CalendarDayKind;
}
