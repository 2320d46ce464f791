import { daysInMonth, formatIsoDate, compareIsoDates, parseIsoDate } from './iso-date';

/**
 * Month arithmetic by the Civil Code 2015 convention (Art. 148): a period counted in months ends on the
 * corresponding day of the last month, or on that month's last day when it has no such day. So one month
 * after 31 Jan is 28 Feb (29 in a leap year), and someone born on 29 Feb turns a year older on 28 Feb in
 * a common year.
 */
export function addMonths(date: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`months must be an integer, got ${months}`);
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatIsoDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

/**
 * Whole months from `from` to `to`: the largest m with addMonths(from, m) <= to. Signed and truncated
 * toward zero, so a date before `from` gives -(whole months from `to` to `from`).
 */
export function monthsBetween(from: string, to: string): number {
  if (compareIsoDates(to, from) < 0) return 0 - monthsBetween(to, from); // 0 - m, not -m: never -0
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  const m = (b.year - a.year) * 12 + (b.month - a.month);
  return compareIsoDates(addMonths(from, m), to) > 0 ? m - 1 : m;
}

/** Age in whole years on `date` (a birthday on 29 Feb falls on 28 Feb in a common year, see addMonths). */
export function ageOn(birthDate: string, date: string): number {
  if (compareIsoDates(date, birthDate) < 0)
    throw new RangeError(`${date} is before the birth date ${birthDate}`);
  return Math.floor(monthsBetween(birthDate, date) / 12);
}

/** "7 years 3 months" for a detail sentence. */
export function describeMonths(totalMonths: number): string {
  const sign = totalMonths < 0 ? '-' : '';
  const abs = Math.abs(totalMonths);
  const years = Math.floor(abs / 12);
  const months = abs % 12;
  const parts = [];
  if (years > 0) parts.push(`${years} year${years === 1 ? '' : 's'}`);
  if (months > 0 || years === 0) parts.push(`${months} month${months === 1 ? '' : 's'}`);
  return sign + parts.join(' ');
}
