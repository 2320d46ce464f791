import type { ApiClient } from './client';
import type {
  CompleteTrainingClassRequest,
  EnrolTraineesRequest,
  StartTrainingClassRequest,
  TrainingAttendanceRequest,
  TrainingClassList,
  TrainingClassListQuery,
  TrainingClassPage,
  TrainingClassStatus,
  TrainingClassView,
  TrainingCourseView,
  TrainingGaps,
} from './training-types';
import type { Page } from './types';

const V1 = '/api/v1';

/** `training/<classCode>` → `/api/v1/training-classes/<classCode>`. */
export function trainingClassUrl(id: string): string {
  return `${V1}/training-classes/${encodeURIComponent(id.replace(/^training\//, ''))}`;
}

/** Training classes (open, read, their commands), the courses to open one of, a cadre's training gaps. */
export function trainingEndpoints(api: ApiClient) {
  const command =
    <B>(path: string) =>
    (id: string, body: B) =>
      api.post<TrainingClassStatus>(`${trainingClassUrl(id)}/${path}`, body);
  return {
    startTrainingClass: (body: StartTrainingClassRequest) =>
      api.post<TrainingClassView>(`${V1}/training-classes`, body),
    listTrainingClasses: (query: TrainingClassListQuery, signal?: AbortSignal) =>
      api.getFresh<TrainingClassList>(`${V1}/training-classes`, { ...query }, signal),
    trainingClass: (id: string, signal?: AbortSignal) =>
      api.getFresh<TrainingClassPage>(trainingClassUrl(id), undefined, signal),
    trainingCourses: (signal?: AbortSignal) =>
      api.get<Page<TrainingCourseView>>(`${V1}/training-courses`, { active: true, limit: 100 }, signal),
    enrolTrainees: command<EnrolTraineesRequest>('enrolments'),
    withdrawTrainee: command<{ cadreId: string; reason?: string }>('withdrawals'),
    startTrainingSession: (id: string) => command<Record<string, never>>('session/start')(id, {}),
    closeTrainingSession: (id: string) => command<Record<string, never>>('session/close')(id, {}),
    recordTrainingAttendance: command<TrainingAttendanceRequest>('attendance'),
    completeTrainingClass: command<CompleteTrainingClassRequest>('completion'),
    cancelTrainingClass: command<{ reason: string }>('cancel'),
    trainingGaps: (cadreId: string, signal?: AbortSignal) =>
      api.get<TrainingGaps>(`${V1}/cadres/${encodeURIComponent(cadreId)}/training-gaps`, undefined, signal),
  };
}
