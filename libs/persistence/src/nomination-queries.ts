import type { DataSource } from 'typeorm';
import type {
  NominationDetail,
  NominationState,
  NominationView,
  Page,
  TimelineEntry,
} from '@personnel/contracts';
import { NominationEntity } from './entities/nomination.entity';
import { WorkflowStepEntity } from './entities/workflow-step.entity';

export interface NominationFilter {
  state?: NominationState;
  /** Nominations whose approval chain includes this approver. */
  approverId?: string;
  /** Nominations waiting for this approver's decision now (the approver's inbox). */
  awaitingApproverId?: string;
  cadreId?: string;
  /** Nominations this HR officer proposed. */
  proposedBy?: string;
  limit: number;
  offset: number;
}

/** Reads for the API: plain indexed queries on the read model and the journal. */
export class NominationQueries {
  constructor(private readonly dataSource: DataSource) {}

  async findById(id: string): Promise<NominationDetail | undefined> {
    const row = await this.dataSource.getRepository(NominationEntity).findOneBy({ id });
    if (!row) return undefined;
    const steps = await this.dataSource
      .getRepository(WorkflowStepEntity)
      .find({ where: { workflowId: id }, order: { seq: 'ASC' } });
    const [view] = await this.withRegistryNames([row]);
    return { ...view, timeline: steps.map(toTimelineEntry) };
  }

  async exists(id: string): Promise<boolean> {
    return this.dataSource.getRepository(NominationEntity).existsBy({ id });
  }

  async list(filter: NominationFilter): Promise<Page<NominationView>> {
    const query = this.dataSource.getRepository(NominationEntity).createQueryBuilder('n');
    if (filter.state) query.andWhere('n.state = :state', { state: filter.state });
    if (filter.approverId)
      query.andWhere(':approverId = ANY(n.approver_ids)', { approverId: filter.approverId });
    if (filter.awaitingApproverId)
      query.andWhere('n.current_approver_id = :awaiting', { awaiting: filter.awaitingApproverId });
    if (filter.cadreId) query.andWhere('n.cadre_id = :cadreId', { cadreId: filter.cadreId });
    if (filter.proposedBy) query.andWhere('n.proposed_by = :proposedBy', { proposedBy: filter.proposedBy });
    const [rows, total] = await query
      .orderBy('n.updated_at', 'DESC')
      .addOrderBy('n.id', 'ASC')
      .take(filter.limit)
      .skip(filter.offset)
      .getManyAndCount();
    return { items: await this.withRegistryNames(rows), total, limit: filter.limit, offset: filter.offset };
  }

  /** Names of the cadres and posts of a page, in two indexed lookups (the read model keeps codes only). */
  private async withRegistryNames(rows: NominationEntity[]): Promise<NominationView[]> {
    if (rows.length === 0) return [];
    const cadres: { code: string; full_name: string }[] = await this.dataSource.query(
      'SELECT code, full_name FROM cadre WHERE code = ANY($1)',
      [[...new Set(rows.map((r) => r.cadreId))]],
    );
    const posts: { code: string; title: string; unit_code: string; unit_name: string }[] =
      await this.dataSource.query(
        `SELECT p.code, p.title, u.code AS unit_code, u.name AS unit_name
         FROM post p JOIN unit u ON u.id = p.unit_id WHERE p.code = ANY($1)`,
        [[...new Set(rows.map((r) => r.postId))]],
      );
    const cadreName = new Map(cadres.map((c) => [c.code, c.full_name]));
    const post = new Map(posts.map((p) => [p.code, p]));
    return rows.map((row) => ({
      ...toView(row),
      cadreName: cadreName.get(row.cadreId) ?? null,
      postTitle: post.get(row.postId)?.title ?? null,
      unitCode: post.get(row.postId)?.unit_code ?? null,
      unitName: post.get(row.postId)?.unit_name ?? null,
    }));
  }

  /** Highest n used so far in `nomination/<cadre>/<post>/<n>`, 0 when none. */
  async lastSequence(cadreId: string, postId: string): Promise<number> {
    const rows: { max: number | null }[] = await this.dataSource.query(
      'SELECT max(sequence) AS max FROM nomination WHERE cadre_id = $1 AND post_id = $2',
      [cadreId, postId],
    );
    return rows[0]?.max ?? 0;
  }
}

function toView(
  row: NominationEntity,
): Omit<NominationView, 'cadreName' | 'postTitle' | 'unitCode' | 'unitName'> {
  return {
    id: row.id,
    cadreId: row.cadreId,
    postId: row.postId,
    proposedBy: row.proposedBy,
    approverIds: row.approverIds,
    state: row.state,
    currentApproverId: row.currentApproverId,
    proposedAt: row.proposedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toTimelineEntry(step: WorkflowStepEntity): TimelineEntry {
  return {
    seq: step.seq,
    stepKey: step.stepKey,
    kind: step.kind,
    actor: step.actor,
    payload: step.payload,
    occurredAt: step.occurredAt.toISOString(),
    recordedAt: step.recordedAt.toISOString(),
  };
}
