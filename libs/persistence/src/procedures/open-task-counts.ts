import type { DataSource } from 'typeorm';

/** Open tasks of one task kind in one unit, and how many of them are past their due date. */
export interface OpenTaskCount {
  kind: string;
  unitCode: string;
  open: number;
  overdue: number;
}

/**
 * Open and overdue tasks by task kind and the procedure's unit: what the API's metrics scrape reads.
 * One grouped pass over the open tasks (ix_procedure_task_status_due); overdue as the inbox means it.
 */
export async function openTaskCounts(dataSource: DataSource): Promise<OpenTaskCount[]> {
  const rows: { kind: string; unit_code: string; open: number; overdue: number }[] = await dataSource.query(
    `SELECT t.kind, p.unit_code, count(*)::int AS open,
            (count(*) FILTER (WHERE t.due_at IS NOT NULL AND t.due_at < now()))::int AS overdue
       FROM procedure_task t JOIN procedure p ON p.id = t.workflow_id
      WHERE t.status = 'open'
      GROUP BY t.kind, p.unit_code`,
  );
  return rows.map((r) => ({ kind: r.kind, unitCode: r.unit_code, open: r.open, overdue: r.overdue }));
}
