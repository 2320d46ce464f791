import type { MigrationInterface, QueryRunner } from 'typeorm';
import { GENESIS_HASH, stepHash } from '../audit/step-hash';

/**
 * Makes the journal tamper-evident: each workflow_step row stores the previous row's hash (per
 * workflow, in insertion order) and its own hash over a canonical encoding. Existing rows are chained
 * here. The hash carries its own format version (`v: 1`), so this backfill stays valid if the format
 * ever moves on.
 */
export class HashChainWorkflowSteps1764180000000 implements MigrationInterface {
  name = 'HashChainWorkflowSteps1764180000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE workflow_step ADD COLUMN prev_hash text, ADD COLUMN hash text`);
    const rows: {
      id: string;
      workflow_id: string;
      run_id: string;
      step_key: string;
      seq: number;
      kind: string;
      actor: string;
      payload: Record<string, unknown>;
      occurred_at: Date;
    }[] = await queryRunner.query(
      `SELECT id, workflow_id, run_id, step_key, seq, kind, actor, payload, occurred_at FROM workflow_step ORDER BY workflow_id, id`,
    );
    const last = new Map<string, string>();
    for (const row of rows) {
      const prevHash = last.get(row.workflow_id) ?? GENESIS_HASH;
      const hash = stepHash({
        workflowId: row.workflow_id,
        runId: row.run_id,
        stepKey: row.step_key,
        seq: row.seq,
        kind: row.kind,
        actor: row.actor,
        payload: row.payload,
        occurredAt: row.occurred_at.toISOString(),
        prevHash,
      });
      await queryRunner.query(`UPDATE workflow_step SET prev_hash = $2, hash = $3 WHERE id = $1`, [
        row.id,
        prevHash,
        hash,
      ]);
      last.set(row.workflow_id, hash);
    }
    await queryRunner.query(
      `ALTER TABLE workflow_step ALTER COLUMN prev_hash SET NOT NULL, ALTER COLUMN hash SET NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE workflow_step DROP COLUMN hash, DROP COLUMN prev_hash`);
  }
}
