import type { ApiClient } from './client';
import type {
  AppointmentDetail,
  AppointmentListQuery,
  AppointmentReport,
  AppointmentStatus,
  AppointmentView,
  BulkApproveItemResult,
  BulkApproveRequest,
  CadreTimelineEntry,
  ChangeBodiesRequest,
  ConferenceStatus,
  ConferenceView,
  DecideTaskRequest,
  DelegateTaskRequest,
  DocumentKind,
  HeadDecisionRequest,
  ImportMode,
  ImportReport,
  IssueDecisionRequest,
  ReconveneRequest,
  ResubmitRequest,
  SelfAssessmentRequest,
  StartAppointmentRequest,
  StoredDocument,
  TallyRequest,
  TaskAnnotationRequest,
  TaskCounts,
  TaskCountsQuery,
  TaskListQuery,
  TaskCommandAnswer,
  TaskView,
  UserDirectoryEntry,
} from './appointment-types';
import { planUrl } from './plan-endpoints';
import { rotationUrl } from './rotation-endpoints';
import type { Page, Role } from './types';

const V1 = '/api/v1';

/** `appointment/<post>/<n>` → `/api/v1/appointments/<post>/<n>` (each part encoded). */
export function appointmentUrl(id: string): string {
  const [, postId = '', n = ''] = id.split('/');
  return `${V1}/appointments/${encodeURIComponent(postId)}/${encodeURIComponent(n)}`;
}

/** The one task API of every procedure kind: `/api/v1/tasks/<workflow id, each segment encoded>/<task key>`. */
export const taskUrl = (workflowId: string, taskKey: string) =>
  `${V1}/tasks/${workflowId.split('/').map(encodeURIComponent).join('/')}/${encodeURIComponent(taskKey)}`;
/**
 * A conference of any kind: an appointment's steps, a rotation's consultation, a plan's two votes (the
 * same routes below each procedure's own).
 */
function procedureUrl(id: string): string {
  if (id.startsWith('rotation/')) return rotationUrl(id);
  if (id.startsWith('plan/')) return planUrl(id);
  return appointmentUrl(id);
}
const conferenceUrl = (id: string, index: number) => `${procedureUrl(id)}/conferences/${index}`;

/** The appointment procedure, the task inbox, conferences, documents, users, reports and CSV import. */
export function appointmentEndpoints(api: ApiClient) {
  return {
    cadreTimeline: (cadreId: string, query: { limit: number; offset: number }, signal?: AbortSignal) =>
      api.get<Page<CadreTimelineEntry>>(
        `${V1}/cadres/${encodeURIComponent(cadreId)}/timeline`,
        query,
        signal,
      ),
    startAppointment: (body: StartAppointmentRequest) =>
      api.post<AppointmentView>(`${V1}/appointments`, body),
    listAppointments: (query: AppointmentListQuery, signal?: AbortSignal) =>
      api.getFresh<Page<AppointmentView>>(`${V1}/appointments`, { ...query }, signal),
    appointment: (id: string, signal?: AbortSignal) =>
      api.getFresh<AppointmentDetail>(appointmentUrl(id), undefined, signal),
    changeBodies: (id: string, body: ChangeBodiesRequest) =>
      api.post<AppointmentStatus>(`${appointmentUrl(id)}/bodies`, body),
    grantException: (id: string, reason: string) =>
      api.post<AppointmentStatus>(`${appointmentUrl(id)}/exception`, { reason }),
    claimTask: (id: string, taskKey: string) =>
      api.post<TaskCommandAnswer>(`${taskUrl(id, taskKey)}/claim`, {}),
    unclaimTask: (id: string, taskKey: string) =>
      api.post<TaskCommandAnswer>(`${taskUrl(id, taskKey)}/unclaim`, {}),
    delegateTask: (id: string, taskKey: string, body: DelegateTaskRequest) =>
      api.post<TaskCommandAnswer>(`${taskUrl(id, taskKey)}/delegate`, body),
    decideTask: (id: string, taskKey: string, body: DecideTaskRequest) =>
      api.post<TaskCommandAnswer>(`${taskUrl(id, taskKey)}/decide`, body),
    resubmit: (id: string, body: ResubmitRequest) =>
      api.post<AppointmentStatus>(`${appointmentUrl(id)}/resubmit`, body),
    withdrawAppointment: (id: string, reason: string) =>
      api.post<AppointmentStatus>(`${appointmentUrl(id)}/withdraw`, { reason }),
    submitSelfAssessment: (id: string, body: SelfAssessmentRequest) =>
      api.post<AppointmentStatus>(`${appointmentUrl(id)}/self-assessment`, body),
    issueDecision: (id: string, body: IssueDecisionRequest) =>
      api.post<AppointmentStatus>(`${appointmentUrl(id)}/decision`, body),
    bulkApprove: (body: BulkApproveRequest) =>
      api.post<BulkApproveItemResult[]>(`${V1}/tasks/bulk-decide`, body),

    conference: (id: string, index: number, signal?: AbortSignal) =>
      api.getFresh<ConferenceView>(conferenceUrl(id, index), undefined, signal),
    recordAttendance: (id: string, index: number, present: string[]) =>
      api.post<ConferenceStatus>(`${conferenceUrl(id, index)}/attendance`, { present }),
    submitTally: (id: string, index: number, body: TallyRequest) =>
      api.post<ConferenceStatus>(`${conferenceUrl(id, index)}/tally`, body),
    headDecision: (id: string, index: number, body: HeadDecisionRequest) =>
      api.post<ConferenceStatus>(`${conferenceUrl(id, index)}/head-decision`, body),
    reconvene: (id: string, index: number, body: ReconveneRequest) =>
      api.post<AppointmentStatus>(`${conferenceUrl(id, index)}/reconvene`, body),

    tasks: (query: TaskListQuery, signal?: AbortSignal) =>
      api.getFresh<Page<TaskView>>(`${V1}/tasks`, { ...query }, signal),
    taskCounts: (query: TaskCountsQuery, signal?: AbortSignal) =>
      api.get<TaskCounts>(`${V1}/tasks/counts`, { ...query }, signal),
    commentTask: (id: string, taskKey: string, comment: string) =>
      api.post<TaskCommandAnswer>(`${taskUrl(id, taskKey)}/comment`, { comment }),
    reassignTask: (id: string, taskKey: string, body: { toUserId: string; reason: string }) =>
      api.post<TaskCommandAnswer>(`${taskUrl(id, taskKey)}/reassign`, body),
    annotateTask: (id: string, taskKey: string, body: TaskAnnotationRequest) =>
      api.put(`${taskUrl(id, taskKey)}/annotation`, body),
    users: (query: { role?: Role; q?: string; limit?: number }, signal?: AbortSignal) =>
      api.get<UserDirectoryEntry[]>(`${V1}/users`, query, signal),
    uploadDocument: (kind: DocumentKind, file: File) =>
      api.postRaw<StoredDocument>(
        `${V1}/documents?kind=${encodeURIComponent(kind)}&fileName=${encodeURIComponent(file.name)}`,
        file,
        file.type || 'application/octet-stream',
      ),
    downloadDocument: (documentId: string) =>
      api.getBlob(`${V1}/documents/${encodeURIComponent(documentId)}`),
    appointmentReport: (signal?: AbortSignal) =>
      api.getFresh<AppointmentReport>(`${V1}/reports/appointments`, undefined, signal),
    importCadres: (mode: ImportMode, csv: Blob | string) =>
      api.postRaw<ImportReport>(`${V1}/cadres/import?mode=${mode}`, csv, 'text/csv'),
  };
}
