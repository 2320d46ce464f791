import type { DataSource } from 'typeorm';
import type {
  AppointmentStage,
  AppointmentState,
  AppointmentView,
  CandidateSource,
  DecisionRecord,
  LegalBasis,
  Page,
  TaskView,
  TimelineEntry,
} from '@personnel/contracts';
import { WorkflowStepEntity } from '../entities/workflow-step.entity';
import { toTimelineEntry } from '../nomination-queries';
import { Params } from '../registry/sql';
import { registryNames, type RegistryNames } from './registry-names';
import { iso, TASK_COLUMNS, toTaskView, type TaskRow } from './task-rows';

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
