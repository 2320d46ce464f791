import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The inbox's follow-up date and priority of a task, set by its holder. A panel annotation, not a
 * workflow fact: it changes nobody's right to act and no step of the procedure, so the API writes it here
 * directly (libs/persistence task-annotations.ts) instead of sending it through the workflow's history.
 * One row per task; `updated_by` says who last set it.
 */
export class TaskAnnotations1765600000000 implements MigrationInterface {
  name = 'TaskAnnotations1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE task_annotation (
        workflow_id text NOT NULL,
        task_key text NOT NULL,
        follow_up_on date,
        priority text,
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workflow_id, task_key),
        CONSTRAINT ck_task_annotation_priority CHECK (priority IN ('low', 'normal', 'high'))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE task_annotation`);
  }
}
