/**
 * What the rotation batch bench checks in Postgres once its batch is under way: every row started once
 * and its first steps written once, no step key twice, no single-holder post with two current holders.
 */
import type { Pool } from 'pg';

export interface RowCounts {
  /** `procedure` rows of kind rotation carrying one of the batch ids in detail->>'batchId'. */
  procedures: number;
  distinctCadres: number;
  /** `proposed` and `eligibility_checked` step rows of the batch's workflows. */
  proposedSteps: number;
  eligibilitySteps: number;
  /** Workflows of the batch with a number of `proposed` rows other than one. */
  workflowsWithoutOneProposal: number;
  /** Rotation workflows of the whole database with a (workflow_id, step_key) written twice. */
  duplicateStepKeys: number;
  /** Single-holder posts with more than one current assignment. */
  doubledSingleHolderPosts: number;
  /** Rotation workflow executions Temporal knows of (all of them, warm-up included). */
  temporalRotationWorkflows: number;
}

const int = async (pool: Pool, sql: string, params: unknown[] = []): Promise<number> =>
  Number((await pool.query<{ n: string | number }>(sql, params)).rows[0].n);

export async function rowCounts(
  pool: Pool,
  batchIds: readonly string[],
  temporalRotationWorkflows: number,
): Promise<RowCounts> {
  const { rows } = await pool.query<{ n: number; cadres: number }>(
    `SELECT count(*)::int AS n, count(DISTINCT subject_cadre_ids[1])::int AS cadres FROM procedure
     WHERE kind = 'rotation' AND detail->>'batchId' = ANY($1::text[])`,
    [batchIds],
  );
  const batchWorkflows = `SELECT workflow_id FROM rotation_batch_item WHERE batch_id = ANY($1::uuid[]) AND workflow_id IS NOT NULL`;
  const steps = (kind: string) =>
    int(
      pool,
      `SELECT count(*) AS n FROM workflow_step WHERE kind = $2 AND workflow_id IN (${batchWorkflows})`,
      [batchIds, kind],
    );
  return {
    procedures: rows[0].n,
    distinctCadres: rows[0].cadres,
    proposedSteps: await steps('proposed'),
    eligibilitySteps: await steps('eligibility_checked'),
    workflowsWithoutOneProposal: await int(
      pool,
      `SELECT count(*) AS n FROM (${batchWorkflows}) b
       WHERE (SELECT count(*) FROM workflow_step s WHERE s.workflow_id = b.workflow_id AND s.kind = 'proposed') <> 1`,
      [batchIds],
    ),
    duplicateStepKeys: await int(
      pool,
      `SELECT count(*) AS n FROM (SELECT workflow_id, step_key FROM workflow_step WHERE workflow_id LIKE 'rotation/%'
       GROUP BY workflow_id, step_key HAVING count(*) > 1) d`,
    ),
    doubledSingleHolderPosts: await int(
      pool,
      `SELECT count(*) AS n FROM (SELECT p.id FROM assignment a JOIN post p ON p.id = a.post_id
       WHERE a.to_date IS NULL AND p.single_holder GROUP BY p.id HAVING count(*) > 1) d`,
    ),
    temporalRotationWorkflows,
  };
}

/** How the batch's rotations stand after their eligibility step: stage → count. */
export async function stagesOf(pool: Pool, batchIds: readonly string[]): Promise<Record<string, number>> {
  const { rows } = await pool.query<{ stage: string; n: number }>(
    `SELECT stage, count(*)::int AS n FROM procedure
     WHERE kind = 'rotation' AND detail->>'batchId' = ANY($1::text[]) GROUP BY stage ORDER BY stage`,
    [batchIds],
  );
  return Object.fromEntries(rows.map((r) => [r.stage, r.n]));
}
