import type { DataSource } from 'typeorm';
import { createTestDatabase } from '../src/testing';
import { runMigrations } from '../src/data-source';
import { CalendarDayKind1764285000000 } from '../src/migrations/1764285000000-calendar-day-kind';
import { schemaWithout, undoAfter } from './migration-steps';

/** Migrations of the registry's tables (calendar, posts, training), run on databases that already hold rows. */
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
