import type { DataSource } from 'typeorm';
import type { TaskPriority } from '@personnel/contracts';

export interface TaskAnnotation {
  workflowId: string;
  taskKey: string;
  /** ISO date, or null to clear it. */
  followUpOn: string | null;
  priority: TaskPriority | null;
  /** Who sets it (the task's holder: the API checks). */
  updatedBy: string;
}

/**
 * Sets a task's follow-up date and priority in one statement. Clearing keeps the row with nulls, so its
 * `updated_at` still moves the inbox's ETag (a deleted row would leave no trace in it). Not a workflow step: an annotation changes nobody's right to act (docs/architecture.md,
 * "The inbox").
 */
export async function setTaskAnnotation(dataSource: DataSource, a: TaskAnnotation): Promise<void> {
  await dataSource.query(
    `INSERT INTO task_annotation (workflow_id, task_key, follow_up_on, priority, updated_by, updated_at)
     VALUES ($1, $2, $3::date, $4, $5, now())
     ON CONFLICT (workflow_id, task_key) DO UPDATE
       SET follow_up_on = EXCLUDED.follow_up_on, priority = EXCLUDED.priority,
           updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
    [a.workflowId, a.taskKey, a.followUpOn, a.priority, a.updatedBy],
  );
}
