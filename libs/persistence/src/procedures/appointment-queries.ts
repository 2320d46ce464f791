import type { DataSource } from 'typeorm';
import type {
  FirstStepRecorded,
  AppointmentDetailColumns,
  AppointmentStage,
  AppointmentState,
  AppointmentView,
  LegalBasis,
  Page,
  TimelineEntry,
} from '@personnel/contracts';
import { Params } from '../registry/sql';
import { procedureRecord } from './procedure-record';
import type { ProcedureRow } from './procedure-queries';
import { registryNames, type RegistryNames } from './registry-names';
import { iso, type InboxTask } from './task-rows';

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

export type AppointmentRecord = AppointmentView & { timeline: TimelineEntry[]; tasks: InboxTask[] };

/** An appointment is a `procedure` row of kind `appointment`; its own columns are in `detail`. */
function toAppointmentView(row: ProcedureRow, names: RegistryNames): AppointmentView {
  const d = row.detail as AppointmentDetailColumns;
  const postId = row.post_id ?? '';
  return {
    id: row.id,
    candidateIds: row.subject_cadre_ids,
    candidateNames: row.subject_cadre_ids.map((c) => names.cadre.get(c) ?? null),
    postId,
    postTitle: names.post.get(postId) ?? null,
    unitCode: row.unit_code,
    unitName: names.unit.get(row.unit_code) ?? null,
    source: d.source,
    legalBasis: row.legal_basis as LegalBasis,
    state: row.state as AppointmentState,
    stage: row.stage as AppointmentStage,
    round: d.round,
    appointee: d.appointee,
    decisionNumber: d.decision?.number ?? null,
    effectiveDate: d.decision?.effectiveDate ?? null,
    termLastDay: d.decision?.termLastDay ?? null,
    procedureDueAt: iso(row.due_at),
    overdue: row.overdue,
    exceptionGranted: d.exceptionGranted,
    proposedBy: row.proposed_by,
    proposedAt: row.proposed_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Reads of the appointments among the procedures for the API: indexed queries, names from the registry. */
export class AppointmentQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest updated first. */
  async list(filter: AppointmentFilter): Promise<Page<AppointmentView>> {
    const p = new Params();
    const where: string[] = [`a.kind = 'appointment'`];
    if (filter.state) where.push(`a.state = ${p.add(filter.state)}`);
    if (filter.stage) where.push(`a.stage = ${p.add(filter.stage)}`);
    if (filter.unitCodes) where.push(`a.unit_code = ANY(${p.add(filter.unitCodes)}::text[])`);
    if (filter.candidateId) where.push(`a.subject_cadre_ids @> ARRAY[${p.add(filter.candidateId)}]::text[]`);
    if (filter.proposedBy) where.push(`a.proposed_by = ${p.add(filter.proposedBy)}`);
    if (filter.postId) where.push(`a.post_id = ${p.add(filter.postId)}`);
    if (filter.overdue !== undefined) where.push(`a.overdue = ${p.add(filter.overdue)}`);
    const clause = `WHERE ${where.join(' AND ')}`;
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM procedure a ${clause}`,
      p.values,
    );
    const rows: ProcedureRow[] = await this.dataSource.query(
      `SELECT a.* FROM procedure a ${clause} ORDER BY a.updated_at DESC, a.id
       LIMIT ${p.add(filter.limit)} OFFSET ${p.add(filter.offset)}`,
      p.values,
    );
    const names = await registryNames(this.dataSource.manager, rows);
    return {
      items: rows.map((r) => toAppointmentView(r, names)),
      total,
      limit: filter.limit,
      offset: filter.offset,
    };
  }

  /** One appointment with its journal and every task (the API relates each task to its reader). */
  async get(id: string): Promise<AppointmentRecord | undefined> {
    return procedureRecord(this.dataSource, id, {
      kind: 'appointment',
      names: registryNames,
      view: toAppointmentView,
    });
  }

  /**
   * The registry names of a proposal (its candidates, post and unit), one statement: read beside the
   * start, so its 201 is named without reading the procedure back (see `viewOfFirstStep`).
   */
  async proposalNames(proposal: {
    candidateIds: string[];
    postId: string;
    unitCode: string;
  }): Promise<RegistryNames> {
    return registryNames(this.dataSource.manager, [
      { subject_cadre_ids: proposal.candidateIds, post_id: proposal.postId, unit_code: proposal.unitCode },
    ]);
  }

  /** The n of the next `appointment/<post>/<n>`: one more than the highest recorded, 1 for the first. */
  async nextSequence(postId: string): Promise<number> {
    const [row]: { max: number | null }[] = await this.dataSource.query(
      `SELECT max(split_part(id, '/', 3)::int) AS max FROM procedure WHERE kind = 'appointment' AND post_id = $1`,
      [postId],
    );
    return (row?.max ?? 0) + 1;
  }
}

/**
 * The appointment's view from the `procedure` row its first step wrote (the workflow's answer to the
 * start's Update): the same mapping as a read of that row, without the read.
 */
export function appointmentViewOfFirstStep(
  id: string,
  first: FirstStepRecorded,
  names: RegistryNames,
): AppointmentView {
  const p = first.procedure;
  return toAppointmentView(
    {
      id,
      kind: p.kind,
      subject_cadre_ids: p.subjectCadreIds,
      unit_code: p.unitCode,
      post_id: p.postId,
      state: p.state,
      stage: p.stage,
      stage_entered_at: new Date(p.stageEnteredAt),
      due_at: p.dueAt === null ? null : new Date(p.dueAt),
      overdue: p.overdue,
      legal_basis: p.legalBasis,
      proposed_by: p.proposedBy,
      proposed_at: new Date(p.proposedAt),
      detail: p.detail,
      updated_at: new Date(first.occurredAt),
    },
    names,
  );
}
