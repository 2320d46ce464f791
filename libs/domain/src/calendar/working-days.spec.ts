import type { PublicHoliday } from '@personnel/contracts';
import { addDays, compareIsoDates } from './iso-date';
import {
  addWorkingDays,
  calendarDayKind,
  calendarEntryProblem,
  countWorkingDays,
  isWorkingDay,
} from './working-days';
import { VIETNAM_PUBLIC_HOLIDAYS as VN } from './vietnam-holidays';

/** The calendar as it was before swaps could be expressed: the days off only, none with a kind. */
const DAYS_OFF_ONLY: PublicHoliday[] = VN.filter((h) => calendarDayKind(h) === 'day_off').map((h) => ({
  date: h.date,
  name: h.name,
}));

describe('working days', () => {
  it.each([
    ['2025-01-01', false, 'New Year, a Wednesday'],
    ['2025-01-02', true, 'a plain Thursday'],
    ['2025-01-04', false, 'a Saturday'],
    ['2025-01-05', false, 'a Sunday'],
    ['2022-01-03', false, 'the Monday compensating New Year on a Saturday'],
    ['2026-02-17', false, 'Tết 2026'],
    ['2026-02-20', false, 'the 4th day of Tết 2026'],
    ['2026-02-23', true, 'the first Monday after Tết 2026'],
    ['2025-09-01', false, 'the day adjacent to National Day 2025'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(isWorkingDay(date, VN)).toBe(expected);
  });

  it.each([
    ['2021-12-30', 1, '2021-12-31', 'the Friday before New Year'],
    ['2021-12-30', 2, '2022-01-04', 'over New Year on a Saturday, Sunday and the compensatory Monday'],
    ['2022-12-30', 1, '2023-01-03', 'over a weekend, New Year on Sunday and its Monday'],
    ['2025-12-30', 2, '2026-01-02', 'over New Year on a Thursday'],
    ['2026-02-13', 1, '2026-02-23', 'over the Tết break in February 2026'],
    ['2024-02-07', 1, '2024-02-15', 'over the Tết break in February 2024'],
    ['2026-02-23', -1, '2026-02-13', 'backwards over Tết'],
    ['2022-01-04', -2, '2021-12-30', 'backwards over New Year'],
    ['2026-02-17', 0, '2026-02-17', 'zero days: the date itself, holiday or not'],
  ])('addWorkingDays(%s, %i) = %s (%s)', (date, n, expected) => {
    expect(addWorkingDays(date, n, VN)).toBe(expected);
  });

  it('counts only weekends without holidays', () => {
    expect(addWorkingDays('2025-01-03', 1, [])).toBe('2025-01-06');
    expect(addWorkingDays('2025-12-30', 2, [])).toBe('2026-01-01');
  });

  it.each([
    ['2026-01-31', '2026-02-28', 15, 'February 2026: 20 weekdays less 5 of Tết'],
    ['2024-01-31', '2024-02-29', 16, 'February 2024: 21 weekdays less 5 of Tết'],
    ['2025-12-31', '2026-01-02', 1, 'New Year 2026 is not counted'],
    ['2026-01-02', '2026-01-02', 0, 'an empty interval'],
    ['2026-01-02', '2026-01-05', 1, '`from` excluded, `to` included'],
    ['2026-01-05', '2026-01-02', -1, 'reversed: minus the count over (to, from]'],
    ['2026-01-03', '2026-01-04', 0, 'a weekend, and never -0 reversed'],
  ])('countWorkingDays(%s, %s) = %i (%s)', (from, to, expected) => {
    expect(countWorkingDays(from, to, VN)).toBe(expected);
  });

  it('a reversed empty count is 0, not -0', () => {
    expect(countWorkingDays('2026-01-04', '2026-01-03', VN)).toBe(0);
  });

  it.each([
    ['2025-12-30', [1, 2, 10, 30, 90]],
    ['2026-02-13', [1, 5, 22]],
    ['2027-02-04', [1, 3, 7]],
  ])('countWorkingDays(d, addWorkingDays(d, n)) === n from %s', (date, ns) => {
    for (const n of ns) expect(countWorkingDays(date, addWorkingDays(date, n, VN), VN)).toBe(n);
  });

  it('refuses a fractional number of days and a malformed date', () => {
    expect(() => addWorkingDays('2025-01-01', 0.5, VN)).toThrow(RangeError);
    expect(() => isWorkingDay('2025-02-30', VN)).toThrow(RangeError);
  });

  describe('a swapped working day (hoán đổi ngày làm việc)', () => {
    it.each([
      ['2025-04-26', true, 'Sat 26 April 2025, worked in exchange for Fri 2 May'],
      ['2025-05-02', false, 'Fri 2 May 2025, the weekday given off'],
      ['2025-04-27', false, 'the Sunday after the worked Saturday'],
      ['2024-05-04', true, 'Sat 4 May 2024, worked in exchange for Mon 29 April'],
      ['2024-04-29', false, 'Mon 29 April 2024, the weekday given off'],
      ['2025-02-08', false, 'Sat 8 February 2025: Tết 2025 swapped no day'],
    ])('%s is a working day: %s (%s)', (date, expected) => {
      expect(isWorkingDay(date, VN)).toBe(expected);
    });

    it('a deadline counted across the worked Saturday lands one working day earlier than without the swap', () => {
      // Thu 24 April 2025 + 3: Fri 25, Sat 26 (worked), Mon 28; without the Saturday: Fri 25, Mon 28, Tue 29.
      expect(addWorkingDays('2025-04-24', 3, VN)).toBe('2025-04-28');
      expect(addWorkingDays('2025-04-24', 3, DAYS_OFF_ONLY)).toBe('2025-04-29');
      // 10 working days from Thu 24 April: 25, 26, 28, 29, (30/4, 1/5, 2/5 off), 5-9 May, Mon 12 May.
      expect(addWorkingDays('2025-04-24', 10, VN)).toBe('2025-05-12');
      expect(addWorkingDays('2025-04-24', 10, DAYS_OFF_ONLY)).toBe('2025-05-13');
    });

    it('the worked Saturday can be the deadline itself, forwards and backwards', () => {
      expect(addWorkingDays('2025-04-25', 1, VN)).toBe('2025-04-26');
      expect(addWorkingDays('2025-04-28', -1, VN)).toBe('2025-04-26');
      expect(addWorkingDays('2024-05-03', 1, VN)).toBe('2024-05-04');
    });

    it('skips the weekday given off in exchange', () => {
      // Tue 29 April 2025 + 1: 30/4, 1/5, Fri 2/5 (swapped off), the weekend, then Mon 5 May.
      expect(addWorkingDays('2025-04-29', 1, VN)).toBe('2025-05-05');
      // Fri 26 April 2024 + 1: the weekend, Mon 29 April (swapped off), 30/4, 1/5, then Thu 2 May.
      expect(addWorkingDays('2024-04-26', 1, VN)).toBe('2024-05-02');
    });

    it('counts the worked Saturday and not the weekday off', () => {
      expect(countWorkingDays('2025-04-25', '2025-04-28', VN)).toBe(2);
      expect(countWorkingDays('2025-04-25', '2025-04-28', DAYS_OFF_ONLY)).toBe(1);
      // April 26 - May 4 2025: Sat 26, Mon 28, Tue 29 worked; 30/4, 1/5, Fri 2/5 and the weekends off.
      expect(countWorkingDays('2025-04-25', '2025-05-04', VN)).toBe(3);
      // A swap moves a working day, it never adds one: a month around it counts as many days either way.
      expect(countWorkingDays('2025-04-13', '2025-05-13', VN)).toBe(
        countWorkingDays(
          '2025-04-13',
          '2025-05-13',
          [...DAYS_OFF_ONLY].filter((h) => h.date !== '2025-05-02'),
        ),
      );
    });

    it('keeps countWorkingDays(d, addWorkingDays(d, n)) === n across the swaps', () => {
      for (const date of ['2025-04-20', '2025-04-25', '2024-04-25'])
        for (const n of [1, 2, 3, 5, 10])
          expect(countWorkingDays(date, addWorkingDays(date, n, VN), VN)).toBe(n);
    });

    it('a day listed both as a day off and as a working day is a day off', () => {
      const both: PublicHoliday[] = [
        { date: '2025-04-26', name: 'worked', kind: 'working_day' },
        { date: '2025-04-26', name: 'off' },
      ];
      expect(isWorkingDay('2025-04-26', both)).toBe(false);
      expect(isWorkingDay('2025-04-26', [...both].reverse())).toBe(false);
    });
  });

  describe('a calendar without kinds (every list recorded before swaps)', () => {
    it('means exactly what an explicit day_off list means, on every day of 2020-2031', () => {
      const explicit: PublicHoliday[] = DAYS_OFF_ONLY.map((h) => ({ ...h, kind: 'day_off' }));
      for (let day = '2020-01-01'; compareIsoDates(day, '2031-12-31') <= 0; day = addDays(day, 1))
        expect([day, isWorkingDay(day, DAYS_OFF_ONLY)]).toEqual([day, isWorkingDay(day, explicit)]);
      expect(addWorkingDays('2024-04-25', 30, DAYS_OFF_ONLY)).toBe(
        addWorkingDays('2024-04-25', 30, explicit),
      );
    });

    it('still takes a Saturday it lists as a day off, and never makes a weekend a working day', () => {
      const old: PublicHoliday[] = [{ date: '2025-04-26', name: 'a Saturday entered as a holiday' }];
      expect(isWorkingDay('2025-04-26', old)).toBe(false);
      expect(addWorkingDays('2025-04-25', 1, old)).toBe('2025-04-28');
      expect(isWorkingDay('2025-04-26', [])).toBe(false);
    });

    it('gives the same answers as before the swaps for every day outside them', () => {
      const swapDays = new Set(VN.filter((h) => calendarDayKind(h) === 'working_day').map((h) => h.date));
      for (let day = '2020-01-01'; compareIsoDates(day, '2031-12-31') <= 0; day = addDays(day, 1))
        if (!swapDays.has(day))
          expect([day, isWorkingDay(day, VN)]).toEqual([day, isWorkingDay(day, DAYS_OFF_ONLY)]);
    });
  });

  describe('calendarEntryProblem', () => {
    it('refuses a swapped working day on a weekday, and nothing else', () => {
      expect(calendarEntryProblem({ date: '2025-04-25', kind: 'working_day' })).toMatch(/Saturday or Sunday/);
      expect(calendarEntryProblem({ date: '2025-04-26', kind: 'working_day' })).toBeNull();
      expect(calendarEntryProblem({ date: '2025-04-27', kind: 'working_day' })).toBeNull();
      expect(calendarEntryProblem({ date: '2025-05-02', kind: 'day_off' })).toBeNull();
      expect(calendarEntryProblem({ date: '2025-02-01', kind: 'day_off' })).toBeNull();
    });

    it('finds nothing wrong with the seeded calendar', () => {
      for (const h of VN)
        expect([h.date, calendarEntryProblem({ date: h.date, kind: calendarDayKind(h) })]).toEqual([
          h.date,
          null,
        ]);
    });
  });
});
