import type { DataSource, EntityManager } from 'typeorm';
import type {
  ConfidenceVoteDetail,
  ConfidenceVoteStage,
  ConfidenceVoteState,
  ConfidenceVoteView,
  LegalBasis,
  TimelineEntry,
} from '@personnel/contracts';
import { procedureRecord } from './procedure-record';
import { procedurePage } from './procedure-page';
import type { ProcedureRow } from './procedure-queries';
import { registryNames, type RegistryNames } from './registry-names';
import { iso, type InboxTask } from './task-rows';

export interface ConfidenceVoteFilter {
  state?: string;
  year?: number;
  cadreId?: string;
  /** Unit scope (undefined = the whole organisation). */
  unitCodes?: string[];
  limit: number;
  offset: number;
}

export type ConfidenceVoteRecord = ConfidenceVoteView & { timeline: TimelineEntry[]; tasks: InboxTask[] };

/** A unit's current post holder, with names: who a confidence vote may ask about. */
export interface UnitPostHolder {
  cadreId: string;
  cadreName: string;
  postId: string;
  postTitle: string;
}

/** Confidence votes on the kernel's `procedure` read model (kind `confidence_vote`), with names. */
export class ConfidenceVoteQueries {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: ConfidenceVoteFilter): Promise<{ items: ConfidenceVoteView[]; total: number }> {
    const { rows, total } = await procedurePage(
      this.dataSource,
      { kind: 'confidence_vote', ...filter },
      (p) => [
        ...(filter.year !== undefined ? [`split_part(r.id, '/', 3) = ${p.add(String(filter.year))}`] : []),
        ...(filter.cadreId ? [`r.subject_cadre_ids @> ARRAY[${p.add(filter.cadreId)}]::text[]`] : []),
      ],
    );
    const names = await namesOf(this.dataSource.manager, rows);
    return { items: rows.map((r) => toConfidenceVoteView(r, names)), total };
  }

  async get(id: string): Promise<ConfidenceVoteRecord | undefined> {
    return procedureRecord(this.dataSource, id, {
      kind: 'confidence_vote',
      names: namesOf,
      view: toConfidenceVoteView,
    });
  }

  /** The next free n of `confidence_vote/<unit>/<year>/<n>`. */
  async nextSequence(unitCode: string, year: number): Promise<number> {
    const [row]: { max: number | null }[] = await this.dataSource.query(
      `SELECT max(split_part(id, '/', 4)::int) AS max FROM procedure
       WHERE kind = 'confidence_vote' AND unit_code = $1 AND split_part(id, '/', 3) = $2`,
      [unitCode, String(year)],
    );
    return (row?.max ?? 0) + 1;
  }

  /** The unit's current post holders (assignments without an end), by post then name. */
  holders(unitCode: string): Promise<UnitPostHolder[]> {
    return this.dataSource.query(
      `SELECT c.code AS "cadreId", c.full_name AS "cadreName", p.code AS "postId", p.title AS "postTitle"
       FROM assignment a JOIN cadre c ON c.id = a.cadre_id JOIN post p ON p.id = a.post_id
       JOIN unit u ON u.id = a.unit_id
       WHERE u.code = $1 AND a.to_date IS NULL AND c.status = 'active'
       ORDER BY p.is_head DESC, p.code, c.search_name, c.code`,
      [unitCode],
    );
  }
}

/** Names of every holder and of each holder's post (the row itself has no post). */
function namesOf(db: EntityManager, rows: ProcedureRow[]): Promise<RegistryNames> {
  return registryNames(db, [
    ...rows,
    ...rows.flatMap((r) =>
      ((r.detail.holders ?? []) as { postId: string }[]).map((h) => ({
        subject_cadre_ids: [],
        post_id: h.postId,
        unit_code: r.unit_code,
      })),
    ),
  ]);
}

function toConfidenceVoteView(row: ProcedureRow, names: RegistryNames): ConfidenceVoteView {
  const detail = row.detail as unknown as ConfidenceVoteDetail;
  const name = (cadreId: string) => names.cadre.get(cadreId) ?? null;
  const title = (postId: string) => names.post.get(postId) ?? null;
  return {
    ...detail,
    id: row.id,
    unitCode: row.unit_code,
    unitName: names.unit.get(row.unit_code) ?? null,
    state: row.state as ConfidenceVoteState,
    stage: row.stage as ConfidenceVoteStage,
    legalBasis: row.legal_basis as LegalBasis,
    holders: detail.holders.map((h) => ({ ...h, cadreName: name(h.cadreId), postTitle: title(h.postId) })),
    results: detail.results.map((r) => ({ ...r, cadreName: name(r.cadreId), postTitle: title(r.postId) })),
    proposedBy: row.proposed_by,
    proposedAt: row.proposed_at.toISOString(),
    stageEnteredAt: row.stage_entered_at.toISOString(),
    dueAt: iso(row.due_at),
    overdue: row.overdue,
    updatedAt: row.updated_at.toISOString(),
  };
}
