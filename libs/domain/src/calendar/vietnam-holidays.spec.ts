import { isoWeekday } from './iso-date';
import { VIETNAM_PUBLIC_HOLIDAYS, vietnamPublicHolidays } from './vietnam-holidays';
import { LUNAR_DATES, OFFICIAL_DAY_SWAPS } from './vietnam-holidays.data';

const dates = (year: number) => vietnamPublicHolidays(year).map((h) => h.date);

describe('Vietnamese public holidays 2020-2031', () => {
  it('covers every year once, in date order, one entry per date', () => {
    const all = VIETNAM_PUBLIC_HOLIDAYS.map((h) => h.date);
    expect(all).toEqual([...all].sort());
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(all.map((d) => d.slice(0, 4)))).toEqual(
      new Set(Array.from({ length: 12 }, (_, i) => String(2020 + i))),
    );
  });

  it.each(LUNAR_DATES.map((l) => [l.year, l.tet, l.hungKings]))(
    '%i: New Year, Tết %s, Hùng Kings %s, 30/4, 1/5 and 2/9 are days off',
    (year, tet, hungKings) => {
      expect(dates(year as number)).toEqual(
        expect.arrayContaining([
          `${year}-01-01`,
          tet,
          hungKings,
          `${year}-04-30`,
          `${year}-05-01`,
          `${year}-09-02`,
        ]),
      );
    },
  );

  it.each([
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2030, '2030-02-02'], // Vietnam's Tết, a day before the Chinese new year
  ])('Tết %i falls on %s', (year, tet) => {
    expect(LUNAR_DATES.find((l) => l.year === year)?.tet).toBe(tet);
  });

  it('uses the official Tết break where known (2026: Sat 14 Feb to Sun 22 Feb)', () => {
    const tet = vietnamPublicHolidays(2026).filter((h) => h.name.startsWith('Tết Nguyên đán'));
    expect(tet.map((h) => h.date)).toEqual([
      '2026-02-14',
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
    ]);
  });

  it('otherwise takes the eve to the 4th day, with compensatory days for a weekend (2027)', () => {
    const tet = vietnamPublicHolidays(2027).filter((h) => h.date >= '2027-02-01' && h.date <= '2027-02-28');
    expect(tet.map((h) => h.date)).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
    ]);
    expect(tet[0].name).toContain('Eve');
    expect(tet[5].name).toContain('Nghỉ bù');
  });

  it.each([
    ['2022-01-03', 'New Year on a Saturday'],
    ['2022-04-11', 'Hùng Kings on a Sunday'],
    ['2023-05-02', 'Hùng Kings on a Saturday'],
    ['2023-05-03', 'Reunification Day on a Sunday'],
    ['2023-09-04', 'National Day on a Saturday'],
    ['2026-04-27', 'Hùng Kings on a Sunday'],
  ])('gives the compensatory day %s (%s)', (date) => {
    const holiday = VIETNAM_PUBLIC_HOLIDAYS.find((h) => h.date === date);
    expect(holiday?.name).toContain('Nghỉ bù');
    expect(isoWeekday(date)).toBeLessThanOrEqual(5);
  });

  it.each([
    [2020, []],
    [2021, ['2021-09-03']],
    [2022, ['2022-09-01']],
    [2024, ['2024-09-03']],
    [2025, ['2025-09-01']],
  ])('National Day %i: adjacent day %j (none under the 2012 Labour Code)', (year, adjacent) => {
    const found = vietnamPublicHolidays(year).filter((h) => h.name.includes('adjacent day'));
    expect(found.map((h) => h.date)).toEqual(adjacent);
  });

  it('lists both halves of the official swaps of 2024 and 2025: the weekday off, the Saturday worked', () => {
    const halves = ['2024-04-29', '2024-05-04', '2025-04-26', '2025-05-02'];
    const swaps = VIETNAM_PUBLIC_HOLIDAYS.filter((h) => halves.includes(h.date)).map((h) => [
      h.date,
      h.kind ?? 'day_off',
    ]);
    expect(swaps).toEqual([
      ['2024-04-29', 'day_off'],
      ['2024-05-04', 'working_day'],
      ['2025-04-26', 'working_day'],
      ['2025-05-02', 'day_off'],
    ]);
    for (const h of OFFICIAL_DAY_SWAPS) {
      expect(isoWeekday(h.workedOn)).toBe(6);
      expect(isoWeekday(h.dayOff)).toBeLessThanOrEqual(5);
      expect(VIETNAM_PUBLIC_HOLIDAYS.find((x) => x.date === h.workedOn)?.name).toContain('Ngày làm bù');
    }
  });

  it('marks only the worked Saturdays with a kind: the days off keep the shape seeded before swaps', () => {
    const kinds = VIETNAM_PUBLIC_HOLIDAYS.filter((h) => h.kind !== undefined);
    expect(kinds.map((h) => [h.date, h.kind])).toEqual([
      ['2024-05-04', 'working_day'],
      ['2025-04-26', 'working_day'],
    ]);
  });

  it('Tết 2025 is 9 days off, Sat 25 Jan to Sun 2 Feb, with no Saturday worked for it', () => {
    const tet = vietnamPublicHolidays(2025).filter((h) => h.name.startsWith('Tết Nguyên đán'));
    expect(tet.map((h) => h.date)).toEqual([
      '2025-01-25',
      '2025-01-26',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
    ]);
    expect(dates(2025)).not.toContain('2025-02-08');
  });

  it('has no data outside 2020-2031', () => {
    expect(() => vietnamPublicHolidays(2019)).toThrow(/2020-2031/);
    expect(() => vietnamPublicHolidays(2032)).toThrow(RangeError);
  });
});
