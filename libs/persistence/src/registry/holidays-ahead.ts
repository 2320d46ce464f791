import type { DataSource } from 'typeorm';
import type { PublicHoliday } from '@personnel/contracts';

/** The public holidays from `fromDate` for `years` years, in date order: what a workflow counts working days with. */
export async function holidaysAhead(
  dataSource: DataSource,
  input: { fromDate: string; years: number },
): Promise<PublicHoliday[]> {
  return dataSource.query(
    `SELECT to_char(date, 'YYYY-MM-DD') AS date, name FROM public_holiday
     WHERE date >= $1::date AND date < $1::date + make_interval(years => $2::int) ORDER BY date`,
    [input.fromDate, input.years],
  );
}
