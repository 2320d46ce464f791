import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models of the appointment procedure: the `appointment` row (one per workflow), the
 * `procedure_task` inbox (one row per task of a workflow), the `dossier_document` metadata of uploaded
 * dossier files (bytes on the filesystem or in Postgres large objects), and the link from an account to
 * the registry cadre it is (`app_user.cadre_id`: a nominee may not act on their own case).
 */
export class Appointments1764220000000 implements MigrationInterface {
  name = 'Appointments1764220000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE appointment (
        id text PRIMARY KEY,
        post_id text NOT NULL,
        sequence integer NOT NULL,
        candidate_ids text[] NOT NULL,
        unit_code text NOT NULL,
        source text NOT NULL,
        legal_basis text NOT NULL,
        proposed_by text NOT NULL,
        proposed_at timestamptz NOT NULL,
        state text NOT NULL,
        stage text NOT NULL,
        round integer NOT NULL,
        appointee text,
        decision jsonb,
        procedure_due_at timestamptz,
        overdue boolean NOT NULL DEFAULT false,
        exception_granted boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL,
        last_seq integer NOT NULL,
        CONSTRAINT uq_appointment_post_sequence UNIQUE (post_id, sequence),
        CONSTRAINT ck_appointment_source CHECK (source IN ('local', 'outside')),
        CONSTRAINT ck_appointment_state CHECK (
          state IN ('in_progress', 'appointed', 'rejected', 'not_passed', 'withdrawn', 'term_ended')
        ),
        CONSTRAINT ck_appointment_round CHECK (round >= 1)
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_appointment_state_updated ON appointment (state, updated_at DESC)`,
    );
    await queryRunner.query(`CREATE INDEX ix_appointment_updated ON appointment (updated_at DESC, id)`);
    await queryRunner.query(`CREATE INDEX ix_appointment_unit ON appointment (unit_code)`);
    await queryRunner.query(`CREATE INDEX ix_appointment_proposed_by ON appointment (proposed_by)`);
    await queryRunner.query(
      `CREATE INDEX ix_appointment_candidates ON appointment USING gin (candidate_ids)`,
    );

    await queryRunner.query(`
      CREATE TABLE procedure_task (
        workflow_id text NOT NULL,
        task_key text NOT NULL,
        kind text NOT NULL,
        label text NOT NULL,
        assignee_ids text[] NOT NULL,
        claimed_by text,
        delegations jsonb NOT NULL DEFAULT '[]'::jsonb,
        status text NOT NULL,
        outcome text,
        due_at timestamptz,
        remind_at timestamptz,
        reminded boolean NOT NULL DEFAULT false,
        escalated boolean NOT NULL DEFAULT false,
        completed_by text,
        completed_at timestamptz,
        comment text,
        conference_id text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        last_seq integer NOT NULL,
        PRIMARY KEY (workflow_id, task_key),
        CONSTRAINT ck_procedure_task_kind CHECK (
          kind IN ('exception', 'sign_off', 'revision', 'decision', 'conference')
        ),
        CONSTRAINT ck_procedure_task_status CHECK (status IN ('waiting', 'open', 'done', 'cancelled'))
      )`);
    await queryRunner.query(`CREATE INDEX ix_procedure_task_status_due ON procedure_task (status, due_at)`);
    await queryRunner.query(
      `CREATE INDEX ix_procedure_task_claimed_by ON procedure_task (claimed_by) WHERE claimed_by IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_procedure_task_assignees ON procedure_task USING gin (assignee_ids)`,
    );

    await queryRunner.query(`
      CREATE TABLE dossier_document (
        id uuid PRIMARY KEY,
        kind text NOT NULL,
        file_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes bigint NOT NULL,
        sha256 text NOT NULL,
        store text NOT NULL,
        large_object_oid oid,
        uploaded_by text NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_dossier_document_store CHECK (
          (store = 'fs' AND large_object_oid IS NULL) OR (store = 'pg' AND large_object_oid IS NOT NULL)
        ),
        CONSTRAINT ck_dossier_document_sha256 CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        CONSTRAINT ck_dossier_document_size CHECK (size_bytes >= 0)
      )`);

    await queryRunner.query(`ALTER TABLE app_user ADD COLUMN cadre_id text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE app_user DROP COLUMN cadre_id`);
    // Large objects live outside the table: free them before the rows that point at them go.
    await queryRunner.query(
      `SELECT lo_unlink(large_object_oid) FROM dossier_document
       WHERE large_object_oid IS NOT NULL
         AND EXISTS (SELECT 1 FROM pg_largeobject_metadata m WHERE m.oid = large_object_oid)`,
    );
    await queryRunner.query(`DROP TABLE dossier_document`);
    await queryRunner.query(`DROP TABLE procedure_task`);
    await queryRunner.query(`DROP TABLE appointment`);
  }
}
