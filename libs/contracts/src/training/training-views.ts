import type { Page, TimelineEntry } from '../api';
import type { RuleCheck } from '../registry';
import type { TrainingClassDetail, TrainingClassStage, TrainingClassState } from './training-workflow';

/** POST /api/v1/training-classes. */
export interface StartTrainingClassRequest {
  classCode: string;
  courseCode: string;
  title: string;
  startDate: string;
  endDate: string;
  place: string;
  unitCode: string;
  capacity?: number;
}

/**
 * GET /api/v1/training-classes: one class as the `procedure` read model has it, with registry names.
 * Routes of one class are /api/v1/training-classes/{classCode} (workflow id `training/{classCode}`).
 */
export interface TrainingClassView extends TrainingClassDetail {
  id: string;
  state: TrainingClassState;
  stage: TrainingClassStage;
  courseTitle: string | null;
  unitName: string | null;
  /** Cadres enrolled now. */
  enrolledCount: number;
  proposedAt: string;
  stageEnteredAt: string;
  updatedAt: string;
}

/** GET /api/v1/training-classes/{classCode}: the class, the names of its cadres, and its journal. */
export interface TrainingClassPage extends TrainingClassView {
  /** Registry names of every cadre the class mentions (enrolments, attendance, results). */
  cadreNames: Record<string, string | null>;
  unitNames: Record<string, string | null>;
  timeline: TimelineEntry[];
}

export type TrainingClassList = Page<TrainingClassView>;

/** POST /api/v1/training-classes/{classCode}/enrolments: one cadre, or `{unitCode}` for a whole unit. */
export interface EnrolTraineesRequest {
  cadreId?: string;
  unitCode?: string;
}

export interface TrainingAttendanceRequest {
  entries: { cadreId: string; attended: boolean; note?: string }[];
}

export interface CompleteTrainingClassRequest {
  results: { cadreId: string; passed: boolean; certificateNumber?: string; certificateDocumentId?: string }[];
}

/** One standard of a planned post the cadre does not meet yet, with its rule and citation. */
export interface PlannedPostGap {
  postCode: string;
  postTitle: string | null;
  unitName: string | null;
  /** Planning term, e.g. "2025-2030". */
  term: string;
  /** Codes of the post's required courses the cadre has not completed, with their titles. */
  missingCourses: { code: string; title: string | null }[];
  /** Every post standard not met (the required-training check among them), as the rules engine says. */
  unmet: RuleCheck[];
}

/** GET /api/v1/cadres/{idOrCode}/training-gaps: per post the cadre is planned for, what is still missing. */
export interface TrainingGaps {
  cadreId: string;
  asOf: string;
  posts: PlannedPostGap[];
}
