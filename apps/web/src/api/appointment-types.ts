/**
 * The appointment procedure's shapes as the panel uses them: all from libs/contracts (types only).
 * The CSV import report is written here from the API's ImportReportDto (see /api/docs-json).
 */
export type {
  AppointmentBodies,
  AppointmentDetail,
  AppointmentReport,
  AppointmentStage,
  AppointmentState,
  AppointmentStatus,
  AppointmentView,
  BulkApproveItemResult,
  BulkApproveRequest,
  CadreTimelineEntry,
  CandidateEligibility,
  CandidateSource,
  CandidateVotes,
  ChangedTaskView,
  ConferenceBody,
  ConferenceOutcome,
  ConferenceResult,
  ConferenceStatus,
  ConferenceView,
  DecideTaskRequest,
  DelegateTaskRequest,
  DocumentKind,
  DocumentRef,
  HeadDecisionRequest,
  InboxScope,
  IssueDecisionRequest,
  ProcedureStepKind,
  ProcedureStepRecord,
  ProcedureTask,
  ChangeBodiesRequest,
  ReconveneRequest,
  ResubmitRequest,
  SelfAssessmentRequest,
  SignOffMode,
  SignOffStepInput,
  StartAppointmentRequest,
  StoredDocument,
  TallyRequest,
  TaskKind,
  TaskAction,
  TaskAnnotationRequest,
  TaskCommandAnswer,
  TaskCounts,
  TaskPriority,
  TaskSort,
  TaskRelation,
  TaskStatus,
  TaskVerdict,
  TaskView,
  UserDirectoryEntry,
} from '@personnel/contracts';
import type {
  AppointmentStage,
  AppointmentState,
  FieldProblemDetail,
  InboxScope,
  TaskKind,
  TaskSort,
  TaskStatus,
} from '@personnel/contracts';

/** GET /api/v1/appointments query. */
export interface AppointmentListQuery {
  state?: AppointmentState;
  stage?: AppointmentStage;
  unitCode?: string;
  candidateId?: string;
  proposedBy?: string;
  overdue?: boolean;
  limit?: number;
  offset?: number;
}

/** GET /api/v1/tasks query. */
export interface TaskListQuery {
  scope: InboxScope;
  status?: TaskStatus;
  kind?: TaskKind;
  overdue?: boolean;
  /** Free text: candidate, post, unit, task. */
  q?: string;
  /** Applied by the API across every page. */
  sort?: TaskSort;
  limit?: number;
  offset?: number;
}

/** GET /api/v1/tasks/counts query: the list's narrowing without the tab and the page. */
export type TaskCountsQuery = Pick<TaskListQuery, 'kind' | 'overdue' | 'q'>;

/** POST /api/v1/cadres/import: the API's ImportMode and ImportReport (a 422 carries the report too). */
export type ImportMode = 'all-or-nothing' | 'valid-rows';
/** One rejected row: its field problem (code and params, the English words as `problem`) and its number. */
export interface ImportRowProblem extends FieldProblemDetail {
  row: number;
}
export interface ImportReport {
  imported: number;
  rejected: ImportRowProblem[];
}
