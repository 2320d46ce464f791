import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateWorkflowStepAndNomination1764150000000 implements MigrationInterface {
  name = 'CreateWorkflowStepAndNomination1764150000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE workflow_step (
        id bigserial PRIMARY KEY,
        workflow_id text NOT NULL,
        run_id text NOT NULL,
        step_key text NOT NULL,
        seq integer NOT NULL,
        kind text NOT NULL,
        actor text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}'::jsonb,
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_workflow_step_workflow_step_key UNIQUE (workflow_id, step_key)
      )`);
    await queryRunner.query(`CREATE INDEX ix_workflow_step_workflow_seq ON workflow_step (workflow_id, seq)`);
    await queryRunner.query(`
      CREATE TABLE nomination (
        id text PRIMARY KEY,
        cadre_id text NOT NULL,
        post_id text NOT NULL,
        sequence integer NOT NULL,
        proposed_by text NOT NULL,
        approver_ids text[] NOT NULL,
        state text NOT NULL CHECK (state IN ('pending', 'approved', 'rejected')),
        current_approver_id text,
        proposed_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        last_seq integer NOT NULL,
        CONSTRAINT uq_nomination_cadre_post_sequence UNIQUE (cadre_id, post_id, sequence)
      )`);
    await queryRunner.query(`CREATE INDEX ix_nomination_state_updated ON nomination (state, updated_at)`);
    await queryRunner.query(
      `CREATE INDEX ix_nomination_current_approver ON nomination (current_approver_id)`,
    );
    await queryRunner.query(`CREATE INDEX ix_nomination_approver_ids ON nomination USING gin (approver_ids)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE nomination`);
    await queryRunner.query(`DROP TABLE workflow_step`);
  }
}
