import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type {
  AppointmentStage,
  AppointmentState,
  AppointmentView,
  CandidateSource,
  DecisionRecord,
  Delegation,
  InboxScope,
  LegalBasis,
  Page,
  TaskKind,
  TaskOutcome,
  TaskRelation,
  TaskStatus,
  TaskView,
  TimelineEntry,
} from '@personnel/contracts';
import { WorkflowStepEntity } from '../entities/workflow-step.entity';
import { toTimelineEntry } from '../nomination-queries';
import { Params } from '../registry/sql';

/** Delegation windows are calendar days in Vietnam. */
const TODAY_SQL = `(now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

export interface AppointmentFilter {
  state?: AppointmentState;
  stage?: AppointmentStage;
  /** Appointments of posts in these units (a user's unit subtree: see unitSubtreeCodes). */
  unitCodes?: string[];
  /** Appointments weighing this cadre (any position in the candidate list). */
  candidateId?: string;
  proposedBy?: string;
  postId?: string;
  overdue?: boolean;
  limit: number;
  offset: number;
}

interface AppointmentRow {
  id: string;
  post_id: string;
  candidate_ids: string[];
  unit_code: string;
  source: CandidateSource;
  legal_basis: LegalBasis;
  proposed_by: string;
  proposed_at: Date;
  state: AppointmentState;
  stage: AppointmentStage;
  round: number;
  appointee: string | null;
  decision: DecisionRecord | null;
  procedure_due_at: Date | null;
  overdue: boolean;
  exception_granted: boolean;
  updated_at: Date;
}

interface TaskRow {
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

const iso = (d: Date | null): string | null => (d === null ? null : d.toISOString());

/** Registry names of a page's codes, in three indexed lookups (the read models keep codes only). */
interface RegistryNames {
  cadre: Map<string, string>;
  post: Map<string, string>;
  unit: Map<string, string>;
}

async function registryNames(
  dataSource: DataSource,
  rows: { candidate_ids: string[]; post_id: string; unit_code: string }[],
): Promise<RegistryNames> {
  if (rows.length === 0) return { cadre: new Map(), post: new Map(), unit: new Map() };
  const [cadres, posts, units]: [
    { code: string; full_name: string }[],
    { code: string; title: string }[],
    { code: string; name: string }[],
  ] = await Promise.all([
    dataSource.query('SELECT code, full_name FROM cadre WHERE code = ANY($1)', [
      [...new Set(rows.flatMap((r) => r.candidate_ids))],
    ]),
    dataSource.query('SELECT code, title FROM post WHERE code = ANY($1)', [
      [...new Set(rows.map((r) => r.post_id))],
    ]),
    dataSource.query('SELECT code, name FROM unit WHERE code = ANY($1)', [
      [...new Set(rows.map((r) => r.unit_code))],
    ]),
  ]);
  return {
    cadre: new Map(cadres.map((c) => [c.code, c.full_name])),
    post: new Map(posts.map((p) => [p.code, p.title])),
    unit: new Map(units.map((u) => [u.code, u.name])),
  };
}

function toAppointmentView(row: AppointmentRow, names: RegistryNames): AppointmentView {
  return {
    id: row.id,
    candidateIds: row.candidate_ids,
    candidateNames: row.candidate_ids.map((c) => names.cadre.get(c) ?? null),
    postId: row.post_id,
    postTitle: names.post.get(row.post_id) ?? null,
    unitCode: row.unit_code,
    unitName: names.unit.get(row.unit_code) ?? null,
    source: row.source,
    legalBasis: row.legal_basis,
    state: row.state,
    stage: row.stage,
    round: row.round,
    appointee: row.appointee,
    decisionNumber: row.decision?.number ?? null,
    effectiveDate: row.decision?.effectiveDate ?? null,
    termLastDay: row.decision?.termLastDay ?? null,
    procedureDueAt: iso(row.procedure_due_at),
    overdue: row.overdue,
    exceptionGranted: row.exception_granted,
    proposedBy: row.proposed_by,
    proposedAt: row.proposed_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Per task: is it overdue now, and who stands in for it today. */
const TASK_COLUMNS = `
  t.workflow_id, t.task_key, t.kind, t.label, t.assignee_ids, t.claimed_by, t.delegations, t.status, t.outcome,
  t.due_at, t.reminded, t.escalated, t.conference_id, t.created_at, t.updated_at,
  (t.status = 'open' AND t.due_at < now()) AS is_overdue,
  ARRAY(SELECT DISTINCT d->>'to' FROM jsonb_array_elements(t.delegations) d
        WHERE left(d->>'validFrom', 10)::date <= ${TODAY_SQL}
          AND left(d->>'validUntil', 10)::date >= ${TODAY_SQL}
        ORDER BY 1) AS active_delegates,
  a.post_id, a.unit_code, a.candidate_ids, a.stage`;

function relationOf(row: TaskRow, userId: string): TaskRelation {
  if (row.claimed_by === userId) return 'claimed_by_me';
  if (row.assignee_ids.length === 1 && row.assignee_ids[0] === userId) return 'assigned';
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

function toTaskView(row: TaskRow, userId: string, names: RegistryNames): TaskView {
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

/** Reads of the appointment read model for the API: indexed queries, names joined from the registry. */
export class AppointmentQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest updated first. */
  async list(filter: AppointmentFilter): Promise<Page<AppointmentView>> {
    const p = new Params();
    const where: string[] = [];
    if (filter.state) where.push(`a.state = ${p.add(filter.state)}`);
    if (filter.stage) where.push(`a.stage = ${p.add(filter.stage)}`);
    if (filter.unitCodes) where.push(`a.unit_code = ANY(${p.add(filter.unitCodes)}::text[])`);
    if (filter.candidateId) where.push(`a.candidate_ids @> ARRAY[${p.add(filter.candidateId)}]::text[]`);
    if (filter.proposedBy) where.push(`a.proposed_by = ${p.add(filter.proposedBy)}`);
    if (filter.postId) where.push(`a.post_id = ${p.add(filter.postId)}`);
    if (filter.overdue !== undefined) where.push(`a.overdue = ${p.add(filter.overdue)}`);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM appointment a ${clause}`,
      p.values,
    );
    const rows: AppointmentRow[] = await this.dataSource.query(
      `SELECT a.* FROM appointment a ${clause} ORDER BY a.updated_at DESC, a.id
       LIMIT ${p.add(filter.limit)} OFFSET ${p.add(filter.offset)}`,
      p.values,
    );
    const names = await registryNames(this.dataSource, rows);
    return {
      items: rows.map((r) => toAppointmentView(r, names)),
      total,
      limit: filter.limit,
      offset: filter.offset,
    };
  }

  /** One appointment with its journal and every task, each task's relation computed for `userId`. */
  async get(
    id: string,
    userId: string,
  ): Promise<(AppointmentView & { timeline: TimelineEntry[]; tasks: TaskView[] }) | undefined> {
    const [row]: AppointmentRow[] = await this.dataSource.query(
      'SELECT a.* FROM appointment a WHERE a.id = $1',
      [id],
    );
    if (!row) return undefined;
    const [steps, tasks, names] = await Promise.all([
      this.dataSource
        .getRepository(WorkflowStepEntity)
        .find({ where: { workflowId: id }, order: { seq: 'ASC' } }),
      this.dataSource.query(
        `SELECT ${TASK_COLUMNS} FROM procedure_task t JOIN appointment a ON a.id = t.workflow_id
         WHERE t.workflow_id = $1 ORDER BY t.created_at, t.task_key`,
        [id],
      ) as Promise<TaskRow[]>,
      registryNames(this.dataSource, [row]),
    ]);
    return {
      ...toAppointmentView(row, names),
      timeline: steps.map(toTimelineEntry),
      tasks: tasks.map((t) => toTaskView(t, userId, names)),
    };
  }

  /** The n of the next `appointment/<post>/<n>`: one more than the highest recorded, 1 for the first. */
  async nextSequence(postId: string): Promise<number> {
    const [row]: { max: number | null }[] = await this.dataSource.query(
      'SELECT max(sequence) AS max FROM appointment WHERE post_id = $1',
      [postId],
    );
    return (row?.max ?? 0) + 1;
  }
}

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
 * The task inbox. `mine`: tasks the user claimed, personal tasks assigned to the user, and tasks the user
 * stands in for today (delegation window, Vietnam calendar day); `claimable`: open group tasks nobody
 * claimed yet that list the user; `all`: both.
 */
export class InboxQueries {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: InboxFilter): Promise<Page<TaskView> & { etag: string }> {
    const p = new Params();
    const user = p.add(filter.userId);
    const mine = `(t.claimed_by = ${user}
      OR (cardinality(t.assignee_ids) = 1 AND t.assignee_ids[1] = ${user})
      OR EXISTS (SELECT 1 FROM jsonb_array_elements(t.delegations) d
                 WHERE d->>'to' = ${user}
                   AND left(d->>'validFrom', 10)::date <= ${TODAY_SQL}
                   AND left(d->>'validUntil', 10)::date >= ${TODAY_SQL}))`;
    const claimable = `(t.status = 'open' AND t.claimed_by IS NULL AND cardinality(t.assignee_ids) >= 2
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

/** A unit and every unit below it (codes), by a recursive walk of the registry's unit tree. */
export async function unitSubtreeCodes(dataSource: DataSource, unitCode: string): Promise<string[]> {
  const rows: { code: string }[] = await dataSource.query(
    `WITH RECURSIVE subtree AS (
       SELECT id, code FROM unit WHERE code = $1
       UNION
       SELECT u.id, u.code FROM unit u JOIN subtree s ON u.parent_id = s.id
     )
     SELECT code FROM subtree ORDER BY code`,
    [unitCode],
  );
  return rows.map((r) => r.code);
}
