import type {
  AssignmentKind,
  CalendarDayKind,
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
} from './registry';

/** Read shapes of the registry (JSON): dates `YYYY-MM-DD`, timestamps ISO 8601, references by code. */
export interface UnitView {
  id: string;
  code: string;
  name: string;
  level: UnitLevel;
  parentCode: string | null;
  localityCode: string;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface UnitTreeNode extends UnitView {
  children: UnitTreeNode[];
}

export interface PostView {
  id: string;
  code: string;
  title: string;
  unitCode: string;
  unitName: string;
  level: PostLevel;
  rankGroup: PostRankGroup;
  isHead: boolean;
  requiresNonLocal: boolean;
  standards: PostStandards;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface TrainingCourseView {
  id: string;
  code: string;
  title: string;
  hours: number | null;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface PublicHolidayView {
  date: string;
  name: string;
  kind: CalendarDayKind;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The post a cadre holds now: derived from the assignment without an end, never stored twice. */
export interface CurrentPostView {
  assignmentId: string;
  kind: AssignmentKind;
  postCode: string;
  postTitle: string;
  unitCode: string;
  unitName: string;
  fromDate: string;
}

export interface CadreView {
  id: string;
  code: string;
  fullName: string;
  gender: Gender;
  birthDate: string;
  hometownLocalityCode: string;
  ethnicity: string;
  education: EducationLevel;
  politicalTheory: PoliticalTheoryLevel;
  stateManagement: StateManagementLevel;
  partyMember: boolean;
  status: CadreStatus;
  currentPost: CurrentPostView | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface AssignmentView {
  id: string;
  kind: AssignmentKind;
  postCode: string;
  postTitle: string;
  unitCode: string;
  unitName: string;
  fromDate: string;
  toDate: string | null;
  decisionRef: string | null;
  current: boolean;
  createdAt: string;
}

export interface EvaluationView {
  id: string;
  year: number;
  rating: EvaluationRating;
  createdAt: string;
}

export interface DisciplineView {
  id: string;
  form: DisciplineForm;
  decidedAt: string;
  reason: string;
  createdAt: string;
}

export interface TrainingCompletionView {
  id: string;
  courseCode: string;
  courseTitle: string;
  completedAt: string;
  createdAt: string;
  /** The training class (workflow id `training/<classCode>`) it came from; null when entered by hand. */
  classId: string | null;
  certificateNumber: string | null;
  certificateDocumentId: string | null;
}

export interface PlanningEntryView {
  id: string;
  postCode: string;
  postTitle: string;
  term: string;
  fromDate: string;
  toDate: string | null;
  /** The plan procedure that published it; null for an entry imported into the registry. */
  planId: string | null;
  /** Who approved it, and the number of the approving decision (null for entries from before). */
  approvedBy: string | null;
  decisionRef: string | null;
  removedReason: string | null;
  createdAt: string;
}

export interface CadreDetail extends CadreView {
  assignments: AssignmentView[];
  evaluations: EvaluationView[];
  disciplines: DisciplineView[];
  trainingCompletions: TrainingCompletionView[];
  planningEntries: PlanningEntryView[];
}
