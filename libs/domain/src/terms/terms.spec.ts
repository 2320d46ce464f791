import { VIETNAM_PUBLIC_HOLIDAYS as VN } from '../calendar/vietnam-holidays';
import { countWorkingDays, isWorkingDay } from '../calendar/working-days';
import {
  checkReappointmentNotice,
  checkRotationLength,
  reappointmentNoticeDeadline,
  termLastDay,
} from './terms';

describe('terms', () => {
  it.each([
    ['2021-03-01', '2026-02-28'],
    ['2021-03-15', '2026-03-14'],
    ['2024-02-29', '2029-02-27'],
  ])('a term effective %s runs through %s', (effective, last) => {
    expect(termLastDay(effective, 'ND138-2020')).toBe(last);
    expect(termLastDay(effective, 'QD377-2025')).toBe(last);
  });

  it('puts the NĐ 138 deadline 90 calendar days before the term ends', () => {
    expect(reappointmentNoticeDeadline('2026-02-28', 'ND138-2020', VN)).toBe('2025-11-30');
  });

  it('puts the QĐ 377 deadline 90 working days before the term ends, skipping Tết and weekends', () => {
    const deadline = reappointmentNoticeDeadline('2026-03-31', 'QD377-2025', VN);
    // Weekdays in (2025-11-17, 2026-03-31]: Nov 9 + Dec 23 + Jan 21 (less 1/1) + Feb 15 (less Tết) + Mar 22.
    expect(deadline).toBe('2025-11-17');
    expect(isWorkingDay(deadline, VN)).toBe(true);
    expect(countWorkingDays(deadline, '2026-03-31', VN)).toBe(90);
    expect(deadline < reappointmentNoticeDeadline('2026-03-31', 'ND138-2020', VN)).toBe(true);
  });

  it.each([
    ['ND138-2020', '2025-11-30', true],
    ['ND138-2020', '2025-12-01', false],
    ['QD377-2025', '2025-10-01', true],
    ['QD377-2025', '2025-11-30', false],
  ] as const)('under %s a reappointment started on %s is in time: %s', (basis, startedOn, passed) => {
    const check = checkReappointmentNotice(startedOn, '2026-02-28', basis, VN);
    expect(check).toMatchObject({ rule: 'reappointment_notice', passed, parameters: { amount: 90 } });
    expect(check.detail).toContain('2026-02-28');
  });

  it.each([
    ['2025-01-01', '2027-12-31', true, 36],
    ['2025-01-01', '2027-12-30', false, 35],
    ['2025-03-01', '2028-02-29', true, 36],
  ])('a rotation from %s through %s: passed %s (%i months)', (first, last, passed, months) => {
    expect(checkRotationLength(first, last, 'QD65-2022')).toMatchObject({
      rule: 'rotation_length',
      passed,
      citation: 'QĐ 65-QĐ/TW 2022',
      parameters: { minMonths: 36, months },
    });
  });
});
