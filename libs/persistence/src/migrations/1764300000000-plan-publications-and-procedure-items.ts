import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * - The kernel's `procedure_item` read model: a kind's many small facts (a plan's entries), each keyed
 *   within its procedure and moved only forward by the step that changed it, in the journal's transaction
 *   (which writes the procedure row first; no foreign key, so the migration stands on its own).
 * - Planning entries say where they come from: the plan procedure that published them (`plan_id`, the
 *   workflow id), who approved and under which decision number, and why an entry was taken out. Entries
 *   written before plans were procedures keep nulls (their origin is the registry import).
 */
export class PlanPublicationsAndProcedureItems1764300000000 implements MigrationInterface {
  name = 'PlanPublicationsAndProcedureItems1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE planning_entry
      ADD COLUMN plan_id text,
      ADD COLUMN approved_by text,
      ADD COLUMN decision_ref text,
      ADD COLUMN removed_reason text`);
    await queryRunner.query(
      `CREATE INDEX ix_planning_entry_plan ON planning_entry (plan_id) WHERE plan_id IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE procedure_item (
        workflow_id text NOT NULL,
        item_key text NOT NULL,
        data jsonb NOT NULL,
        updated_at timestamptz NOT NULL,
        last_seq integer NOT NULL,
        PRIMARY KEY (workflow_id, item_key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE procedure_item`);
    await queryRunner.query(`DROP INDEX ix_planning_entry_plan`);
    await queryRunner.query(`ALTER TABLE planning_entry
      DROP COLUMN plan_id, DROP COLUMN approved_by, DROP COLUMN decision_ref, DROP COLUMN removed_reason`);
  }
}
