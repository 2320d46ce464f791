import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Government's swaps known when this migration was written (libs/domain OFFICIAL_DAY_SWAPS has the
 * sources): the weekday given off was already seeded as a holiday; the Saturday worked instead could not
 * be expressed. Frozen here, as a migration must be, whatever the data file later holds.
 */
const SWAPS = [
  { dayOff: '2024-04-29', workedOn: '2024-05-04' },
  { dayOff: '2025-05-02', workedOn: '2025-04-26' },
];

const workedName = (dayOff: string) =>
  `Ngày làm bù (swapped working day, in exchange for the day off on ${dayOff})`;

/**
 * A calendar entry gains a kind: `day_off` (every row so far: holidays, Tết, compensatory and bridge days
 * off) or `working_day`, a Saturday or Sunday worked in exchange for a weekday off (ngày làm bù). Where
 * the calendar holds a swap's day off, the Saturday worked for it is added (an empty calendar, before the
 * seed, gets both halves from the seed instead).
 */
export class CalendarDayKind1764285000000 implements MigrationInterface {
  name = 'CalendarDayKind1764285000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE public_holiday ADD COLUMN kind text NOT NULL DEFAULT 'day_off'`);
    await queryRunner.query(
      `ALTER TABLE public_holiday ADD CONSTRAINT ck_public_holiday_kind CHECK (kind IN ('day_off', 'working_day'))`,
    );
    // A worked day on a weekday would change nothing: surely a mistaken date.
    await queryRunner.query(
      `ALTER TABLE public_holiday ADD CONSTRAINT ck_public_holiday_working_day_weekend
         CHECK (kind = 'day_off' OR extract(isodow FROM date) IN (6, 7))`,
    );
    for (const swap of SWAPS) {
      await queryRunner.query(
        `INSERT INTO public_holiday (date, name, kind)
         SELECT $1::date, $2, 'working_day'
         WHERE EXISTS (SELECT 1 FROM public_holiday WHERE date = $3::date AND kind = 'day_off')
         ON CONFLICT (date) DO UPDATE
           SET kind = 'working_day', name = EXCLUDED.name, version = public_holiday.version + 1, updated_at = now()`,
        [swap.workedOn, workedName(swap.dayOff), swap.dayOff],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const others: { date: string }[] = await queryRunner.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date FROM public_holiday
       WHERE kind = 'working_day' AND NOT (date = ANY($1::date[])) ORDER BY date`,
      [SWAPS.map((s) => s.workedOn)],
    );
    if (others.length > 0)
      throw new Error(
        `${others.length} swapped working days were entered since (${others.map((o) => o.date).join(', ')}); ` +
          'the previous schema cannot hold them (it would list them as days off). Nothing was reverted.',
      );
    await queryRunner.query(`DELETE FROM public_holiday WHERE kind = 'working_day'`);
    await queryRunner.query(
      `ALTER TABLE public_holiday DROP CONSTRAINT ck_public_holiday_working_day_weekend`,
    );
    await queryRunner.query(`ALTER TABLE public_holiday DROP CONSTRAINT ck_public_holiday_kind`);
    await queryRunner.query(`ALTER TABLE public_holiday DROP COLUMN kind`);
  }
}
