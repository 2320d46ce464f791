/**
 * The inbox's own vocabulary (GET /api/v1/tasks): how a page is sorted, the counts on its tabs, and the
 * follow-up date and priority a task's holder sets. The last two are the panel's annotations, not
 * workflow facts: they change nobody's right to act, so they live in a table of their own
 * (`task_annotation`), written by the API, never in a workflow's history.
 */
export type TaskPriority = 'low' | 'normal' | 'high';
export const TASK_PRIORITIES: readonly TaskPriority[] = ['low', 'normal', 'high'];

/**
 * Sort orders the server applies across every page. `urgency`: overdue first, then the soonest due;
 * `created`: newest first; `followUp`: the soonest follow-up date first; `priority`: high first. Each
 * ends on (created_at, workflow_id, task_key), so the order is total and pages never overlap.
 */
export type TaskSort = 'urgency' | 'created' | 'followUp' | 'priority';
export const TASK_SORTS: readonly TaskSort[] = ['urgency', 'created', 'followUp', 'priority'];

/** GET /api/v1/tasks/counts: how many tasks each tab holds (open ones; `done`: decided by me). */
export interface TaskCounts {
  mine: number;
  claimable: number;
  all: number;
  done: number;
}

/** PUT /api/v1/tasks/{workflowId}/{taskKey}/annotation: null clears a field. */
export interface TaskAnnotationRequest {
  followUpOn: string | null;
  priority: TaskPriority | null;
}
