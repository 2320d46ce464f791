import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { InboxScope, Page, TaskKind, TaskStatus, TaskView } from '@personnel/contracts';
import { Params } from '../registry/sql';
import { registryNames } from './registry-names';
import { CLAIMABLE_TASK_KINDS, iso, TASK_COLUMNS, TODAY_SQL, toTaskView, type TaskRow } from './task-rows';

export interface InboxFilter {
  userId: string;
  scope: InboxScope;
  /** Default `open`. */
  status?: TaskStatus;
  kind?: TaskKind;
  overdue?: boolean;
  unitCodes?: string[];
  limit: number;
  offset: number;
}

/**
 * The task inbox. `mine`: tasks the user claimed, personal tasks assigned to the user, tasks every
 * assignee holds together (a conference for its secretary and head, an exception for each leader named),
 * and tasks the user stands in for today (delegation window, Vietnam calendar day); `claimable`: open
 * sign-off or decision tasks of several assignees that nobody claimed yet and that list the user;
 * `all`: both.
 */
export class InboxQueries {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: InboxFilter): Promise<Page<TaskView> & { etag: string }> {
    const p = new Params();
    const user = p.add(filter.userId);
    const claimableKinds = `${p.add(CLAIMABLE_TASK_KINDS)}::text[]`;
    const mine = `(t.claimed_by = ${user}
      OR (cardinality(t.assignee_ids) = 1 AND t.assignee_ids[1] = ${user})
      OR (t.kind <> ALL(${claimableKinds}) AND t.assignee_ids @> ARRAY[${user}]::text[])
      OR EXISTS (SELECT 1 FROM jsonb_array_elements(t.delegations) d
                 WHERE d->>'to' = ${user}
                   AND left(d->>'validFrom', 10)::date <= ${TODAY_SQL}
                   AND left(d->>'validUntil', 10)::date >= ${TODAY_SQL}))`;
    const claimable = `(t.status = 'open' AND t.claimed_by IS NULL AND cardinality(t.assignee_ids) >= 2
      AND t.kind = ANY(${claimableKinds})
      AND t.assignee_ids @> ARRAY[${user}]::text[])`;
    const where = [
      filter.scope === 'mine' ? mine : filter.scope === 'claimable' ? claimable : `(${mine} OR ${claimable})`,
      `t.status = ${p.add(filter.status ?? 'open')}`,
    ];
    if (filter.kind) where.push(`t.kind = ${p.add(filter.kind)}`);
    if (filter.overdue !== undefined)
      where.push(
        `${filter.overdue ? '' : 'NOT '}(t.status = 'open' AND t.due_at IS NOT NULL AND t.due_at < now())`,
      );
    if (filter.unitCodes) where.push(`a.unit_code = ANY(${p.add(filter.unitCodes)}::text[])`);
    const from = `FROM procedure_task t JOIN appointment a ON a.id = t.workflow_id WHERE ${where.join(' AND ')}`;

    // One cheap aggregate gives the total and the ETag: last_seq only grows, so its sum moves whenever a
    // task of the set changes, even when two steps share a workflow timestamp.
    const [agg]: { total: number; max_updated: Date | null; seq_sum: string | null }[] =
      await this.dataSource.query(
        `SELECT count(*)::int AS total, max(t.updated_at) AS max_updated, sum(t.last_seq)::text AS seq_sum ${from}`,
        p.values,
      );
    const rows: TaskRow[] = await this.dataSource.query(
      `SELECT ${TASK_COLUMNS} ${from}
       ORDER BY (t.status = 'open' AND t.due_at < now()) IS TRUE DESC, t.due_at ASC NULLS LAST, t.created_at,
                t.workflow_id, t.task_key
       LIMIT ${p.add(filter.limit)} OFFSET ${p.add(filter.offset)}`,
      p.values,
    );
    const names = await registryNames(this.dataSource, rows);
    const { limit, offset, ...shape } = filter;
    const etag = createHash('sha256')
      .update(JSON.stringify([shape, limit, offset, agg.total, iso(agg.max_updated), agg.seq_sum]))
      .digest('base64url')
      .slice(0, 27);
    return {
      items: rows.map((r) => toTaskView(r, filter.userId, names)),
      total: agg.total,
      limit,
      offset,
      etag: `"${etag}"`,
    };
  }
}
