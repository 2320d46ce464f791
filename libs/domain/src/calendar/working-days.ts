import type { PublicHoliday } from '@personnel/contracts';
import { addDays, compareIsoDates, isoWeekday, parseIsoDate } from './iso-date';

/**
 * Working days of the state apparatus: Monday to Friday, minus public holidays (and the compensatory
 * days off, which the holiday data lists as holidays). The holiday list is data (Tết follows the lunar
 * calendar), passed in by the caller: the registry loads it from Postgres, a workflow gets it as input.
 *
 * Not modelled: a Saturday declared a working day to swap with a bridge day (e.g. Sat 2025-02-08). The
 * PublicHoliday contract can only take days away, so such a Saturday still counts as a day off here.
 */

type HolidaySet = ReadonlySet<string>;

function holidaySet(holidays: readonly PublicHoliday[]): HolidaySet {
  return new Set(holidays.map((h) => h.date));
}

function isWorking(date: string, off: HolidaySet): boolean {
  return isoWeekday(date) <= 5 && !off.has(date);
}

export function isWorkingDay(date: string, holidays: readonly PublicHoliday[]): boolean {
  parseIsoDate(date);
  return isWorking(date, holidaySet(holidays));
}

/**
 * The n-th working day after `date` (n > 0) or before it (n < 0); `date` itself is never counted, so
 * addWorkingDays(Fri, 1) is the next Monday and a deadline "within 10 working days of the filing" is
 * addWorkingDays(filing, 10). n = 0 returns `date` unchanged, working day or not.
 */
export function addWorkingDays(date: string, n: number, holidays: readonly PublicHoliday[]): string {
  if (!Number.isInteger(n)) throw new RangeError(`working days must be an integer, got ${n}`);
  parseIsoDate(date);
  const off = holidaySet(holidays);
  const step = n < 0 ? -1 : 1;
  let day = date;
  for (let left = Math.abs(n); left > 0;) {
    day = addDays(day, step);
    if (isWorking(day, off)) left--;
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
  const off = holidaySet(holidays);
  let count = 0;
  for (let day = addDays(from, 1); compareIsoDates(day, to) <= 0; day = addDays(day, 1)) {
    if (isWorking(day, off)) count++;
  }
  return count;
}
