import type {
  Delegation,
  TaskKind,
  TaskOutcome,
  TaskPriority,
  TaskStatus,
  TaskView,
} from '@personnel/contracts';
import { postTitleOf, type RegistryNames } from './registry-names';

/** Delegation windows are calendar days in Vietnam. */
export const TODAY_SQL = `(now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;
export const TODAY_SQL_TEXT = `to_char(now() AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD')`;

/**
 * A task as persistence answers it: the procedure's context and the raw delegations, but not how it
 * relates to the reader. That is the domain's rule (taskRelation, activeDelegates, taskActions), which
 * this library may not import; the API applies it (apps/api task-views.ts).
 */
export type InboxTask = Omit<TaskView, 'relation' | 'actions' | 'activeDelegates'> & {
  delegations: Delegation[];
  /** Who proposed the procedure: with subjectCadreIds, what tells the API the reader's own case. */
  proposedBy: string;
  /**
   * Every cadre the procedure is about, the eliminated candidates too (a candidate voted out still may
   * not act on a rival's case); `cadreIds` are only those still in the running. Absent: `cadreIds`.
   */
  subjectCadreIds?: string[];
};

/** A row of procedure_task with the procedure it belongs to, as TASK_COLUMNS selects it. */
export interface TaskRow {
  workflow_id: string;
  task_key: string;
  kind: TaskKind;
  label: string;
  assignee_ids: string[];
  claimed_by: string | null;
  delegations: Delegation[];
  status: TaskStatus;
  outcome: TaskOutcome | null;
  completed_by: string | null;
  comment: string | null;
  due_at: Date | null;
  follow_up_on: string | null;
  priority: TaskPriority | null;
  reminded: boolean;
  escalated: boolean;
  conference_id: string | null;
  created_at: Date;
  updated_at: Date;
  is_overdue: boolean;
  procedure_kind: string;
  post_id: string | null;
  unit_code: string;
  subject_cadre_ids: string[];
  running_cadre_ids: string[];
  stage: string;
  proposed_by: string;
}

export const iso = (d: Date | null): string | null => (d === null ? null : d.toISOString());

/** The holder's annotations of task `t` (task_annotation, none for most tasks). */
const ANNOTATION_JOIN = `LEFT JOIN task_annotation a ON a.workflow_id = t.workflow_id AND a.task_key = t.task_key`;

/** A task with its procedure and the holder's annotations, over `source` (default the whole table). */
export const TASK_FROM_OVER = (source = 'procedure_task t') =>
  `FROM ${source} JOIN procedure p ON p.id = t.workflow_id ${ANNOTATION_JOIN}`;
export const TASK_FROM = TASK_FROM_OVER();

/**
 * Tasks and their annotations without the procedure, for choosing and counting the inbox's rows on the
 * task table alone: `t.unit_code` (the procedure's unit, kept by triggers) is null exactly for a task
 * whose procedure is missing, which the join of TASK_FROM leaves out; the inbox's conditions say
 * `t.unit_code IS NOT NULL` for it.
 */
export const TASK_ONLY_FROM = `FROM procedure_task t ${ANNOTATION_JOIN}`;

/**
 * The candidates of an appointment still in the running, for the inbox rows: once a conference
 * eliminated some, a row names only those left. The journal already records it (each
 * `conference_convened` step lists the candidates it votes on, narrowed by the step before, and the
 * sign-off's row names the appointee), so the read query takes it from there: the workflow and the
 * procedure row stay as they are, and `subject_cadre_ids` keeps every candidate, which the own-case
 * rule and the search need. No task of an appointment is about one candidate alone (its conferences,
 * sign-off and decision are about the procedure), so no task is left to close: only the names move.
 * Other kinds, and an appointment before its first conference, name their subjects.
 */
const RUNNING_CADRE_IDS = `CASE WHEN p.kind = 'appointment' THEN COALESCE(
    CASE WHEN p.detail->>'appointee' IS NOT NULL THEN ARRAY[p.detail->>'appointee'] END,
    (SELECT ARRAY(SELECT jsonb_array_elements_text(s.payload->'candidates'))
       FROM workflow_step s
      WHERE s.workflow_id = p.id AND s.kind = 'conference_convened' AND jsonb_typeof(s.payload->'candidates') = 'array'
      ORDER BY s.seq DESC LIMIT 1),
    p.subject_cadre_ids) ELSE p.subject_cadre_ids END`;

/** Columns of TASK_FROM. */
export const TASK_COLUMNS = `
  t.workflow_id, t.task_key, t.kind, t.label, t.assignee_ids, t.claimed_by, t.delegations, t.status, t.outcome,
  t.completed_by, t.comment, to_char(a.follow_up_on, 'YYYY-MM-DD') AS follow_up_on, a.priority, t.due_at, t.reminded, t.escalated, t.conference_id, t.created_at, t.updated_at,
  (t.status = 'open' AND t.due_at < now()) AS is_overdue,
  p.kind AS procedure_kind, p.post_id, p.unit_code, p.subject_cadre_ids, ${RUNNING_CADRE_IDS} AS running_cadre_ids,
  p.stage, p.proposed_by`;

export function toInboxTask(row: TaskRow, names: RegistryNames): InboxTask {
  return {
    workflowId: row.workflow_id,
    procedureKind: row.procedure_kind,
    taskKey: row.task_key,
    kind: row.kind,
    label: row.label,
    assigneeIds: row.assignee_ids,
    claimedBy: row.claimed_by,
    delegations: row.delegations,
    status: row.status,
    outcome: row.outcome,
    completedBy: row.completed_by,
    comment: row.comment,
    dueAt: iso(row.due_at),
    followUpOn: row.follow_up_on,
    priority: row.priority,
    overdue: row.is_overdue,
    reminded: row.reminded,
    escalated: row.escalated,
    postId: row.post_id,
    postTitle: postTitleOf(names, row.post_id),
    unitCode: row.unit_code,
    unitName: names.unit.get(row.unit_code) ?? null,
    cadreIds: row.running_cadre_ids,
    cadreNames: row.running_cadre_ids.map((c) => names.cadre.get(c) ?? null),
    subjectCadreIds: row.subject_cadre_ids,
    stage: row.stage,
    proposedBy: row.proposed_by,
    conferenceId: row.conference_id,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
