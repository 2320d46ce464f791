import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The inbox at 100,000 tasks (bench/README.md, "Registry benchmark"): each tab starts from the reader's
 * own tasks instead of testing every open task of the organisation against the task rule.
 *
 * - `ix_procedure_task_open_assignees`: the open tasks that list a user (mine, claimable, all; the inbox
 *   shows open tasks by default). The full GIN index answers every status, so for a user with years of
 *   finished tasks it returns all of them to be filtered; this one holds the open tasks only.
 * - `ix_procedure_task_delegations`: the tasks a user stands in for (`delegations @> [{"to": user}]`).
 * - `ix_procedure_task_completed_by`: the done tab, the tasks a user finished, newest first (its order).
 */
export class InboxScaleIndexes1765700000000 implements MigrationInterface {
  name = 'InboxScaleIndexes1765700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX ix_procedure_task_open_assignees ON procedure_task USING gin (assignee_ids) WHERE status = 'open'`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_procedure_task_delegations ON procedure_task USING gin (delegations jsonb_path_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_procedure_task_completed_by ON procedure_task (completed_by, completed_at DESC NULLS LAST)
         WHERE completed_by IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_procedure_task_completed_by`);
    await queryRunner.query(`DROP INDEX ix_procedure_task_delegations`);
    await queryRunner.query(`DROP INDEX ix_procedure_task_open_assignees`);
  }
}
