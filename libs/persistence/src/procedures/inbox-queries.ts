import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  CLAIMABLE_TASK_KINDS,
  type InboxScope,
  type Page,
  type TaskCounts,
  type TaskKind,
  type TaskSort,
  type TaskStatus,
} from '@personnel/contracts';
import { Params } from '../registry/sql';
import { registryNames } from './registry-names';
import { inboxSearchSql } from './inbox-search-sql';
import { claimableSql, involvesSql, mineSql } from './task-relation-sql';
import {
  iso,
  TASK_COLUMNS,
  TASK_FROM_OVER,
  TASK_ONLY_FROM,
  TODAY_SQL_TEXT,
  toInboxTask,
  type InboxTask,
  type TaskRow,
} from './task-rows';

/** What narrows the inbox besides the tab: the same for a page and for the counts on the tabs. */
export interface InboxNarrowing {
  kind?: TaskKind;
  overdue?: boolean;
  unitCodes?: string[];
  /** Free text: a candidate's name or code, the post's title or code, the unit's name or code, the label. */
  q?: string;
}

export interface InboxFilter extends InboxNarrowing {
  userId: string;
  scope: InboxScope;
  /** Default `open` (`done` for the done tab, which holds only finished tasks). */
  status?: TaskStatus;
  /** Default `urgency`. */
  sort?: TaskSort;
  limit: number;
  offset: number;
}

/** What the ETag and the total are made of: aggregates over the whole filtered set. */
interface SetAggregates {
  total: number;
  max_updated: Date | null;
  seq_sum: string | null;
  max_annotated: Date | null;
  today: string;
}

/** The tiebreaker every order ends on: (workflow_id, task_key) is the key, so the order is total. */
const TIEBREAK = 't.created_at, t.workflow_id, t.task_key';
const OVERDUE = `(t.status = 'open' AND t.due_at < now()) IS TRUE`;

/** ORDER BY of each sort, applied by Postgres across every page (never within one page). */
function orderBy(sort: TaskSort, scope: InboxScope): string {
  switch (sort) {
    case 'created':
      return `t.created_at DESC, t.workflow_id, t.task_key`;
    case 'followUp':
      return `a.follow_up_on ASC NULLS LAST, ${OVERDUE} DESC, t.due_at ASC NULLS LAST, ${TIEBREAK}`;
    case 'priority':
      return `CASE a.priority WHEN 'high' THEN 0 WHEN 'low' THEN 2 ELSE 1 END, ${OVERDUE} DESC,
              t.due_at ASC NULLS LAST, ${TIEBREAK}`;
    case 'urgency':
      // Nothing on the done tab is overdue any more: the most recently finished come first.
      return scope === 'done'
        ? `t.completed_at DESC NULLS LAST, ${TIEBREAK}`
        : `${OVERDUE} DESC, t.due_at ASC NULLS LAST, ${TIEBREAK}`;
  }
}

/**
 * The task inbox of every procedure kind. `mine`: tasks the user claimed, holds alone, holds together
 * with others (a conference for its secretary and head, an exception for each leader named), or stands
 * in for today by the current holder's delegation; `claimable`: open group tasks of a claimable kind
 * that nobody claimed yet and that list the user; `all`: both (libs/domain task-rule); `done`: tasks the
 * user finished themselves.
 */
export class InboxQueries {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: InboxFilter): Promise<Page<InboxTask> & { etag: string }> {
    const p = new Params();
    const where = [relationSql(p, filter.userId, [filter.scope])[filter.scope]];
    const status = filter.status ?? (filter.scope === 'done' ? 'done' : 'open');
    where.push(`t.status = ${p.add(status)}`);
    where.push(...narrowing(p, filter));
    // The set is chosen on the task table alone (the reader's own tasks through its indexes); the
    // procedure is read by key for the rows of the page only, not hash-joined whole for every request.
    const from = `${TASK_ONLY_FROM} WHERE ${where.join(' AND ')}`;
    const order = orderBy(filter.sort ?? 'urgency', filter.scope);

    // The total and the ETag come from aggregates over the whole set: last_seq only grows, so its sum
    // moves whenever a task of the set changes, even when two steps share a workflow timestamp. The
    // Vietnam date is in it too: a delegation window opening or closing at midnight changes the set
    // without a step. The annotations' latest change is in it as well: they change a row without a step.
    // They are window aggregates of the page's own statement, so the set is read once; only a page past
    // the end (no row to carry them) asks for them again on their own.
    const setValues = [...p.values];
    const aggregates = `count(*) OVER () AS total, max(t.updated_at) OVER () AS max_updated,
      (sum(t.last_seq) OVER ())::text AS seq_sum, max(a.updated_at) OVER () AS max_annotated`;
    const page = `(SELECT t.*, ${aggregates} ${from} ORDER BY ${order}
      LIMIT ${p.add(filter.limit)} OFFSET ${p.add(filter.offset)}) t`;
    const rows: (TaskRow & SetAggregates)[] = await this.dataSource.query(
      `SELECT ${TASK_COLUMNS}, t.total::int AS total, t.max_updated, t.seq_sum, t.max_annotated,
              ${TODAY_SQL_TEXT} AS today
         ${TASK_FROM_OVER(page)} ORDER BY ${order}`,
      p.values,
    );
    const agg: SetAggregates =
      rows[0] ??
      (
        await this.dataSource.query(
          `SELECT count(*)::int AS total, max(t.updated_at) AS max_updated, sum(t.last_seq)::text AS seq_sum,
                  max(a.updated_at) AS max_annotated, ${TODAY_SQL_TEXT} AS today ${from}`,
          setValues,
        )
      )[0];
    const names = await registryNames(this.dataSource.manager, rows);
    const { limit, offset, ...shape } = filter;
    const etag = createHash('sha256')
      .update(
        JSON.stringify([
          shape,
          limit,
          offset,
          agg.total,
          iso(agg.max_updated),
          agg.seq_sum,
          iso(agg.max_annotated),
          agg.today,
        ]),
      )
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

  /**
   * How many tasks each tab holds, in one pass, under the same narrowing as the list: open tasks of
   * `mine`, `claimable` and `all`, and the tasks the user finished (`done`).
   */
  async counts(userId: string, narrow: InboxNarrowing): Promise<TaskCounts> {
    const p = new Params();
    const r = relationSql(p, userId, ['mine', 'claimable', 'all', 'done']) as Record<
      InboxScope | 'involves',
      string
    >;
    // Every tab's relation implies one of these two: the user's own open tasks, or those they finished,
    // read through their indexes (the open ones through the partial index of open tasks' assignees, not
    // every task that ever listed the user).
    const where = [`((t.status = 'open' AND ${r.involves}) OR ${r.done})`, ...narrowing(p, narrow)];
    const [row]: TaskCounts[] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE t.status = 'open' AND ${r.mine})::int AS mine,
              count(*) FILTER (WHERE t.status = 'open' AND ${r.claimable})::int AS claimable,
              count(*) FILTER (WHERE t.status = 'open' AND ${r.all})::int AS all,
              count(*) FILTER (WHERE t.status = 'done' AND ${r.done})::int AS done
       ${TASK_ONLY_FROM} WHERE ${where.join(' AND ')}`,
      p.values,
    );
    return row;
  }
}

/**
 * The tabs' relations to the user, as SQL over `procedure_task t`: only those asked for, so that every
 * bound parameter is used (Postgres cannot type one that is not).
 */
function relationSql(
  p: Params,
  userId: string,
  scopes: InboxScope[],
): Partial<Record<InboxScope | 'involves', string>> {
  const user = p.add(userId);
  const done = `t.completed_by = ${user}`;
  if (scopes.length === 1 && scopes[0] === 'done') return { done };
  const kinds = `${p.add(CLAIMABLE_TASK_KINDS)}::text[]`;
  const involves = involvesSql(user);
  const mine = `(${involves} AND ${mineSql(user, kinds)})`;
  const claimable = `(${involves} AND ${claimableSql(user, kinds)})`;
  return {
    mine,
    claimable,
    all: `(${involves} AND (${mineSql(user, kinds)} OR ${claimableSql(user, kinds)}))`,
    done,
    involves,
  };
}

/** Besides the tab: a task of a procedure (see TASK_ONLY_FROM), then the filters. */
function narrowing(p: Params, filter: InboxNarrowing): string[] {
  const where: string[] = ['t.unit_code IS NOT NULL'];
  if (filter.kind) where.push(`t.kind = ${p.add(filter.kind)}`);
  if (filter.overdue !== undefined)
    where.push(
      `${filter.overdue ? '' : 'NOT '}(t.status = 'open' AND t.due_at IS NOT NULL AND t.due_at < now())`,
    );
  if (filter.unitCodes) where.push(`t.unit_code = ANY(${p.add(filter.unitCodes)}::text[])`);
  if (filter.q?.trim()) where.push(inboxSearchSql(p, filter.q));
  return where;
}
