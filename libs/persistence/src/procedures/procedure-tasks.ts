import type { DataSource, EntityManager } from 'typeorm';
import type { TaskKind } from '@personnel/contracts';
import type { RegistryNames } from './registry-names';
import { TASK_COLUMNS, TASK_FROM, toInboxTask, type InboxTask, type TaskRow } from './task-rows';

/** Every task of one procedure, in key order. */
export async function procedureTasks(
  db: EntityManager,
  workflowId: string,
  names: RegistryNames,
): Promise<InboxTask[]> {
  const rows: TaskRow[] = await db.query(
    `SELECT ${TASK_COLUMNS} ${TASK_FROM}
     WHERE t.workflow_id = $1 ORDER BY t.created_at, t.task_key`,
    [workflowId],
  );
  return rows.map((r) => toInboxTask(r, names));
}

/** The kind of one task of a procedure, from the inbox row; undefined while no row holds it. */
export async function taskKindOf(
  dataSource: DataSource,
  workflowId: string,
  taskKey: string,
): Promise<TaskKind | undefined> {
  const [row]: { kind: TaskKind }[] = await dataSource.query(
    'SELECT kind FROM procedure_task WHERE workflow_id = $1 AND task_key = $2',
    [workflowId, taskKey],
  );
  return row?.kind;
}
