import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A nomination can end `withdrawn` (HR took it back). The inline check of the first migration is replaced by a named one. */
export class NominationWithdrawnState1764200000000 implements MigrationInterface {
  name = 'NominationWithdrawnState1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE nomination DROP CONSTRAINT nomination_state_check`);
    await queryRunner.query(
      `ALTER TABLE nomination ADD CONSTRAINT ck_nomination_state CHECK (state IN ('pending', 'approved', 'rejected', 'withdrawn'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const [{ n }]: { n: number }[] = await queryRunner.query(
      `SELECT count(*)::int AS n FROM nomination WHERE state = 'withdrawn'`,
    );
    if (n > 0)
      throw new Error(
        `${n} nominations are withdrawn; the previous schema cannot hold them. Nothing was reverted.`,
      );
    await queryRunner.query(`ALTER TABLE nomination DROP CONSTRAINT ck_nomination_state`);
    await queryRunner.query(
      `ALTER TABLE nomination ADD CONSTRAINT nomination_state_check CHECK (state IN ('pending', 'approved', 'rejected'))`,
    );
  }
}
