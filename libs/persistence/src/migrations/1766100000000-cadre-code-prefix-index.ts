import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The registry search's code branch (`lower(code) LIKE 'cb-01%'`) as a range of a btree instead of a
 * trigram match (bench/README.md, "Registry benchmark", issue 14): every code shares the trigrams of
 * "CB-", so the trigram index intersected posting lists of all 100,000 cadres for each code search,
 * where the btree reads the 10,000 codes of the prefix and no others (the branch 2–5× faster on a PG 15
 * copy of the bench's data; the whole search was not faster in the bench, whose time is the matching rows
 * themselves). The trigram index served only that branch, and costs more to keep on every write.
 */
export class CadreCodePrefixIndex1766100000000 implements MigrationInterface {
  name = 'CadreCodePrefixIndex1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX ix_cadre_code_prefix ON cadre (lower(code) text_pattern_ops)`);
    await queryRunner.query(`DROP INDEX ix_cadre_code_trgm`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX ix_cadre_code_trgm ON cadre USING gin (code gin_trgm_ops)`);
    await queryRunner.query(`DROP INDEX ix_cadre_code_prefix`);
  }
}
