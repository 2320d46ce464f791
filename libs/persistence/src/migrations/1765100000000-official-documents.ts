import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Official documents (văn bản) the procedures issue: one row per (procedure, document key), pointing at
 * the journal step it was issued from (a foreign key on workflow_step's unique (workflow_id, step_key))
 * and at its bytes in the document store (files under DOCUMENT_DIR or a Postgres large object), with
 * the SHA-256 every read checks. Unique per (workflow_id, document_key): a paper is stored exactly once.
 */
export class OfficialDocuments1765100000000 implements MigrationInterface {
  name = 'OfficialDocuments1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE official_document (
        id uuid PRIMARY KEY,
        workflow_id text NOT NULL,
        document_key text NOT NULL CHECK (document_key ~ '^[a-z][a-z0-9_]*(\\.[A-Za-z0-9_-]+)*$'),
        kind text NOT NULL CHECK (kind IN ('cv_2c', 'submission', 'conference_minutes', 'ballot_count',
                                           'decision', 'planning_resolution')),
        step_key text NOT NULL,
        title text NOT NULL,
        file_name text NOT NULL,
        size_bytes bigint NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        store text NOT NULL CHECK (store IN ('fs', 'pg')),
        large_object_oid oid,
        issued_by text NOT NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_official_document_key UNIQUE (workflow_id, document_key),
        CONSTRAINT fk_official_document_step FOREIGN KEY (workflow_id, step_key)
          REFERENCES workflow_step (workflow_id, step_key),
        CONSTRAINT ck_official_document_store CHECK ((store = 'pg') = (large_object_oid IS NOT NULL))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The large objects are not owned by the rows: free them before the rows go.
    await queryRunner.query(
      `SELECT lo_unlink(large_object_oid) FROM official_document
        WHERE large_object_oid IS NOT NULL
          AND EXISTS (SELECT 1 FROM pg_largeobject_metadata m WHERE m.oid = large_object_oid)`,
    );
    await queryRunner.query(`DROP TABLE official_document`);
  }
}
