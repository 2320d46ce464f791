/** The training class's shapes as the panel uses them: all from libs/contracts (types only). */
export type {
  CompleteTrainingClassRequest,
  EnrolmentSkip,
  EnrolTraineesRequest,
  PlannedPostGap,
  StartTrainingClassRequest,
  TrainingAttendance,
  TrainingAttendanceRequest,
  TrainingClassList,
  TrainingClassPage,
  TrainingClassStage,
  TrainingClassStatus,
  TrainingClassView,
  TrainingEnrolment,
  TrainingGaps,
  TrainingResult,
} from '@personnel/contracts';
export type { TrainingCourseView } from '@personnel/contracts';

/** GET /api/v1/training-classes query. */
export interface TrainingClassListQuery {
  courseCode?: string;
  stage?: string;
  limit: number;
  offset: number;
}
