import type { MigrationInterface, QueryRunner } from 'typeorm';

const DOSSIER_TASK_KIND = 'dossier';

/** The task kinds the check allows now, read from the constraint: other branches' kinds are kept. */
async function currentTaskKinds(queryRunner: QueryRunner): Promise<string[]> {
  const [row]: { def: string }[] = await queryRunner.query(
    `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'ck_procedure_task_kind'`,
  );
  return [...(row?.def ?? '').matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
}

async function setTaskKinds(queryRunner: QueryRunner, kinds: string[]): Promise<void> {
  await queryRunner.query(`ALTER TABLE procedure_task DROP CONSTRAINT ck_procedure_task_kind`);
  await queryRunner.query(
    `ALTER TABLE procedure_task ADD CONSTRAINT ck_procedure_task_kind CHECK (kind IN (${kinds
      .map((k) => `'${k}'`)
      .join(', ')}))`,
  );
}

/**
 * The dossier checked before a procedure's first conference (libs/domain `dossier`): a document names
 * the cadre whose dossier it belongs to, the day it was issued and, for an assessment, the year it
 * assesses; HR's task to complete the dossier is a task kind of its own. Documents uploaded before keep
 * null: they count for nothing in a checklist, as the API never let them carry a date.
 */
export class DossierDocumentDates1765200000000 implements MigrationInterface {
  name = 'DossierDocumentDates1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE dossier_document
        ADD COLUMN cadre_code text,
        ADD COLUMN issued_on date,
        ADD COLUMN period_year smallint,
        ADD CONSTRAINT ck_dossier_document_period_year
          CHECK (period_year IS NULL OR (kind = 'assessment' AND period_year BETWEEN 1945 AND 9999))`);
    await queryRunner.query(
      `CREATE INDEX ix_dossier_document_cadre ON dossier_document (cadre_code, kind) WHERE cadre_code IS NOT NULL`,
    );
    const kinds = await currentTaskKinds(queryRunner);
    if (!kinds.includes(DOSSIER_TASK_KIND)) await setTaskKinds(queryRunner, [...kinds, DOSSIER_TASK_KIND]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const [{ n }]: { n: number }[] = await queryRunner.query(
      `SELECT (SELECT count(*) FROM dossier_document
                WHERE cadre_code IS NOT NULL OR issued_on IS NOT NULL OR period_year IS NOT NULL)::int
            + (SELECT count(*) FROM procedure_task WHERE kind = $1)::int AS n`,
      [DOSSIER_TASK_KIND],
    );
    if (n > 0)
      throw new Error(
        `${n} dated dossier documents or dossier tasks exist; the previous schema cannot hold them. Nothing was reverted.`,
      );
    const kinds = await currentTaskKinds(queryRunner);
    await setTaskKinds(
      queryRunner,
      kinds.filter((k) => k !== DOSSIER_TASK_KIND),
    );
    await queryRunner.query(`DROP INDEX ix_dossier_document_cadre`);
    await queryRunner.query(`
      ALTER TABLE dossier_document
        DROP CONSTRAINT ck_dossier_document_period_year,
        DROP COLUMN period_year,
        DROP COLUMN issued_on,
        DROP COLUMN cadre_code`);
  }
}
