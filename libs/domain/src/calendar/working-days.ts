import type { CalendarDayKind, PublicHoliday } from '@personnel/contracts';
import { addDays, compareIsoDates, isoWeekday, parseIsoDate } from './iso-date';

/**
 * Working days of the state apparatus: Monday to Friday, minus the days off the calendar lists (public
 * holidays, the Tết break, compensatory days off), plus the weekend days it lists as working days: when
 * the Government swaps a working day (hoán đổi ngày làm việc), a weekday is given off to join a holiday to
 * a weekend and a Saturday is worked instead (ngày làm bù), e.g. Fri 2025-05-02 off, Sat 2025-04-26 worked.
 * The calendar is data (Tết follows the lunar calendar), passed in by the caller: the registry loads it
 * from Postgres, a workflow gets it as input.
 *
 * An entry without `kind` is a day off, so every list recorded before swaps existed means what it meant.
 * A date listed both ways is a day off: the swap never takes a holiday away.
 *
 * `workingDayTest` is the one place that decides whether a date is a working day; every count asks it.
 */

export type WorkingDayTest = (date: string) => boolean;

/** The kind of a calendar entry, `day_off` when it has none (lists recorded before swaps existed). */
export function calendarDayKind(entry: Pick<PublicHoliday, 'kind'>): CalendarDayKind {
  return entry.kind ?? 'day_off';
}

/** Saturday and Sunday, the weekly rest days of the state apparatus (its 40-hour week, QĐ 188/1999/QĐ-TTg). */
export function isWeeklyRestDay(date: string): boolean {
  return isoWeekday(date) >= 6;
}

/** "Is this date a working day" on one calendar, the sets built once for a whole count. */
export function workingDayTest(calendar: readonly PublicHoliday[]): WorkingDayTest {
  const off = new Set<string>();
  const worked = new Set<string>();
  for (const entry of calendar) (calendarDayKind(entry) === 'working_day' ? worked : off).add(entry.date);
  return (date) => !off.has(date) && (worked.has(date) || !isWeeklyRestDay(date));
}

/**
 * Why a calendar entry cannot be stored, or null: a swapped working day on a weekday would change
 * nothing (the weekday is worked anyway), so it is surely a mistaken date.
 */
export function calendarEntryProblem(entry: { date: string; kind: CalendarDayKind }): string | null {
  if (entry.kind === 'working_day' && !isWeeklyRestDay(entry.date))
    return `a swapped working day must be a Saturday or Sunday, and ${entry.date} is a weekday`;
  return null;
}

export function isWorkingDay(date: string, holidays: readonly PublicHoliday[]): boolean {
  parseIsoDate(date);
  return workingDayTest(holidays)(date);
}

/**
 * The n-th working day after `date` (n > 0) or before it (n < 0); `date` itself is never counted, so
 * addWorkingDays(Fri, 1) is the next Monday and a deadline "within 10 working days of the filing" is
 * addWorkingDays(filing, 10). n = 0 returns `date` unchanged, working day or not.
 */
export function addWorkingDays(date: string, n: number, holidays: readonly PublicHoliday[]): string {
  if (!Number.isInteger(n)) throw new RangeError(`working days must be an integer, got ${n}`);
  parseIsoDate(date);
  const isWorking = workingDayTest(holidays);
  const step = n < 0 ? -1 : 1;
  let day = date;
  for (let left = Math.abs(n); left > 0;) {
    day = addDays(day, step);
    if (isWorking(day)) left--;
  }
  return day;
}

/**
 * Working days in the half-open interval (from, to]: `from` excluded, `to` included, so that
 * countWorkingDays(d, addWorkingDays(d, n)) === n for n >= 0. Negative when `to` is before `from`
 * (then it is minus the count over (to, from]).
 */
export function countWorkingDays(from: string, to: string, holidays: readonly PublicHoliday[]): number {
  const order = compareIsoDates(to, from);
  if (order < 0) return 0 - countWorkingDays(to, from, holidays); // never -0
  const isWorking = workingDayTest(holidays);
  let count = 0;
  for (let day = addDays(from, 1); compareIsoDates(day, to) <= 0; day = addDays(day, 1)) {
    if (isWorking(day)) count++;
  }
  return count;
}
