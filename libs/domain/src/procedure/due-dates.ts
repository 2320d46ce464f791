import type { AppointmentTiming, PublicHoliday } from '@personnel/contracts';
import { addWorkingDays } from '../calendar/working-days';

/**
 * Deadlines counted in working days (QĐ 727: policy approval 10, procedure 30). Days are civil days in
 * Vietnam (UTC+7): a task is due at 17:00 on its last working day and reminded at 08:00. With
 * `workingDayMs` set (tests), a working day is simply that many milliseconds and the calendar is ignored.
 */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DUE_HOUR = 17;
const REMIND_HOUR = 8;

export function vietnamDate(instant: string): string {
  return new Date(Date.parse(instant) + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

export function vietnamInstant(date: string, hour: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + hour * 3_600_000 - VIETNAM_OFFSET_MS).toISOString();
}

/** What deadlines need of a procedure's timing (any kind's: the appointment's is one). */
export type WorkingDayClock = Pick<AppointmentTiming, 'workingDayMs' | 'reminderWorkingDays'>;

export function dueAfterWorkingDays(
  from: string,
  workingDays: number,
  timing: Pick<WorkingDayClock, 'workingDayMs'>,
  holidays: readonly PublicHoliday[],
): string {
  if (timing.workingDayMs)
    return new Date(Date.parse(from) + workingDays * timing.workingDayMs).toISOString();
  return vietnamInstant(addWorkingDays(vietnamDate(from), workingDays, holidays), DUE_HOUR);
}

/** When to remind the assignee of a task due at `due`; null when no reminder is asked for. */
export function reminderBefore(
  due: string,
  timing: WorkingDayClock,
  holidays: readonly PublicHoliday[],
): string | null {
  if (timing.reminderWorkingDays <= 0) return null;
  if (timing.workingDayMs)
    return new Date(Date.parse(due) - timing.reminderWorkingDays * timing.workingDayMs).toISOString();
  return vietnamInstant(addWorkingDays(vietnamDate(due), -timing.reminderWorkingDays, holidays), REMIND_HOUR);
}
