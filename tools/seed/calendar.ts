/**
 * Calendar arithmetic on whole days (days since 1970-01-01, UTC), so the generator never depends on the
 * machine's time zone and dates print as ISO calendar dates.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function day(iso: string): Day {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

export function isoDate(d: Day): string {
  return new Date(d * MS_PER_DAY).toISOString().slice(0, 10);
}

export function ymd(d: Day): { year: number; month: number; date: number } {
  const t = new Date(d * MS_PER_DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, date: t.getUTCDate() };
}

export function fromYmd(year: number, month: number, date: number): Day {
  return Math.round(Date.UTC(year, month - 1, date) / MS_PER_DAY);
}

/** Same day of the month `months` later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(d: Day, months: number): Day {
  const { year, month, date } = ymd(d);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const last = ymd(fromYmd(y, m + 1, 1) - 1).date;
  return fromYmd(y, m, Math.min(date, last));
}

export function addYears(d: Day, years: number): Day {
  return addMonths(d, years * 12);
}

/**
 * Whole months from `a` to `b`: the largest m with addMonths(a, m) <= b (the Civil Code convention of
 * libs/domain's monthsBetween, on day numbers); negative when b is earlier.
 */
export function monthsBetween(a: Day, b: Day): number {
  if (b < a) return 0 - monthsBetween(b, a);
  const x = ymd(a);
  const y = ymd(b);
  const m = (y.year - x.year) * 12 + (y.month - x.month);
  return addMonths(a, m) > b ? m - 1 : m;
}

/** Completed years of age on day `on`. */
export function ageOn(birth: Day, on: Day): number {
  return Math.floor(monthsBetween(birth, on) / 12);
}

export function firstOfMonth(d: Day): Day {
  const { year, month } = ymd(d);
  return fromYmd(year, month, 1);
}

/** Moves a Saturday or Sunday to the next Monday: decisions take effect on working days. */
export function weekday(d: Day): Day {
  const dow = new Date(d * MS_PER_DAY).getUTCDay();
  return dow === 6 ? d + 2 : dow === 0 ? d + 1 : d;
}
