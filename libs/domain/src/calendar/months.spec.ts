import { addMonths, ageOn, describeMonths, monthsBetween } from './months';

describe('month arithmetic (Civil Code Art. 148: clamp to the month end)', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'], // leap year
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 2, '2024-03-31'], // clamping does not stick
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2026-01-15', -13, '2024-12-15'],
  ])('addMonths(%s, %i) = %s', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });

  it('refuses a fractional number of months', () => {
    expect(() => addMonths('2025-01-01', 1.5)).toThrow(RangeError);
  });

  it.each([
    ['2024-01-31', '2024-02-29', 1],
    ['2025-01-31', '2025-02-27', 0],
    ['2025-01-31', '2025-02-28', 1],
    ['2023-05-01', '2028-05-01', 60],
    ['2023-05-02', '2028-05-01', 59],
    ['2023-04-30', '2028-05-01', 60],
    ['2025-06-15', '2025-06-15', 0],
    ['2025-06-15', '2025-06-14', 0], // truncated toward zero, and never -0
    ['2028-05-01', '2023-05-01', -60],
    ['2028-05-01', '2023-05-02', -59],
  ])('monthsBetween(%s, %s) = %i', (from, to, expected) => {
    expect(monthsBetween(from, to)).toBe(expected);
  });

  it.each([
    ['1980-06-15', '2025-06-14', 44],
    ['1980-06-15', '2025-06-15', 45],
    ['2000-02-29', '2025-02-27', 24],
    ['2000-02-29', '2025-02-28', 25], // born on a leap day: a year older on 28 Feb of a common year
    ['2000-02-29', '2024-02-28', 23],
    ['2000-02-29', '2024-02-29', 24],
  ])('born %s, on %s the age is %i', (birth, date, age) => {
    expect(ageOn(birth, date)).toBe(age);
  });

  it('has no age before birth', () => {
    expect(() => ageOn('2000-01-01', '1999-12-31')).toThrow(RangeError);
  });

  it.each([
    [0, '0 months'],
    [1, '1 month'],
    [12, '1 year'],
    [735, '61 years 3 months'],
    [-14, '-1 year 2 months'],
  ])('describes %i months as "%s"', (months, text) => {
    expect(describeMonths(months)).toBe(text);
  });
});
