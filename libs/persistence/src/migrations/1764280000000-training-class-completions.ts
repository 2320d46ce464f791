import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A training class (workflow `training/<classCode>`) lives in the kernel's `procedure` row like any
 * kind; what only it adds to the registry is where a completion came from: the class's workflow id
 * (how its retried activity finds the rows it wrote), the certificate's number and its scanned
 * document. Completions entered by hand keep these null.
 */
export class TrainingClassCompletions1764280000000 implements MigrationInterface {
  name = 'TrainingClassCompletions1764280000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE training_completion
        ADD COLUMN workflow_id text,
        ADD COLUMN certificate_number text,
        ADD COLUMN certificate_document_id uuid,
        ADD CONSTRAINT fk_training_completion_certificate_document
          FOREIGN KEY (certificate_document_id) REFERENCES dossier_document (id),
        ADD CONSTRAINT ck_training_completion_certificate CHECK (
          workflow_id IS NULL OR certificate_number IS NOT NULL)`);
    await queryRunner.query(
      `CREATE INDEX ix_training_completion_workflow ON training_completion (workflow_id) WHERE workflow_id IS NOT NULL`,
    );
  }

  /** Refuses while a class's completion exists: dropping the columns would lose its certificate. */
  async down(queryRunner: QueryRunner): Promise<void> {
    const [{ n }]: { n: number }[] = await queryRunner.query(
      `SELECT count(*)::int AS n FROM training_completion WHERE workflow_id IS NOT NULL`,
    );
    if (n > 0)
      throw new Error(
        `${n} training completions were written by training classes; their certificates would be lost`,
      );
    await queryRunner.query(`DROP INDEX ix_training_completion_workflow`);
    await queryRunner.query(`
      ALTER TABLE training_completion
        DROP CONSTRAINT ck_training_completion_certificate,
        DROP CONSTRAINT fk_training_completion_certificate_document,
        DROP COLUMN certificate_document_id,
        DROP COLUMN certificate_number,
        DROP COLUMN workflow_id`);
  }
}
