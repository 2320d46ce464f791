import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The procedure kernel's one read model: a `procedure` row per workflow of any kind, with what only one
 * kind knows in `detail`. The appointment and nomination rows move into it and their tables go: tasks,
 * inbox, cadre timeline and unit scope read `procedure` by workflow id and never a kind's own table.
 * The nomination slice is retired; its journal rows (workflow_step) stay as they are and stay readable.
 */
export class ProcedureKernel1764250000000 implements MigrationInterface {
  name = 'ProcedureKernel1764250000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE procedure (
        id text NOT NULL,
        kind text NOT NULL,
        subject_cadre_ids text[] NOT NULL,
        unit_code text NOT NULL,
        post_id text,
        state text NOT NULL,
        stage text NOT NULL,
        stage_entered_at timestamptz NOT NULL,
        due_at timestamptz,
        overdue boolean NOT NULL DEFAULT false,
        legal_basis text,
        proposed_by text NOT NULL,
        proposed_at timestamptz NOT NULL,
        detail jsonb NOT NULL DEFAULT '{}'::jsonb,
        updated_at timestamptz NOT NULL,
        last_seq integer NOT NULL,
        CONSTRAINT pk_procedure PRIMARY KEY (id),
        CONSTRAINT ck_procedure_kind CHECK (kind ~ '^[a-z][a-z_]*$'),
        CONSTRAINT ck_procedure_id_kind CHECK (split_part(id, '/', 1) = kind),
        CONSTRAINT ck_procedure_detail_object CHECK (jsonb_typeof(detail) = 'object')
      )`);
    await queryRunner.query(`CREATE INDEX ix_procedure_unit ON procedure (unit_code)`);
    await queryRunner.query(`CREATE INDEX ix_procedure_kind_state ON procedure (kind, state)`);
    await queryRunner.query(`CREATE INDEX ix_procedure_subjects ON procedure USING gin (subject_cadre_ids)`);
    await queryRunner.query(`CREATE INDEX ix_procedure_stage_entered ON procedure (stage, stage_entered_at)`);
    // The lists page newest first within a kind.
    await queryRunner.query(
      `CREATE INDEX ix_procedure_kind_updated ON procedure (kind, updated_at DESC, id)`,
    );

    // An appointment's own columns become its detail (contracts appointmentDetail's shape). The stage's
    // entry time was never kept: the last update is the best bound there is.
    await queryRunner.query(`
      INSERT INTO procedure (id, kind, subject_cadre_ids, unit_code, post_id, state, stage, stage_entered_at, due_at,
                             overdue, legal_basis, proposed_by, proposed_at, detail, updated_at, last_seq)
      SELECT id, 'appointment', candidate_ids, unit_code, post_id, state, stage, updated_at, procedure_due_at,
             overdue, legal_basis, proposed_by, proposed_at,
             jsonb_build_object('source', source, 'round', round, 'appointee', appointee, 'decision', decision,
                                'exceptionGranted', exception_granted),
             updated_at, last_seq
      FROM appointment`);
    // A nomination kept no unit: it is its post's. A post the registry lost leaves the unit empty, which no
    // scope contains, so only organisation-wide readers still see that row.
    await queryRunner.query(`
      INSERT INTO procedure (id, kind, subject_cadre_ids, unit_code, post_id, state, stage, stage_entered_at, due_at,
                             overdue, legal_basis, proposed_by, proposed_at, detail, updated_at, last_seq)
      SELECT n.id, 'nomination', ARRAY[n.cadre_id], COALESCE(u.code, ''), n.post_id, n.state, n.state, n.updated_at,
             NULL, false, NULL, n.proposed_by, n.proposed_at,
             jsonb_build_object('approverIds', to_jsonb(n.approver_ids), 'currentApproverId', n.current_approver_id),
             n.updated_at, n.last_seq
      FROM nomination n LEFT JOIN post p ON p.code = n.post_id LEFT JOIN unit u ON u.id = p.unit_id`);
    await queryRunner.query(`DROP TABLE appointment`);
    await queryRunner.query(`DROP TABLE nomination`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const [{ n }]: { n: number }[] = await queryRunner.query(
      `SELECT count(*)::int AS n FROM procedure WHERE kind NOT IN ('appointment', 'nomination')`,
    );
    if (n > 0)
      throw new Error(
        `${n} procedures are neither appointments nor nominations; the previous schema cannot hold them. Nothing was reverted.`,
      );
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
      INSERT INTO appointment (id, post_id, sequence, candidate_ids, unit_code, source, legal_basis, proposed_by,
                               proposed_at, state, stage, round, appointee, decision, procedure_due_at, overdue,
                               exception_granted, updated_at, last_seq)
      SELECT id, post_id, split_part(id, '/', 3)::int, subject_cadre_ids, unit_code, detail->>'source', legal_basis,
             proposed_by, proposed_at, state, stage, (detail->>'round')::int, detail->>'appointee',
             NULLIF(detail->'decision', 'null'::jsonb), due_at, overdue, (detail->>'exceptionGranted')::boolean,
             updated_at, last_seq
      FROM procedure WHERE kind = 'appointment'`);

    await queryRunner.query(`
      CREATE TABLE nomination (
        id text PRIMARY KEY,
        cadre_id text NOT NULL,
        post_id text NOT NULL,
        sequence integer NOT NULL,
        proposed_by text NOT NULL,
        approver_ids text[] NOT NULL,
        state text NOT NULL,
        current_approver_id text,
        proposed_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        last_seq integer NOT NULL,
        CONSTRAINT uq_nomination_cadre_post_sequence UNIQUE (cadre_id, post_id, sequence),
        CONSTRAINT ck_nomination_state CHECK (state IN ('pending', 'approved', 'rejected', 'withdrawn'))
      )`);
    await queryRunner.query(`CREATE INDEX ix_nomination_state_updated ON nomination (state, updated_at)`);
    await queryRunner.query(
      `CREATE INDEX ix_nomination_current_approver ON nomination (current_approver_id)`,
    );
    await queryRunner.query(`CREATE INDEX ix_nomination_approver_ids ON nomination USING gin (approver_ids)`);
    await queryRunner.query(`
      INSERT INTO nomination (id, cadre_id, post_id, sequence, proposed_by, approver_ids, state, current_approver_id,
                              proposed_at, updated_at, last_seq)
      SELECT id, subject_cadre_ids[1], post_id, split_part(id, '/', 4)::int, proposed_by,
             ARRAY(SELECT jsonb_array_elements_text(detail->'approverIds')), state, detail->>'currentApproverId',
             proposed_at, updated_at, last_seq
      FROM procedure WHERE kind = 'nomination'`);
    await queryRunner.query(`DROP TABLE procedure`);
  }
}
