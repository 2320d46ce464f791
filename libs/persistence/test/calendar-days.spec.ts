import { createTestDatabase, type TestDatabase } from '../src/testing';
import { holidaysAhead, holidaysBetween } from '../src/registry/holidays-ahead';
import { PublicHolidaysRepository } from '../src/registry/public-holidays';

/** The working-day calendar as the workflows and the reports load it: days off and swapped working days. */
describe('registry: the working-day calendar loader', () => {
  let db: TestDatabase;
  let repository: PublicHolidaysRepository;

  beforeAll(async () => {
    db = await createTestDatabase('calendar_days');
    repository = new PublicHolidaysRepository(db.dataSource);
    // As the seed writes it (plain SQL), and as a registry editor adds a day through the repository.
    await db.dataSource.query(
      `INSERT INTO public_holiday (date, name, kind) VALUES
         ('2025-04-26', 'Ngày làm bù (swapped working day, in exchange for the day off on 2025-05-02)', 'working_day'),
         ('2025-04-30', 'Ngày Chiến thắng (Reunification Day, 30/4)', 'day_off'),
         ('2025-05-01', 'Ngày Quốc tế Lao động (International Labour Day, 1/5)', 'day_off')`,
    );
    await repository.create({ date: '2025-05-02', name: 'Bridge day off after 1/5' });
    await repository.create({ date: '2026-01-10', name: 'Ngày làm bù', kind: 'working_day' });
  });
  afterAll(() => db.drop());

  it('returns every entry with its kind, in date order, for the years asked', async () => {
    expect(await holidaysAhead(db.dataSource, { fromDate: '2025-01-01', years: 1 })).toEqual([
      {
        date: '2025-04-26',
        name: 'Ngày làm bù (swapped working day, in exchange for the day off on 2025-05-02)',
        kind: 'working_day',
      },
      { date: '2025-04-30', name: 'Ngày Chiến thắng (Reunification Day, 30/4)', kind: 'day_off' },
      { date: '2025-05-01', name: 'Ngày Quốc tế Lao động (International Labour Day, 1/5)', kind: 'day_off' },
      { date: '2025-05-02', name: 'Bridge day off after 1/5', kind: 'day_off' },
    ]);
    expect(await holidaysAhead(db.dataSource, { fromDate: '2025-04-27', years: 1 })).toHaveLength(4);
    expect(
      (await holidaysAhead(db.dataSource, { fromDate: '2025-04-27', years: 1 })).map((h) => h.date),
    ).toEqual(['2025-04-30', '2025-05-01', '2025-05-02', '2026-01-10']);
  });

  it('returns the entries between two days, both included, for the reports', async () => {
    expect(
      (await holidaysBetween(db.dataSource, '2025-04-26', '2025-05-01')).map((h) => [h.date, h.kind]),
    ).toEqual([
      ['2025-04-26', 'working_day'],
      ['2025-04-30', 'day_off'],
      ['2025-05-01', 'day_off'],
    ]);
  });

  it('lists, filters and changes the kind in the registry', async () => {
    const worked = await repository.list({ kind: 'working_day', limit: 10, offset: 0 });
    expect(worked.items.map((h) => [h.date, h.kind])).toEqual([
      ['2025-04-26', 'working_day'],
      ['2026-01-10', 'working_day'],
    ]);
    expect(worked.total).toBe(2);
    expect((await repository.get('2025-05-02')).kind).toBe('day_off');

    const changed = await repository.update('2026-01-10', 1, { kind: 'day_off' });
    expect([changed.kind, changed.version]).toEqual(['day_off', 2]);
    expect((await repository.list({ kind: 'working_day', limit: 10, offset: 0 })).total).toBe(1);
  });
});
