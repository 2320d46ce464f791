const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today (YYYY-MM-DD) in Vietnam, whatever the browser's zone: the API's default day too. */
export function todayInVietnam(now: Date = new Date()): string {
  return VIETNAM_DAY.format(now);
}

/** The period the district reports over, as the API defaults it: the last five full years. */
export function figurePeriod(today: string): { fromYear: number; toYear: number } {
  const year = Number(today.slice(0, 4));
  return { fromYear: year - 5, toYear: year - 1 };
}

/** Years offered in the period choice: the registry's history of the last fifteen years and this one. */
export function periodYears(today: string): number[] {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: 16 }, (_, i) => year - 15 + i);
}
