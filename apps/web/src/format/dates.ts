/**
 * Dates as people in Vietnam write them: dd/mm/yyyy, and dd/mm/yyyy HH:mm for moments, in Vietnam's time
 * (UTC+7 all year: no daylight saving since 1975), whatever the browser's own zone and language.
 */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** 'YYYY-MM-DD' (a calendar date, no zone) or an ISO timestamp (its day in Vietnam) → 'dd/mm/yyyy'. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const calendar = CALENDAR_DATE.exec(value);
  if (calendar) return `${calendar[3]}/${calendar[2]}/${calendar[1]}`;
  const local = vietnamTime(value);
  if (!local) return value;
  return `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}

/** An ISO timestamp → 'dd/mm/yyyy HH:mm' in Vietnam. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const local = vietnamTime(value);
  if (!local) return value;
  return `${formatDate(value)} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/** A moment → 'HH:mm:ss' in Vietnam (for "updated at"). */
export function formatTime(value: Date): string {
  const local = new Date(value.getTime() + VIETNAM_OFFSET_MS);
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
}

/**
 * 'dd/mm/yyyy' (also d/m/yyyy, with '.' or '-') → 'YYYY-MM-DD', or undefined when it is no real date
 * (31/02/2026 is refused, not rolled over).
 */
export function parseDate(text: string): string | undefined {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function vietnamTime(iso: string): Date | undefined {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : new Date(time + VIETNAM_OFFSET_MS);
}
