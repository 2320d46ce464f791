import type { DataSource, EntityManager } from 'typeorm';
import type {
  CadreFacts,
  PlanBaselineEntry,
  PlanBaselineInput,
  PlanCandidateFacts,
  PlanCandidateFactsInput,
  PlanPoolFacts,
  PlanPoolFactsInput,
  PostFacts,
  PublishPlanInput,
  PublishPlanOutcome,
} from '@personnel/contracts';
import {
  CADRE_FACT_COLUMNS,
  cadreFactsFromRows,
  d,
  loadCadreFacts,
  loadPostFacts,
  POST_FACT_COLUMNS,
  postFactsFromRow,
} from '../registry/eligibility-facts';
import { recordsOf } from '../registry/planner-facts';

/** Units of a plan's scope: the unit and every unit under it. */
const SCOPE = `WITH RECURSIVE scope AS (
    SELECT id FROM unit WHERE code = $1
    UNION ALL SELECT u.id FROM unit u JOIN scope ON u.parent_id = scope.id
  )`;

/**
 * What a planning procedure reads and writes in the registry: the published entries of its scope and
 * term, the facts the rules need for a candidate and for the pool, and the publication itself.
 */
export class PlanRegistry {
  constructor(private readonly dataSource: DataSource) {}

  async baseline(input: PlanBaselineInput): Promise<PlanBaselineEntry[]> {
    return this.dataSource.query(
      `${SCOPE}
       SELECT p.code AS "postCode", p.level AS "postLevel", c.code AS "cadreId", ${d('e.from_date')} AS "from"
       FROM planning_entry e JOIN post p ON p.id = e.post_id JOIN cadre c ON c.id = e.cadre_id
       WHERE p.unit_id IN (SELECT id FROM scope) AND e.term = $2 AND e.to_date IS NULL
       ORDER BY p.code, c.code`,
      [input.unitCode, input.term],
    );
  }

  async candidateFacts(input: PlanCandidateFactsInput): Promise<PlanCandidateFacts> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const cadre = await loadCadreFacts(manager, input.cadreId, input.asOf);
      const post = await loadPostFacts(manager, input.postCode);
      const [inScope] = await manager.query(
        `${SCOPE} SELECT 1 FROM post p WHERE p.code = $2 AND p.unit_id IN (SELECT id FROM scope)`,
        [input.unitCode, input.postCode],
      );
      const [appointment]: { id: string }[] = await manager.query(
        `SELECT id FROM procedure
         WHERE kind = 'appointment' AND post_id = $1 AND state = 'in_progress' AND $2 = ANY(subject_cadre_ids)
         ORDER BY id LIMIT 1`,
        [input.postCode, input.cadreId],
      );
      return {
        ...(cadre ? { cadre } : {}),
        ...(post ? { post } : {}),
        postInScope: inScope !== undefined,
        appointmentId: appointment?.id ?? null,
      };
    });
  }

  async poolFacts(input: PlanPoolFactsInput): Promise<PlanPoolFacts> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => ({
      cadres: await cadresByCode(manager, input.cadreIds, input.asOf),
      posts: await postsByCode(manager, input.postCodes),
    }));
  }

  /**
   * Adds and ends entries as the approval says, in one transaction, with who approved. Idempotent: an
   * entry already open is not added again and one already ended is not ended again, so a retried
   * activity writes nothing twice; an entry taken out earlier and planned again is reopened.
   */
  async publish(input: PublishPlanInput): Promise<PublishPlanOutcome> {
    return this.dataSource.transaction(async (manager) => {
      let added = 0;
      for (const e of input.add) {
        const rows = await manager.query(
          `INSERT INTO planning_entry (cadre_id, post_id, term, from_date, plan_id, approved_by, decision_ref)
           SELECT c.id, p.id, $3, $4::date, $5, $6, $7 FROM cadre c, post p WHERE c.code = $1 AND p.code = $2
           ON CONFLICT ON CONSTRAINT uq_planning_entry DO UPDATE
             SET from_date = EXCLUDED.from_date, to_date = NULL, plan_id = EXCLUDED.plan_id,
                 approved_by = EXCLUDED.approved_by, decision_ref = EXCLUDED.decision_ref, removed_reason = NULL
             WHERE planning_entry.to_date IS NOT NULL
           RETURNING id`,
          [
            e.cadreId,
            e.postCode,
            input.term,
            input.effectiveDate,
            input.workflowId,
            input.approvedBy,
            input.decisionNumber,
          ],
        );
        added += rows.length;
      }
      let removed = 0;
      for (const e of input.remove) {
        const [, count] = await manager.query(
          `UPDATE planning_entry e SET to_date = $4::date, removed_reason = $5, plan_id = $6, approved_by = $7,
                  decision_ref = $8
           FROM cadre c, post p
           WHERE e.cadre_id = c.id AND e.post_id = p.id AND c.code = $1 AND p.code = $2 AND e.term = $3
             AND e.to_date IS NULL`,
          [
            e.cadreId,
            e.postCode,
            input.term,
            input.effectiveDate,
            e.reason,
            input.workflowId,
            input.approvedBy,
            input.decisionNumber,
          ],
        );
        removed += Number(count ?? 0);
      }
      return { added, removed };
    });
  }
}

async function cadresByCode(
  manager: EntityManager,
  codes: string[],
  asOf: string,
): Promise<Record<string, CadreFacts>> {
  if (codes.length === 0) return {};
  const rows = await manager.query(
    `SELECT ${CADRE_FACT_COLUMNS} FROM cadre c WHERE c.code = ANY($1::text[])`,
    [codes],
  );
  const records = await recordsOf(
    manager,
    rows.map((r: { id: string }) => r.id),
    asOf,
  );
  return Object.fromEntries(
    rows.map((r: Parameters<typeof cadreFactsFromRows>[0]) => [r.code, cadreFactsFromRows(r, records(r.id))]),
  );
}

async function postsByCode(manager: EntityManager, codes: string[]): Promise<Record<string, PostFacts>> {
  if (codes.length === 0) return {};
  const rows = await manager.query(
    `SELECT ${POST_FACT_COLUMNS} FROM post p JOIN unit u ON u.id = p.unit_id WHERE p.code = ANY($1::text[])`,
    [codes],
  );
  return Object.fromEntries(
    rows.map((r: Parameters<typeof postFactsFromRow>[0]) => [r.code, postFactsFromRow(r)]),
  );
}
