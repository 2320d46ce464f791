import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A dossier document remembers the unit of the user who uploaded it (null: an organisation-wide user),
 * so a reader scoped to a unit reads the documents of that unit's staff (documents/document-access.ts).
 * Documents uploaded before keep null: organisation-wide readers, their uploader and the procedures that
 * cite them still reach them.
 */
export class DocumentOwningUnit1764310000000 implements MigrationInterface {
  name = 'DocumentOwningUnit1764310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE dossier_document ADD COLUMN unit_code text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE dossier_document DROP COLUMN unit_code`);
  }
}
