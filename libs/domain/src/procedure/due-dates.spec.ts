import type { AppointmentTiming } from '@personnel/contracts';
import { vietnamPublicHolidays } from '../calendar/vietnam-holidays';
import { dueAfterWorkingDays, reminderBefore, vietnamDate, vietnamInstant } from './due-dates';

const timing = (overrides: Partial<AppointmentTiming> = {}): AppointmentTiming => ({
  taskWorkingDays: 10,
  procedureWorkingDays: 30,
  reminderWorkingDays: 2,
  conferenceDeadlineMs: 86_400_000,
  ...overrides,
});
const H2026 = vietnamPublicHolidays(2026);
const H2025_2026 = [...vietnamPublicHolidays(2025), ...H2026];

describe('Vietnam civil days', () => {
  it.each([
    ['2026-01-09T00:00:00.000Z', '2026-01-09', '07:00 in Vietnam'],
    ['2026-01-09T16:59:59.999Z', '2026-01-09', 'a moment before midnight in Vietnam'],
    ['2026-01-09T17:00:00.000Z', '2026-01-10', 'midnight in Vietnam: already the next day'],
    ['2026-01-08T23:30:00.000Z', '2026-01-09', 'late evening UTC'],
    ['2025-12-31T18:00:00.000Z', '2026-01-01', 'New Year in Vietnam, still the old year in UTC'],
  ])('%s is %s (%s)', (instant, date) => {
    expect(vietnamDate(instant)).toBe(date);
  });

  it('reads instants with an offset', () => {
    expect(vietnamDate('2026-01-09T23:30:00+07:00')).toBe('2026-01-09');
  });

  it('puts 17:00 and 08:00 in Vietnam at 10:00Z and 01:00Z', () => {
    expect(vietnamInstant('2026-01-23', 17)).toBe('2026-01-23T10:00:00.000Z');
    expect(vietnamInstant('2026-01-23', 8)).toBe('2026-01-23T01:00:00.000Z');
    expect(vietnamInstant('2026-01-23', 0)).toBe('2026-01-22T17:00:00.000Z');
  });
});

describe('due after working days', () => {
  it('a task proposed on a Friday is due 10 working days later, the second Friday, at 17:00 in Vietnam', () => {
    expect(dueAfterWorkingDays('2026-01-09T02:00:00.000Z', 10, timing(), H2026)).toBe(
      '2026-01-23T10:00:00.000Z',
    );
  });

  it('does not count the day of the proposal, however early', () => {
    expect(dueAfterWorkingDays('2026-01-08T17:00:00.000Z', 1, timing(), H2026)).toBe(
      '2026-01-12T10:00:00.000Z',
    );
  });

  it('skips the Tết 2026 break (Sat 14 to Sun 22 February)', () => {
    // Fri 6 Feb: 9-13 Feb are 5 working days, then 23-27 Feb.
    expect(dueAfterWorkingDays('2026-02-06T03:00:00.000Z', 10, timing(), H2026)).toBe(
      '2026-02-27T10:00:00.000Z',
    );
    expect(dueAfterWorkingDays('2026-02-13T03:00:00.000Z', 1, timing(), H2026)).toBe(
      '2026-02-23T10:00:00.000Z',
    );
  });

  it('ignoring the holidays would make a Tết proposal due during the break', () => {
    expect(dueAfterWorkingDays('2026-02-13T03:00:00.000Z', 1, timing(), [])).toBe('2026-02-16T10:00:00.000Z');
  });

  it('skips the Hùng Kings compensatory day, 30/4 and 1/5 of 2026', () => {
    // Fri 24 Apr: Mon 27 Apr (Hùng Kings fell on Sunday), Thu 30 Apr and Fri 1 May are off.
    const holidays = H2026.map((h) => h.date);
    expect(holidays).toEqual(expect.arrayContaining(['2026-04-27', '2026-04-30', '2026-05-01']));
    expect(dueAfterWorkingDays('2026-04-24T02:00:00.000Z', 10, timing(), H2026)).toBe(
      '2026-05-13T10:00:00.000Z',
    );
  });

  it('needs both years of holidays across New Year', () => {
    // Fri 26 Dec 2025: 29-31 Dec, (1 Jan off), 2 Jan, 5-9 Jan, 12 Jan.
    expect(dueAfterWorkingDays('2025-12-26T02:00:00.000Z', 10, timing(), H2025_2026)).toBe(
      '2026-01-12T10:00:00.000Z',
    );
  });

  it('counts the Saturday worked in exchange for Fri 2 May 2025, and not the Friday', () => {
    // Thu 24 Apr: 25, Sat 26 (worked), 28, 29, (30/4, 1/5, Fri 2/5 off), 5-9 May, Mon 12 May.
    expect(dueAfterWorkingDays('2025-04-24T02:00:00.000Z', 10, timing(), H2025_2026)).toBe(
      '2025-05-12T10:00:00.000Z',
    );
    const withoutTheSaturday = H2025_2026.filter((h) => h.kind !== 'working_day');
    expect(dueAfterWorkingDays('2025-04-24T02:00:00.000Z', 10, timing(), withoutTheSaturday)).toBe(
      '2025-05-13T10:00:00.000Z',
    );
  });

  it('counts from the Vietnamese day of a proposal made late evening UTC', () => {
    // Thu 8 Jan 20:00Z is Fri 9 Jan 03:00 in Vietnam: counting starts after the Friday, not the Thursday.
    expect(dueAfterWorkingDays('2026-01-08T20:00:00.000Z', 10, timing(), H2026)).toBe(
      '2026-01-23T10:00:00.000Z',
    );
    expect(dueAfterWorkingDays('2026-01-08T16:59:59.000Z', 10, timing(), H2026)).toBe(
      '2026-01-22T10:00:00.000Z',
    );
  });

  it('a proposal on a weekend or holiday is due counting from the next working day', () => {
    expect(dueAfterWorkingDays('2026-01-10T04:00:00.000Z', 1, timing(), H2026)).toBe(
      '2026-01-12T10:00:00.000Z',
    );
    expect(dueAfterWorkingDays('2026-02-17T04:00:00.000Z', 1, timing(), H2026)).toBe(
      '2026-02-23T10:00:00.000Z',
    );
  });

  it('a proposal after office hours still counts from the next working day', () => {
    // Proposed Fri 9 Jan at 18:00 in Vietnam (11:00Z): due Mon 12 Jan at 17:00.
    expect(dueAfterWorkingDays('2026-01-09T11:00:00.000Z', 1, timing(), H2026)).toBe(
      '2026-01-12T10:00:00.000Z',
    );
  });

  it('in test mode a working day is workingDayMs and the calendar is ignored', () => {
    const t = timing({ workingDayMs: 60_000 });
    expect(dueAfterWorkingDays('2026-02-13T03:00:00.000Z', 10, t, H2026)).toBe('2026-02-13T03:10:00.000Z');
    expect(dueAfterWorkingDays('2026-01-10T00:00:00.000Z', 1, t, H2026)).toBe('2026-01-10T00:01:00.000Z');
  });
});

describe('reminder before the due time', () => {
  it('reminds N working days before the due day at 08:00 in Vietnam', () => {
    expect(reminderBefore('2026-01-23T10:00:00.000Z', timing({ reminderWorkingDays: 2 }), H2026)).toBe(
      '2026-01-21T01:00:00.000Z',
    );
    expect(reminderBefore('2026-01-23T10:00:00.000Z', timing({ reminderWorkingDays: 1 }), H2026)).toBe(
      '2026-01-22T01:00:00.000Z',
    );
  });

  it('reminds on the Friday before a task due on a Monday', () => {
    expect(reminderBefore('2026-01-12T10:00:00.000Z', timing({ reminderWorkingDays: 1 }), H2026)).toBe(
      '2026-01-09T01:00:00.000Z',
    );
  });

  it('reminds on the worked Saturday before a task due on the Monday after it', () => {
    const h2025 = vietnamPublicHolidays(2025);
    expect(reminderBefore('2025-04-28T10:00:00.000Z', timing({ reminderWorkingDays: 1 }), h2025)).toBe(
      '2025-04-26T01:00:00.000Z',
    );
    // Due Mon 5 May: Fri 2 May was given off, so the reminder one working day before is Tue 29 April.
    expect(reminderBefore('2025-05-05T10:00:00.000Z', timing({ reminderWorkingDays: 1 }), h2025)).toBe(
      '2025-04-29T01:00:00.000Z',
    );
  });

  it('counts back over Tết', () => {
    // Due Tue 24 Feb: Mon 23 Feb is one working day before, Fri 13 Feb the second.
    expect(reminderBefore('2026-02-24T10:00:00.000Z', timing({ reminderWorkingDays: 2 }), H2026)).toBe(
      '2026-02-13T01:00:00.000Z',
    );
  });

  it('a reminder for a due time from dueAfterWorkingDays falls on a working day before it', () => {
    const due = dueAfterWorkingDays('2026-02-06T03:00:00.000Z', 10, timing(), H2026);
    const remind = reminderBefore(due, timing({ reminderWorkingDays: 3 }), H2026);
    expect(remind).toBe('2026-02-24T01:00:00.000Z');
    expect(Date.parse(remind as string)).toBeLessThan(Date.parse(due));
  });

  it('is null when no reminder is asked for, in both modes', () => {
    expect(reminderBefore('2026-01-23T10:00:00.000Z', timing({ reminderWorkingDays: 0 }), H2026)).toBeNull();
    expect(
      reminderBefore(
        '2026-01-23T10:00:00.000Z',
        timing({ reminderWorkingDays: 0, workingDayMs: 1000 }),
        H2026,
      ),
    ).toBeNull();
  });

  it('in test mode reminds reminderWorkingDays × workingDayMs before the due time', () => {
    const t = timing({ reminderWorkingDays: 2, workingDayMs: 60_000 });
    expect(reminderBefore('2026-02-17T10:00:00.000Z', t, H2026)).toBe('2026-02-17T09:58:00.000Z');
  });
});
