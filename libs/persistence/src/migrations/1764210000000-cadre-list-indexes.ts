import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes the cadre list needs at 100,000 cadres (bench/results/registry-*.json): the list's order
 * (folded name, id) for an unfiltered page, current assignments by unit for the unit filter, and a finer
 * histogram of search_name so infix searches get a stable plan.
 */
export class CadreListIndexes1764210000000 implements MigrationInterface {
  name = 'CadreListIndexes1764210000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX ix_cadre_name ON cadre (search_name, id)`);
    await queryRunner.query(
      `CREATE INDEX ix_assignment_unit_current ON assignment (unit_id, cadre_id) WHERE to_date IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE cadre ALTER COLUMN search_name SET STATISTICS 1000`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE cadre ALTER COLUMN search_name SET STATISTICS -1`);
    await queryRunner.query(`DROP INDEX ix_assignment_unit_current`);
    await queryRunner.query(`DROP INDEX ix_cadre_name`);
  }
}
