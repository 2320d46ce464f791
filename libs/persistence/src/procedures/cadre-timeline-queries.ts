import type { DataSource } from 'typeorm';
import type { CadreTimelineEntry, Page } from '@personnel/contracts';

export interface CadreTimelineFilter {
  cadreCode: string;
  /** Only procedures of these units (the reader's scope); undefined for the whole organisation. */
  unitCodes?: string[];
  limit: number;
  offset: number;
}

interface TimelineRow {
  workflow_id: string;
  step_key: string;
  seq: number;
  kind: string;
  occurred_at: Date;
  procedure_kind: string;
  post_id: string | null;
  post_title: string | null;
  unit_code: string;
  unit_name: string | null;
  state: string;
}

/** A cadre's timeline: the milestones of every procedure that concerned them, of any kind, newest first. */
export class CadreTimelineQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** The registry code of a cadre named by code or id (as the registry's routes accept); undefined if none. */
  async cadreCode(idOrCode: string): Promise<string | undefined> {
    const [cadre]: { code: string }[] = await this.dataSource.query(
      `SELECT code FROM cadre WHERE code = $1 OR id::text = $1`,
      [idOrCode],
    );
    return cadre?.code;
  }

  async list(filter: CadreTimelineFilter): Promise<Page<CadreTimelineEntry>> {
    const params: unknown[] = [filter.cadreCode];
    const scope = filter.unitCodes ? `AND a.unit_code = ANY($${params.push(filter.unitCodes)}::text[])` : '';
    const from = `FROM cadre_timeline t JOIN procedure a ON a.id = t.workflow_id WHERE t.cadre_code = $1 ${scope}`;
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total ${from}`,
      params,
    );
    const rows: TimelineRow[] = await this.dataSource.query(
      `SELECT t.workflow_id, t.step_key, t.seq, t.kind, t.occurred_at, a.kind AS procedure_kind, a.post_id, p.title AS post_title,
              a.unit_code, u.name AS unit_name, a.state
       FROM cadre_timeline t JOIN procedure a ON a.id = t.workflow_id
            LEFT JOIN post p ON p.code = a.post_id LEFT JOIN unit u ON u.code = a.unit_code
       WHERE t.cadre_code = $1 ${scope}
       ORDER BY t.occurred_at DESC, t.workflow_id, t.seq DESC
       LIMIT $${params.push(filter.limit)} OFFSET $${params.push(filter.offset)}`,
      params,
    );
    return {
      items: rows.map((r) => ({
        workflowId: r.workflow_id,
        stepKey: r.step_key,
        seq: r.seq,
        kind: r.kind,
        occurredAt: r.occurred_at.toISOString(),
        procedureKind: r.procedure_kind,
        postId: r.post_id,
        postTitle: r.post_title,
        unitCode: r.unit_code,
        unitName: r.unit_name,
        procedureState: r.state,
      })),
      total,
      limit: filter.limit,
      offset: filter.offset,
    };
  }
}
