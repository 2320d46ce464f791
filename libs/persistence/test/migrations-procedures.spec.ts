import type { DataSource } from 'typeorm';
import { createTestDatabase } from '../src/testing';
import { schemaWithout, undoAfter } from './migration-steps';

/** Migrations of the procedure tables, run on databases that already hold rows they must carry or refuse. */
describe('procedure kernel migration on read models that already have rows', () => {
  const APPOINTMENT = `INSERT INTO appointment (id, post_id, sequence, candidate_ids, unit_code, source, legal_basis,
      proposed_by, proposed_at, state, stage, round, appointee, decision, procedure_due_at, overdue, exception_granted,
      updated_at, last_seq)
    VALUES ('appointment/QA-CT/2', 'QA-CT', 2, '{CB-1,CB-2}', 'DH-QA', 'outside', 'QD377-2025', 'U-HR',
      '2026-03-02T02:00:00Z', 'appointed', 'term', 2, 'CB-2',
      '{"number":"12/QĐ","effectiveDate":"2026-04-01","termLastDay":"2031-03-31"}', '2026-04-14T10:00:00Z', true,
      true, '2026-03-20T02:00:00Z', 9)`;
  const NOMINATION = `INSERT INTO nomination (id, cadre_id, post_id, sequence, proposed_by, approver_ids, state,
      current_approver_id, proposed_at, updated_at, last_seq)
    VALUES ('nomination/CB-1/QA-CT/1', 'CB-1', 'QA-CT', 1, 'U-HR', '{U-1,U-2}', 'pending', 'U-2',
      '2026-03-01T02:00:00Z', '2026-03-03T02:00:00Z', 2)`;
  const rows = (ds: DataSource, table: string) => ds.query(`SELECT * FROM ${table} ORDER BY id`);

  it('moves appointments and nominations into procedure rows, and down() gives the same rows back', async () => {
    const db = await createTestDatabase('migrations_kernel', { migrate: false });
    const before = schemaWithout(db.url, 'ProcedureKernel1764250000000');
    try {
      await before.initialize();
      await before.runMigrations();
      await before.query(
        `INSERT INTO unit (code, name, level, locality_code) VALUES ('DH-QA', 'Xã Quảng An', 'commune', 'QN-DH-QA')`,
      );
      await before.query(
        `INSERT INTO post (code, title, unit_id, level, standards)
         SELECT 'QA-CT', 'Chủ tịch UBND xã Quảng An', id, 'commune', '{}'::jsonb FROM unit WHERE code = 'DH-QA'`,
      );
      await before.query(APPOINTMENT);
      await before.query(NOMINATION);
      const [appointment, nomination] = [await rows(before, 'appointment'), await rows(before, 'nomination')];
      await before.destroy();

      await db.dataSource.runMigrations();
      const procedures = await db.dataSource.query(
        `SELECT id, kind, subject_cadre_ids, unit_code, post_id, state, stage, stage_entered_at, due_at, overdue,
                legal_basis, detail, last_seq FROM procedure ORDER BY id`,
      );
      expect(procedures).toEqual([
        {
          id: 'appointment/QA-CT/2',
          kind: 'appointment',
          subject_cadre_ids: ['CB-1', 'CB-2'],
          unit_code: 'DH-QA',
          post_id: 'QA-CT',
          state: 'appointed',
          stage: 'term',
          stage_entered_at: new Date('2026-03-20T02:00:00Z'),
          due_at: new Date('2026-04-14T10:00:00Z'),
          overdue: true,
          legal_basis: 'QD377-2025',
          detail: {
            source: 'outside',
            round: 2,
            appointee: 'CB-2',
            decision: { number: '12/QĐ', effectiveDate: '2026-04-01', termLastDay: '2031-03-31' },
            exceptionGranted: true,
          },
          last_seq: 9,
        },
        {
          id: 'nomination/CB-1/QA-CT/1',
          kind: 'nomination',
          subject_cadre_ids: ['CB-1'],
          unit_code: 'DH-QA',
          post_id: 'QA-CT',
          state: 'pending',
          stage: 'pending',
          stage_entered_at: new Date('2026-03-03T02:00:00Z'),
          due_at: null,
          overdue: false,
          legal_basis: null,
          detail: { approverIds: ['U-1', 'U-2'], currentApproverId: 'U-2' },
          last_seq: 2,
        },
      ]);

      await undoAfter(db.dataSource, 'ProcedureKernel1764250000000');
      await db.dataSource.undoLastMigration({ transaction: 'each' });
      expect(await rows(db.dataSource, 'appointment')).toEqual(appointment);
      expect(await rows(db.dataSource, 'nomination')).toEqual(nomination);
    } finally {
      if (before.isInitialized) await before.destroy();
      await db.drop();
    }
  });

  it('refuses to revert while a procedure of another kind exists', async () => {
    const db = await createTestDatabase('migrations_kernel_down');
    try {
      // The later migrations come off first (no rotation exists); the kernel's then refuses a `plan`.
      await undoAfter(db.dataSource, 'ProcedureKernel1764250000000');
      await db.dataSource.query(
        `INSERT INTO procedure (id, kind, subject_cadre_ids, unit_code, state, stage, stage_entered_at, proposed_by,
                                proposed_at, updated_at, last_seq)
         VALUES ('plan/DH-QA/2025-2030', 'plan', '{}', 'DH-QA', 'in_progress', 'pools', now(), 'U', now(), now(), 0)`,
      );
      await expect(db.dataSource.undoLastMigration({ transaction: 'each' })).rejects.toThrow(
        /1 procedures are neither appointments nor nominations/,
      );
      expect(await rows(db.dataSource, 'procedure')).toHaveLength(1);
    } finally {
      await db.drop();
    }
  });
});

describe('single-holder posts and rotation batches migration', () => {
  it('refuses to revert while a rotation exists, changing nothing', async () => {
    const db = await createTestDatabase('migrations_rotation_down');
    try {
      await db.dataSource.query(
        `INSERT INTO procedure (id, kind, subject_cadre_ids, unit_code, state, stage, stage_entered_at, proposed_by,
                                proposed_at, updated_at, last_seq)
         VALUES ('rotation/CB-1/1', 'rotation', '{CB-1}', 'DH-QA', 'in_progress', 'consultation', now(), 'U', now(), now(), 0)`,
      );
      await undoAfter(db.dataSource, 'SingleHolderPostsAndRotationBatches1764260000000');
      await expect(db.dataSource.undoLastMigration({ transaction: 'each' })).rejects.toThrow(
        /1 rotation procedures exist/,
      );
      const [{ n }] = await db.dataSource.query(
        `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'rotation_batch'`,
      );
      expect(n).toBe(1);
    } finally {
      await db.drop();
    }
  });

  it('refuses to apply while a head post has two current holders, naming it', async () => {
    const db = await createTestDatabase('migrations_single_holder', { migrate: false });
    const before = schemaWithout(db.url, 'SingleHolderPostsAndRotationBatches1764260000000');
    try {
      await before.initialize();
      await before.runMigrations();
      await before.query(
        `INSERT INTO unit (code, name, level, locality_code) VALUES ('DH-QA', 'Xã Quảng An', 'commune', 'QN-DH-QA')`,
      );
      await before.query(
        `INSERT INTO post (code, title, unit_id, level, is_head, standards)
         SELECT 'QA-CT', 'Chủ tịch UBND xã Quảng An', id, 'commune', true, '{}'::jsonb FROM unit WHERE code = 'DH-QA'`,
      );
      for (const code of ['CB-1', 'CB-2']) {
        await before.query(
          `INSERT INTO cadre (code, full_name, search_name, gender, birth_date, hometown_locality_code, ethnicity,
             education, political_theory, state_management, party_member, status)
           VALUES ($1, $1, $1, 'male', '1980-01-01', 'QN', 'Kinh', 'bachelor', 'basic', 'none', true, 'active')`,
          [code],
        );
        await before.query(
          `INSERT INTO assignment (cadre_id, kind, unit_id, post_id, from_date)
           SELECT c.id, 'appointment', p.unit_id, p.id, '2024-01-01' FROM cadre c, post p WHERE c.code = $1 AND p.code = 'QA-CT'`,
          [code],
        );
      }
      await before.destroy();
      await expect(db.dataSource.runMigrations({ transaction: 'each' })).rejects.toThrow(/QA-CT \(2\)/);
    } finally {
      if (before.isInitialized) await before.destroy();
      await db.drop();
    }
  });
});

describe('confidence votes migration', () => {
  it('keeps every task kind other migrations added and refuses to revert while a result exists', async () => {
    const db = await createTestDatabase('migrations_confidence');
    try {
      const [{ def }] = await db.dataSource.query(
        `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'ck_procedure_task_kind'`,
      );
      for (const kind of ['reconvene', 'hand_over', 'end_of_term', 'dismissal_proposal'])
        expect(def).toContain(`'${kind}'`);
      await db.dataSource.query(
        `INSERT INTO confidence_vote_result (cadre_code, post_code, unit_code, procedure_id, conference_id, year,
           voted_on, high, confidence, low, ballots_cast, summoned, outcome, legal_basis, sheet_sha256)
         VALUES ('CB-1', 'QA-CT', 'DH-QA', 'confidence_vote/DH-QA/2025/1', 'c/1', 2025, '2025-12-01',
                 1, 1, 1, 3, 3, 'retained', 'QD377-2025', repeat('a', 64))`,
      );
      await undoAfter(db.dataSource, 'ConfidenceVotes1764290000000');
      await expect(db.dataSource.undoLastMigration({ transaction: 'each' })).rejects.toThrow(
        /1 confidence-vote results or procedures exist/,
      );
      await db.dataSource.query(`DELETE FROM confidence_vote_result`);
      await db.dataSource.undoLastMigration({ transaction: 'each' });
      const [{ def: after }] = await db.dataSource.query(
        `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'ck_procedure_task_kind'`,
      );
      expect(after).not.toContain('dismissal_proposal');
      expect(after).toContain(`'end_of_term'`);
    } finally {
      await db.drop();
    }
  });
});
