import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = ['exception', 'sign_off', 'revision', 'decision', 'conference'];
const NOW = [...BEFORE, 'reconvene', 'self_assessment'];

const check = (kinds: string[]) =>
  `ALTER TABLE procedure_task ADD CONSTRAINT ck_procedure_task_kind CHECK (kind IN (${kinds
    .map((k) => `'${k}'`)
    .join(', ')}))`;

/**
 * Two task kinds the appointment workflow opens that the first check left out: convening a conference
 * again after one that was not held, and the holder's self-assessment before a reappointment.
 */
export class ProcedureTaskKinds1764230000000 implements MigrationInterface {
  name = 'ProcedureTaskKinds1764230000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE procedure_task DROP CONSTRAINT ck_procedure_task_kind`);
    await queryRunner.query(check(NOW));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const [{ n }]: { n: number }[] = await queryRunner.query(
      `SELECT count(*)::int AS n FROM procedure_task WHERE kind IN ('reconvene', 'self_assessment')`,
    );
    if (n > 0)
      throw new Error(
        `${n} tasks are reconvene or self-assessment tasks; the previous schema cannot hold them. Nothing was reverted.`,
      );
    await queryRunner.query(`ALTER TABLE procedure_task DROP CONSTRAINT ck_procedure_task_kind`);
    await queryRunner.query(check(BEFORE));
  }
}
