import type { DataSource } from 'typeorm';
import type { PublicHoliday } from '@personnel/contracts';

/** Every calendar entry as a rule input: the day, its name and its kind (a day off or a worked weekend day). */
const CALENDAR_ENTRY = `SELECT to_char(date, 'YYYY-MM-DD') AS date, name, kind FROM public_holiday`;

/**
 * The working-day calendar from `fromDate` for `years` years, in date order: what a workflow counts
 * working days with. Every entry carries its kind; lists recorded before kinds existed had none, which
 * the domain reads as a day off.
 */
export async function holidaysAhead(
  dataSource: DataSource,
  input: { fromDate: string; years: number },
): Promise<PublicHoliday[]> {
  return dataSource.query(
    `${CALENDAR_ENTRY}
     WHERE date >= $1::date AND date < $1::date + make_interval(years => $2::int) ORDER BY date`,
    [input.fromDate, input.years],
  );
}

/** The working-day calendar between two days, both included, in date order. */
export async function holidaysBetween(
  dataSource: DataSource,
  from: string,
  to: string,
): Promise<PublicHoliday[]> {
  return dataSource.query(`${CALENDAR_ENTRY} WHERE date BETWEEN $1::date AND $2::date ORDER BY date`, [
    from,
    to,
  ]);
}
