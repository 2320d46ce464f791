import type { DataSource, EntityManager } from 'typeorm';
import type {
  LegalBasis,
  RotationDetail,
  RotationStage,
  RotationState,
  RotationView,
  TimelineEntry,
} from '@personnel/contracts';
import { procedureRecord } from './procedure-record';
import { procedurePage } from './procedure-page';
import type { ProcedureRow } from './procedure-queries';
import { registryNames, type RegistryNames } from './registry-names';
import { iso, type InboxTask } from './task-rows';

export interface RotationFilter {
  state?: string;
  cadreId?: string;
  /** Unit scope: rotations into one of these units (undefined = the whole organisation). */
  unitCodes?: string[];
  limit: number;
  offset: number;
}

export type RotationRecord = RotationView & { timeline: TimelineEntry[]; tasks: InboxTask[] };

/** Rotations on the kernel's `procedure` read model (kind `rotation`), with the registry's names. */
export class RotationQueries {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: RotationFilter): Promise<{ items: RotationView[]; total: number }> {
    const { rows, total } = await procedurePage(this.dataSource, { kind: 'rotation', ...filter }, (p) =>
      filter.cadreId ? [`r.subject_cadre_ids @> ARRAY[${p.add(filter.cadreId)}]::text[]`] : [],
    );
    const names = await rotationNames(this.dataSource.manager, rows);
    return { items: rows.map((r) => toRotationView(r, names)), total };
  }

  async get(id: string): Promise<RotationRecord | undefined> {
    return procedureRecord(this.dataSource, id, {
      kind: 'rotation',
      names: rotationNames,
      view: toRotationView,
    });
  }

  /** The next free n of `rotation/<cadre>/<n>`: past the procedures and the ids batches reserved. */
  async nextSequence(cadreId: string): Promise<number> {
    const [row]: { max: number | null }[] = await this.dataSource.query(
      `SELECT max(n) AS max FROM (
         SELECT split_part(id, '/', 3)::int AS n FROM procedure
         WHERE kind = 'rotation' AND subject_cadre_ids @> ARRAY[$1]::text[]
         UNION ALL
         SELECT split_part(workflow_id, '/', 3)::int FROM rotation_batch_item
         WHERE cadre_code = $1 AND workflow_id IS NOT NULL) ids`,
      [cadreId],
    );
    return (row?.max ?? 0) + 1;
  }

  /** The next free n of each cadre, in one query (a batch of 1,000 rows). */
  async nextSequences(cadreIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { cadre: string; max: number }[] = await this.dataSource.query(
      `SELECT cadre, max(n)::int AS max FROM (
         SELECT subject_cadre_ids[1] AS cadre, split_part(id, '/', 3)::int AS n FROM procedure
         WHERE kind = 'rotation' AND subject_cadre_ids[1] = ANY($1::text[])
         UNION ALL
         SELECT cadre_code, split_part(workflow_id, '/', 3)::int FROM rotation_batch_item
         WHERE cadre_code = ANY($1::text[]) AND workflow_id IS NOT NULL) ids
       GROUP BY cadre`,
      [[...new Set(cadreIds)]],
    );
    const max = new Map(rows.map((r) => [r.cadre, r.max]));
    return new Map(cadreIds.map((c) => [c, (max.get(c) ?? 0) + 1]));
  }
}

/** Names of the destination (the row's post and unit) and of the origin (in the detail). */
function rotationNames(db: EntityManager, rows: ProcedureRow[]): Promise<RegistryNames> {
  return registryNames(db, [
    ...rows,
    ...rows.map((r) => ({
      subject_cadre_ids: [],
      post_id: String(r.detail.fromPostId ?? ''),
      unit_code: String(r.detail.fromUnitCode ?? ''),
    })),
  ]);
}

function toRotationView(row: ProcedureRow, names: RegistryNames): RotationView {
  const detail = row.detail as unknown as RotationDetail;
  const cadreId = row.subject_cadre_ids[0];
  return {
    ...detail,
    id: row.id,
    state: row.state as RotationState,
    stage: row.stage as RotationStage,
    legalBasis: row.legal_basis as LegalBasis,
    cadreName: names.cadre.get(cadreId) ?? null,
    fromPostTitle: names.post.get(detail.fromPostId) ?? null,
    fromUnitName: names.unit.get(detail.fromUnitCode) ?? null,
    toPostTitle: names.post.get(detail.toPostId) ?? null,
    toUnitName: names.unit.get(detail.toUnitCode) ?? null,
    proposedBy: row.proposed_by,
    proposedAt: row.proposed_at.toISOString(),
    stageEnteredAt: row.stage_entered_at.toISOString(),
    dueAt: iso(row.due_at),
    overdue: row.overdue,
    updatedAt: row.updated_at.toISOString(),
  };
}
