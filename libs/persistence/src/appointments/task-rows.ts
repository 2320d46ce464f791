import type {
  AppointmentStage,
  Delegation,
  TaskKind,
  TaskOutcome,
  TaskRelation,
  TaskStatus,
  TaskView,
} from '@personnel/contracts';
import type { RegistryNames } from './registry-names';

/** Delegation windows are calendar days in Vietnam. */
export const TODAY_SQL = `(now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

/** A row of procedure_task with the appointment it belongs to, as TASK_COLUMNS selects it. */
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
  due_at: Date | null;
  reminded: boolean;
  escalated: boolean;
  conference_id: string | null;
  created_at: Date;
  updated_at: Date;
  is_overdue: boolean;
  active_delegates: string[];
  post_id: string;
  unit_code: string;
  candidate_ids: string[];
  stage: AppointmentStage;
}

export const iso = (d: Date | null): string | null => (d === null ? null : d.toISOString());

/** Per task: is it overdue now, and who stands in for it today. */
export const TASK_COLUMNS = `
  t.workflow_id, t.task_key, t.kind, t.label, t.assignee_ids, t.claimed_by, t.delegations, t.status, t.outcome,
  t.due_at, t.reminded, t.escalated, t.conference_id, t.created_at, t.updated_at,
  (t.status = 'open' AND t.due_at < now()) AS is_overdue,
  ARRAY(SELECT DISTINCT d->>'to' FROM jsonb_array_elements(t.delegations) d
        WHERE left(d->>'validFrom', 10)::date <= ${TODAY_SQL}
          AND left(d->>'validUntil', 10)::date >= ${TODAY_SQL}
        ORDER BY 1) AS active_delegates,
  a.post_id, a.unit_code, a.candidate_ids, a.stage`;

/** Kinds one assignee claims for the group (libs/domain task-board `isClaimable`); the others are held together. */
export const CLAIMABLE_TASK_KINDS: readonly TaskKind[] = ['sign_off', 'decision'];

function relationOf(row: TaskRow, userId: string): TaskRelation {
  if (row.claimed_by === userId) return 'claimed_by_me';
  if (row.assignee_ids.length === 1 && row.assignee_ids[0] === userId) return 'assigned';
  if (!CLAIMABLE_TASK_KINDS.includes(row.kind) && row.assignee_ids.includes(userId)) return 'assigned';
  if (row.active_delegates.includes(userId)) return 'delegated_to_me';
  if (
    row.status === 'open' &&
    row.assignee_ids.length >= 2 &&
    row.claimed_by === null &&
    row.assignee_ids.includes(userId)
  )
    return 'claimable';
  return 'other';
}

export function toTaskView(row: TaskRow, userId: string, names: RegistryNames): TaskView {
  return {
    workflowId: row.workflow_id,
    taskKey: row.task_key,
    kind: row.kind,
    label: row.label,
    assigneeIds: row.assignee_ids,
    claimedBy: row.claimed_by,
    activeDelegates: row.active_delegates,
    status: row.status,
    outcome: row.outcome,
    dueAt: iso(row.due_at),
    overdue: row.is_overdue,
    reminded: row.reminded,
    escalated: row.escalated,
    relation: relationOf(row, userId),
    postId: row.post_id,
    postTitle: names.post.get(row.post_id) ?? null,
    unitCode: row.unit_code,
    unitName: names.unit.get(row.unit_code) ?? null,
    candidateIds: row.candidate_ids,
    candidateNames: row.candidate_ids.map((c) => names.cadre.get(c) ?? null),
    appointmentStage: row.stage,
    conferenceId: row.conference_id,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
