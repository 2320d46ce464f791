import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  CLAIMABLE_TASK_KINDS,
  type InboxScope,
  type Page,
  type TaskKind,
  type TaskStatus,
} from '@personnel/contracts';
import { Params } from '../registry/sql';
import { registryNames } from './registry-names';
import { claimableSql, mineSql } from './task-relation-sql';
import { iso, TASK_COLUMNS, TODAY_SQL_TEXT, toInboxTask, type InboxTask, type TaskRow } from './task-rows';

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
 * The task inbox of every procedure kind. `mine`: tasks the user claimed, holds alone, holds together
 * with others (a conference for its secretary and head, an exception for each leader named), or stands
 * in for today by the current holder's delegation; `claimable`: open group tasks of a claimable kind
 * that nobody claimed yet and that list the user; `all`: both (libs/domain task-rule).
 */
export class InboxQueries {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: InboxFilter): Promise<Page<InboxTask> & { etag: string }> {
    const p = new Params();
    const user = p.add(filter.userId);
    const kinds = `${p.add(CLAIMABLE_TASK_KINDS)}::text[]`;
    const mine = mineSql(user, kinds);
    const claimable = claimableSql(user, kinds);
    const where = [
      filter.scope === 'mine' ? mine : filter.scope === 'claimable' ? claimable : `(${mine} OR ${claimable})`,
      `t.status = ${p.add(filter.status ?? 'open')}`,
    ];
    if (filter.kind) where.push(`t.kind = ${p.add(filter.kind)}`);
    if (filter.overdue !== undefined)
      where.push(
        `${filter.overdue ? '' : 'NOT '}(t.status = 'open' AND t.due_at IS NOT NULL AND t.due_at < now())`,
      );
    if (filter.unitCodes) where.push(`p.unit_code = ANY(${p.add(filter.unitCodes)}::text[])`);
    const from = `FROM procedure_task t JOIN procedure p ON p.id = t.workflow_id WHERE ${where.join(' AND ')}`;

    // One cheap aggregate gives the total and the ETag: last_seq only grows, so its sum moves whenever a
    // task of the set changes, even when two steps share a workflow timestamp. The Vietnam date is in it
    // too: a delegation window opening or closing at midnight changes the set without a step.
    const [agg]: { total: number; max_updated: Date | null; seq_sum: string | null; today: string }[] =
      await this.dataSource.query(
        `SELECT count(*)::int AS total, max(t.updated_at) AS max_updated, sum(t.last_seq)::text AS seq_sum,
                ${TODAY_SQL_TEXT} AS today ${from}`,
        p.values,
      );
    const rows: TaskRow[] = await this.dataSource.query(
      `SELECT ${TASK_COLUMNS} ${from}
       ORDER BY (t.status = 'open' AND t.due_at < now()) IS TRUE DESC, t.due_at ASC NULLS LAST, t.created_at,
                t.workflow_id, t.task_key
       LIMIT ${p.add(filter.limit)} OFFSET ${p.add(filter.offset)}`,
      p.values,
    );
    const names = await registryNames(this.dataSource.manager, rows);
    const { limit, offset, ...shape } = filter;
    const etag = createHash('sha256')
      .update(JSON.stringify([shape, limit, offset, agg.total, iso(agg.max_updated), agg.seq_sum, agg.today]))
      .digest('base64url')
      .slice(0, 27);
    return {
      items: rows.map((r) => toInboxTask(r, names)),
      total: agg.total,
      limit,
      offset,
      etag: `"${etag}"`,
    };
  }
}
