import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The cadre timeline read model: one row per milestone of a procedure per candidate it concerned,
 * written in the transaction of the step itself (so it holds exactly what the journal holds).
 */
export class CadreTimeline1764240000000 implements MigrationInterface {
  name = 'CadreTimeline1764240000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE cadre_timeline (
        cadre_code text NOT NULL,
        workflow_id text NOT NULL,
        step_key text NOT NULL,
        seq integer NOT NULL,
        kind text NOT NULL,
        occurred_at timestamptz NOT NULL,
        PRIMARY KEY (cadre_code, workflow_id, step_key)
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_cadre_timeline_cadre_time ON cadre_timeline (cadre_code, occurred_at DESC, seq DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE cadre_timeline`);
  }
}
