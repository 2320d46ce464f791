import { addWorkingDays, countWorkingDays, isWorkingDay } from './working-days';
import { VIETNAM_PUBLIC_HOLIDAYS as VN } from './vietnam-holidays';

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
});
