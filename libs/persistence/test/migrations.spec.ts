import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../src/testing';
import { ENTITIES, MIGRATIONS, runMigrations } from '../src/data-source';
import { ProcedureTaskKinds1764230000000 } from '../src/migrations/1764230000000-procedure-task-kinds';
import { CalendarDayKind1764285000000 } from '../src/migrations/1764285000000-calendar-day-kind';

describe('committed migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('migrations', { migrate: false });
  });
  afterAll(() => db.drop());

  const tables = async (): Promise<string[]> =>
    (
      await db.dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migrations' ORDER BY 1`,
      )
    ).map((r: { table_name: string }) => r.table_name);

  it('apply on an empty database, revert completely, and apply again', async () => {
    expect(await runMigrations(db.dataSource)).toEqual(MIGRATIONS.map((m) => m.name));
    expect(await tables()).toEqual([
      'app_user',
      'assignment',
      'cadre',
      'cadre_timeline',
      'confidence_vote_result',
      'discipline',
      'dossier_document',
      'evaluation',
      'notification_delivery',
      'official_document',
      'oidc_sign_out',
      'outbox_event',
      'planning_entry',
      'post',
      'procedure',
      'procedure_item',
      'procedure_task',
      'public_holiday',
      'rotation_batch',
      'rotation_batch_item',
      'sign_off_template',
      'standing_body',
      'standing_body_member',
      'task_annotation',
      'training_completion',
      'training_course',
      'unit',
      'webhook_delivery_attempt',
      'webhook_subscription',
      'workflow_step',
    ]);
    expect(await runMigrations(db.dataSource)).toEqual([]);

    for (let i = 0; i < MIGRATIONS.length; i++)
      await db.dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual([]);

    expect(await runMigrations(db.dataSource)).toHaveLength(MIGRATIONS.length);
  });

  it('refuse to narrow the task kinds back while a reconvene or self-assessment task exists', async () => {
    await db.dataSource.query(
      `INSERT INTO procedure_task (workflow_id, task_key, kind, label, assignee_ids, status, created_at, updated_at, last_seq)
       VALUES ('appointment/P/1', 'reconvene-1-a1', 'reconvene', 'Triệu tập lại', '{U}', 'open', now(), now(), 1)`,
    );
    const runner = db.dataSource.createQueryRunner();
    try {
      await expect(new ProcedureTaskKinds1764230000000().down(runner)).rejects.toThrow(
        /1 tasks are reconvene or self-assessment tasks/,
      );
    } finally {
      await runner.release();
    }
    await db.dataSource.query(`DELETE FROM procedure_task WHERE workflow_id = 'appointment/P/1'`);
  });

  it('enforce one row per workflow step key', async () => {
    const insert = `INSERT INTO workflow_step (workflow_id, run_id, step_key, seq, kind, actor, occurred_at, prev_hash, hash)
                    VALUES ('nomination/C/P/1', 'r', 'proposed', 0, 'proposed', 'U', now(), '0', '1')`;
    await db.dataSource.query(insert);
    await expect(db.dataSource.query(insert)).rejects.toThrow(/uq_workflow_step_workflow_step_key/);
  });
});

/** Reverts every migration applied after `migrationName`, newest first, so that one is the last applied. */
async function undoAfter(dataSource: DataSource, migrationName: string): Promise<void> {
  for (;;) {
    const [last]: { name: string }[] = await dataSource.query(
      `SELECT name FROM schema_migrations ORDER BY timestamp DESC LIMIT 1`,
    );
    if (!last) throw new Error(`${migrationName} is not applied`);
    if (last.name === migrationName) return;
    await dataSource.undoLastMigration({ transaction: 'each' });
  }
}

/**
 * The schema as it stood before one migration: the committed migrations before it (a later one may
 * need what that one creates, as 1766000000000 needs the procedure table).
 */
function schemaWithout(url: string, migrationName: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS.slice(
      0,
      MIGRATIONS.findIndex((m) => m.name === migrationName),
    ),
    migrationsTableName: 'schema_migrations',
  });
}

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

describe('calendar day kind migration', () => {
  /** This migration's down() in one transaction, whatever migrations come after it. */
  const revertCalendarKind = async (ds: DataSource) => {
    const runner = ds.createQueryRunner();
    await runner.startTransaction();
    try {
      await new CalendarDayKind1764285000000().down(runner);
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  };
  const calendar = (ds: DataSource) =>
    ds.query(`SELECT to_char(date, 'YYYY-MM-DD') AS date, name, version FROM public_holiday ORDER BY date`);
  const SEEDED_BEFORE = `INSERT INTO public_holiday (date, name) VALUES
      ('2024-04-29', 'Bridge day off before 30/4 (swapped with Sat 2024-05-04, worked)'),
      ('2024-04-30', 'Ngày Chiến thắng (Reunification Day, 30/4)'),
      ('2025-05-01', 'Ngày Quốc tế Lao động (International Labour Day, 1/5)'),
      ('2025-05-02', 'Bridge day off after 1/5 (swapped with Sat 2025-04-26, worked)')`;

  it('adds the Saturday worked for each swap the calendar holds, and down() gives the previous rows back', async () => {
    const db = await createTestDatabase('migrations_calendar_kind', { migrate: false });
    const before = schemaWithout(db.url, 'CalendarDayKind1764285000000');
    try {
      await before.initialize();
      await before.runMigrations();
      await before.query(SEEDED_BEFORE);
      const previous = await calendar(before);
      await before.destroy();

      await db.dataSource.runMigrations();
      expect(
        await db.dataSource.query(
          `SELECT to_char(date, 'YYYY-MM-DD') AS date, kind, name FROM public_holiday ORDER BY date`,
        ),
      ).toEqual([
        { date: '2024-04-29', kind: 'day_off', name: expect.stringContaining('Bridge day off') },
        { date: '2024-04-30', kind: 'day_off', name: expect.stringContaining('30/4') },
        {
          date: '2024-05-04',
          kind: 'working_day',
          name: 'Ngày làm bù (swapped working day, in exchange for the day off on 2024-04-29)',
        },
        {
          date: '2025-04-26',
          kind: 'working_day',
          name: 'Ngày làm bù (swapped working day, in exchange for the day off on 2025-05-02)',
        },
        { date: '2025-05-01', kind: 'day_off', name: expect.stringContaining('1/5') },
        { date: '2025-05-02', kind: 'day_off', name: expect.stringContaining('Bridge day off') },
      ]);

      await revertCalendarKind(db.dataSource);
      expect(await calendar(db.dataSource)).toEqual(previous);
      const [{ n }] = await db.dataSource.query(
        `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'public_holiday' AND column_name = 'kind'`,
      );
      expect(n).toBe(0);
    } finally {
      if (before.isInitialized) await before.destroy();
      await db.drop();
    }
  });

  it('adds nothing to an empty calendar (the seed brings both halves) and holds the kinds to their dates', async () => {
    const db = await createTestDatabase('migrations_calendar_check');
    try {
      expect(await calendar(db.dataSource)).toEqual([]);
      const insert = (date: string, kind: string) =>
        db.dataSource.query(`INSERT INTO public_holiday (date, name, kind) VALUES ($1, 'x', $2)`, [
          date,
          kind,
        ]);
      await expect(insert('2025-04-25', 'working_day')).rejects.toThrow(
        /ck_public_holiday_working_day_weekend/,
      );
      await expect(insert('2025-04-25', 'half_day')).rejects.toThrow(/ck_public_holiday_kind/);
      await insert('2025-04-27', 'working_day');
      await insert('2025-04-25', 'day_off');
      const [{ kind }] = await db.dataSource.query(
        `INSERT INTO public_holiday (date, name) VALUES ('2025-04-24', 'no kind') RETURNING kind`,
      );
      expect(kind).toBe('day_off');
    } finally {
      await db.drop();
    }
  });

  it('refuses to revert while a swapped working day entered since exists, changing nothing', async () => {
    const db = await createTestDatabase('migrations_calendar_down');
    try {
      await db.dataSource.query(
        `INSERT INTO public_holiday (date, name, kind) VALUES ('2026-01-10', 'Ngày làm bù', 'working_day')`,
      );
      await expect(revertCalendarKind(db.dataSource)).rejects.toThrow(
        /1 swapped working days were entered since \(2026-01-10\)/,
      );
      const [{ kind }] = await db.dataSource.query(
        `SELECT kind FROM public_holiday WHERE date = '2026-01-10'`,
      );
      expect(kind).toBe('working_day');
    } finally {
      await db.drop();
    }
  });
});

describe('post rank groups migration', () => {
  it('classes existing posts by their code and head flag, and down() drops the column', async () => {
    const db = await createTestDatabase('migrations_post_rank');
    try {
      await undoAfter(db.dataSource, 'SingleHolderPostsAndRotationBatches1764260000000');
      await db.dataSource.query(
        `INSERT INTO unit (code, name, level, locality_code) VALUES ('DH-QA', 'Quảng An', 'commune', 'QN.DH.QA')`,
      );
      const codes: [string, boolean][] = [
        ['DH-QA-BT', true],
        ['DH-QA-CT-UBND', true],
        ['DH-QA-PBT', false],
        ['DH-QA-CT-HDND', false],
        ['DH-QA-PCT-UBND', false],
        ['DH-QA-CT-MTTQ', false],
        ['DH-QA-BT-DTN', false],
        ['DH-QA-TR', false],
        ['DH-QA-PTR', false],
        ['DH-QA-OTHER-HEAD', true],
        ['DH-QA-VP-TK', false],
      ];
      for (const [code, head] of codes)
        await db.dataSource.query(
          `INSERT INTO post (code, title, unit_id, level, is_head, standards)
           SELECT $1, $1, id, 'commune', $2, '{}'::jsonb FROM unit WHERE code = 'DH-QA'`,
          [code, head],
        );
      await db.dataSource.runMigrations({ transaction: 'each' });
      const ranks: { code: string; rank_group: string }[] = await db.dataSource.query(
        `SELECT code, rank_group FROM post ORDER BY code`,
      );
      expect(Object.fromEntries(ranks.map((r) => [r.code, r.rank_group]))).toEqual({
        'DH-QA-BT': 'secretary',
        'DH-QA-CT-UBND': 'chair',
        'DH-QA-PBT': 'deputy_secretary',
        'DH-QA-CT-HDND': 'deputy_secretary',
        'DH-QA-PCT-UBND': 'vice_chair',
        'DH-QA-CT-MTTQ': 'vice_chair',
        'DH-QA-BT-DTN': 'body_head',
        'DH-QA-TR': 'body_head',
        'DH-QA-PTR': 'deputy_head',
        'DH-QA-OTHER-HEAD': 'body_head',
        'DH-QA-VP-TK': 'staff',
      });
      await expect(
        db.dataSource.query(`UPDATE post SET rank_group = 'general' WHERE code = 'DH-QA-BT'`),
      ).rejects.toThrow(/ck_post_rank_group/);
      await undoAfter(db.dataSource, 'SingleHolderPostsAndRotationBatches1764260000000');
      const [{ n }] = await db.dataSource.query(
        `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'post' AND column_name = 'rank_group'`,
      );
      expect(n).toBe(0);
    } finally {
      await db.drop();
    }
  });
});

describe('training class completions migration', () => {
  it('refuses to revert while a class wrote a completion, and reverts once there is none', async () => {
    const db = await createTestDatabase('migrations_training_down');
    try {
      const q = (sql: string) => db.dataSource.query(sql);
      await q(`INSERT INTO training_course (code, title) VALUES ('CT05', 'Chỉ thị 05-CT/TW')`);
      await q(`INSERT INTO cadre (code, full_name, search_name, gender, birth_date, hometown_locality_code, ethnicity,
                 education, political_theory, state_management, party_member, status)
               VALUES ('CB-1', 'CB-1', 'cb-1', 'male', '1980-01-01', 'QN', 'Kinh', 'bachelor', 'basic', 'none', true, 'active')`);
      await q(`INSERT INTO training_completion (cadre_id, course_id, completed_at, workflow_id, certificate_number)
               SELECT c.id, t.id, '2026-08-14', 'training/CT05-2026-08', 'GCN-1' FROM cadre c, training_course t`);
      await expect(
        q(`INSERT INTO training_completion (cadre_id, course_id, completed_at, workflow_id)
               SELECT c.id, t.id, '2026-08-14', 'training/X' FROM cadre c, training_course t`),
      ).rejects.toThrow(/ck_training_completion_certificate|uq_training_completion/);
      await undoAfter(db.dataSource, 'TrainingClassCompletions1764280000000');
      await expect(db.dataSource.undoLastMigration({ transaction: 'each' })).rejects.toThrow(
        /1 training completions were written by training classes/,
      );
      await q(`UPDATE training_completion SET workflow_id = NULL, certificate_number = NULL`);
      await db.dataSource.undoLastMigration({ transaction: 'each' });
      const columns: { column_name: string }[] = await q(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'training_completion' ORDER BY 1`,
      );
      expect(columns.map((c) => c.column_name)).not.toContain('workflow_id');
      expect(await runMigrations(db.dataSource)).toContain('TrainingClassCompletions1764280000000');
    } finally {
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
