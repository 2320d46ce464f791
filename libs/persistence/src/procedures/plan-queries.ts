import type { DataSource } from 'typeorm';
import type {
  LegalBasis,
  PlanCandidateView,
  PlanDetail,
  PlanEntry,
  PlanListItem,
  PlanPostView,
  PlanStage,
  PlanState,
  PlanSummary,
  PlanView,
  PostLevel,
  PostRankGroup,
  TimelineEntry,
} from '@personnel/contracts';
import { readSnapshot } from './read-snapshot';
import { journalTimeline } from './journal-timeline';
import { procedurePage } from './procedure-page';
import { procedureTasks } from './procedure-tasks';
import type { ProcedureRow } from './procedure-queries';
import { registryNames } from './registry-names';
import type { InboxTask } from './task-rows';

export interface PlanFilter {
  state?: string;
  term?: string;
  /** Unit scope: plans of one of these units (undefined = the whole organisation). */
  unitCodes?: string[];
  limit: number;
  offset: number;
}

/** The board as the read model gives it; the API adds what the user may do to each task. */
export type PlanRecord = Omit<PlanView, 'tasks' | 'timeline' | 'posts'> & {
  posts: PlanPostView[];
  timeline: TimelineEntry[];
  tasks: InboxTask[];
};

interface ScopePostRow {
  code: string;
  title: string;
  unit_code: string;
  unit_name: string;
  level: PostLevel;
  rank_group: PostRankGroup;
}

/** Steps of the journal the board shows, the latest. */
const TIMELINE_STEPS = 100;

/** Plans on the kernel's `procedure` read model (kind `plan`), with the registry's names. */
export class PlanQueries {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: PlanFilter): Promise<{ items: PlanListItem[]; total: number }> {
    const { rows, total } = await procedurePage(this.dataSource, { kind: 'plan', ...filter }, (p) =>
      filter.term ? [`r.detail->>'term' = ${p.add(filter.term)}`] : [],
    );
    const units = await this.unitNames(rows.map((r) => r.unit_code));
    return { items: rows.map((r) => listItem(r, units.get(r.unit_code) ?? null)), total };
  }

  /**
   * The planning board: every post of the plan's scope with its pool, names throughout. `candidatesMax`
   * gives the cited limit of candidates per post under the plan's legal basis (a rule of the domain).
   */
  async get(id: string, candidatesMax: (basis: LegalBasis) => number): Promise<PlanRecord | undefined> {
    const read = await readSnapshot(this.dataSource, async (db) => {
      const [row]: ProcedureRow[] = await db.query(
        `SELECT r.* FROM procedure r WHERE r.id = $1 AND r.kind = 'plan'`,
        [id],
      );
      if (!row) return undefined;
      const items: { data: PlanEntry }[] = await db.query(
        `SELECT data FROM procedure_item WHERE workflow_id = $1 ORDER BY item_key`,
        [id],
      );
      const names = await registryNames(db, [
        { subject_cadre_ids: [], post_id: null, unit_code: row.unit_code },
      ]);
      return {
        row,
        items,
        timeline: await journalTimeline(db, id),
        tasks: await procedureTasks(db, id, names),
      };
    });
    if (!read) return undefined;
    const { row, items, timeline, tasks } = read;
    const detail: PlanDetail = {
      ...(row.detail as unknown as PlanDetail),
      entries: items.map((i) => i.data),
    };
    const cadreIds = [
      ...new Set([
        ...detail.entries.map((e) => e.cadreId),
        ...(detail.reviews.at(-1)?.proposals ?? []).map((x) => x.cadreId),
      ]),
    ];
    const [posts, cadres, units] = await Promise.all([
      this.scopePosts(row.unit_code),
      this.cadreNames(cadreIds),
      this.unitNames([row.unit_code]),
    ]);
    // A district's plan journals hundreds of steps: the board shows the latest.
    const recent = timeline.slice(-TIMELINE_STEPS);
    const openReview =
      row.stage === 'review' || row.stage === 'review_approval' ? detail.reviews.at(-1) : undefined;
    return {
      ...listItem(row, units.get(row.unit_code) ?? null),
      legalBasis: row.legal_basis as LegalBasis,
      round: detail.round,
      posts: posts.map((p) => postView(p, detail, cadres, candidatesMax(row.legal_basis as LegalBasis))),
      structure: detail.structure,
      approvals: detail.approvals,
      reviews: detail.reviews,
      proposals: (openReview?.proposals ?? []).map((x) => ({
        ...x,
        cadreName: cadres.get(x.cadreId) ?? null,
      })),
      parties: detail.parties,
      closedReason: detail.closedReason,
      timeline: recent,
      tasks,
    };
  }

  /** The candidates conference `index` of the plan was convened on (its journal row says). */
  async conferenceCandidates(id: string, index: number): Promise<string[] | undefined> {
    const [row]: { candidates: string[] }[] = await this.dataSource.query(
      `SELECT payload->'candidates' AS candidates FROM workflow_step
       WHERE workflow_id = $1 AND kind = 'conference_convened' AND (payload->>'index')::int = $2
       ORDER BY seq DESC LIMIT 1`,
      [id, index],
    );
    return row?.candidates;
  }

  /** Posts of the unit and every unit under it, active, in unit then post code order. */
  private scopePosts(unitCode: string): Promise<ScopePostRow[]> {
    return this.dataSource.query(
      `WITH RECURSIVE scope AS (
         SELECT id FROM unit WHERE code = $1
         UNION ALL SELECT u.id FROM unit u JOIN scope ON u.parent_id = scope.id
       )
       SELECT p.code, p.title, u.code AS unit_code, u.name AS unit_name, p.level, p.rank_group
       FROM post p JOIN unit u ON u.id = p.unit_id
       WHERE p.unit_id IN (SELECT id FROM scope) AND p.active
       ORDER BY u.code, p.code`,
      [unitCode],
    );
  }

  private async cadreNames(codes: string[]): Promise<Map<string, string>> {
    if (codes.length === 0) return new Map();
    const rows: { code: string; full_name: string }[] = await this.dataSource.query(
      `SELECT code, full_name FROM cadre WHERE code = ANY($1::text[])`,
      [codes],
    );
    return new Map(rows.map((r) => [r.code, r.full_name]));
  }

  private async unitNames(codes: string[]): Promise<Map<string, string>> {
    if (codes.length === 0) return new Map();
    const rows: { code: string; name: string }[] = await this.dataSource.query(
      `SELECT code, name FROM unit WHERE code = ANY($1::text[])`,
      [[...new Set(codes)]],
    );
    return new Map(rows.map((r) => [r.code, r.name]));
  }
}

function listItem(row: ProcedureRow, unitName: string | null): PlanListItem {
  const detail = row.detail as unknown as PlanSummary;
  return {
    id: row.id,
    unitCode: row.unit_code,
    unitName,
    term: detail.term,
    state: row.state as PlanState,
    stage: row.stage as PlanStage,
    candidates: detail.entryCount,
    proposedBy: row.proposed_by,
    proposedAt: row.proposed_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

function postView(
  post: ScopePostRow,
  detail: PlanDetail,
  cadres: Map<string, string>,
  max: number,
): PlanPostView {
  const candidates: PlanCandidateView[] = detail.entries
    .filter((e) => e.postCode === post.code)
    .map((e) => ({
      cadreId: e.cadreId,
      cadreName: cadres.get(e.cadreId) ?? null,
      status: e.status,
      addedBy: e.addedBy,
      addedAt: e.addedAt,
      reason: e.reason,
      removedReason: e.removedReason,
      publishedFrom: e.publishedFrom,
    }));
  return {
    postCode: post.code,
    postTitle: post.title,
    unitCode: post.unit_code,
    unitName: post.unit_name,
    level: post.level,
    rankGroup: post.rank_group,
    candidates,
    count: candidates.filter((c) => c.status !== 'removed').length,
    max,
  };
}
