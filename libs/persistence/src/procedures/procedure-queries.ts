import type { DataSource } from 'typeorm';
import type { ProcedureView, TimelineEntry } from '@personnel/contracts';
import { procedureRecord } from './procedure-record';
import { postTitleOf, registryNames, type RegistryNames } from './registry-names';
import { iso, type InboxTask } from './task-rows';

/** What a command's unit-scope check needs of a procedure: one row, read by its primary key. */
export interface ProcedureScope {
  id: string;
  kind: string;
  unitCode: string;
  proposedBy: string;
  subjectCadreIds: string[];
  state: string;
  stage: string;
}

export type ProcedureRecord = ProcedureView & { timeline: TimelineEntry[]; tasks: InboxTask[] };

/** A row of `procedure`, as SELECT p.* reads it. */
export interface ProcedureRow {
  id: string;
  kind: string;
  subject_cadre_ids: string[];
  unit_code: string;
  post_id: string | null;
  state: string;
  stage: string;
  stage_entered_at: Date;
  due_at: Date | null;
  overdue: boolean;
  legal_basis: string | null;
  proposed_by: string;
  proposed_at: Date;
  detail: Record<string, unknown>;
  updated_at: Date;
}

export function toProcedureView(row: ProcedureRow, names: RegistryNames): ProcedureView {
  return {
    id: row.id,
    kind: row.kind,
    subjectCadreIds: row.subject_cadre_ids,
    subjectNames: row.subject_cadre_ids.map((c) => names.cadre.get(c) ?? null),
    unitCode: row.unit_code,
    unitName: names.unit.get(row.unit_code) ?? null,
    postId: row.post_id,
    postTitle: postTitleOf(names, row.post_id),
    state: row.state,
    stage: row.stage,
    stageEnteredAt: row.stage_entered_at.toISOString(),
    dueAt: iso(row.due_at),
    overdue: row.overdue,
    legalBasis: row.legal_basis,
    proposedBy: row.proposed_by,
    proposedAt: row.proposed_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    detail: row.detail,
  };
}

/** Reads of the `procedure` read model, whatever the kind. */
export class ProcedureQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** A procedure's scope fields alone, whoever asks: `scopeFor` with the whole organisation as scope. */
  async scopeOf(workflowId: string): Promise<ProcedureScope | null> {
    return (await this.scopeFor(workflowId, null))?.procedure ?? null;
  }

  /**
   * The unit-scope check of every command, in one statement: the procedure's scope fields and whether
   * its unit lies in the subtree of `scopeUnitCode` (a user's unit; null: the whole organisation),
   * walking up from the procedure's unit (a few rows) instead of reading the user's whole subtree beside
   * it. Null when the procedure is unknown.
   */
  async scopeFor(
    workflowId: string,
    scopeUnitCode: string | null,
  ): Promise<{ procedure: ProcedureScope; inScope: boolean } | null> {
    const [row]: {
      id: string;
      kind: string;
      unit_code: string;
      proposed_by: string;
      subject_cadre_ids: string[];
      state: string;
      stage: string;
      in_scope: boolean;
    }[] = await this.dataSource.query(
      `SELECT p.id, p.kind, p.unit_code, p.proposed_by, p.subject_cadre_ids, p.state, p.stage,
              ($2::text IS NULL OR EXISTS (
                WITH RECURSIVE chain AS (
                  SELECT u.id, u.code, u.parent_id FROM unit u WHERE u.code = p.unit_code
                  UNION
                  SELECT u.id, u.code, u.parent_id FROM unit u JOIN chain c ON u.id = c.parent_id
                )
                SELECT 1 FROM chain WHERE chain.code = $2)) AS in_scope
         FROM procedure p WHERE p.id = $1`,
      [workflowId, scopeUnitCode],
    );
    if (!row) return null;
    return {
      procedure: {
        id: row.id,
        kind: row.kind,
        unitCode: row.unit_code,
        proposedBy: row.proposed_by,
        subjectCadreIds: row.subject_cadre_ids,
        state: row.state,
        stage: row.stage,
      },
      inScope: row.in_scope,
    };
  }

  /** One procedure with its journal (oldest first) and its tasks; undefined when unknown. */
  async get(workflowId: string): Promise<ProcedureRecord | undefined> {
    return procedureRecord(this.dataSource, workflowId, {
      kind: null,
      names: registryNames,
      view: toProcedureView,
    });
  }
}
