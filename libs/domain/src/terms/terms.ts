import type { LegalBasis, PublicHoliday, RuleCheck } from '@personnel/contracts';
import { addDays, compareIsoDates } from '../calendar/iso-date';
import { addMonths, monthsBetween } from '../calendar/months';
import { addWorkingDays } from '../calendar/working-days';
import { ruleParameters } from '../legal-basis/table';
import { ruleCheck, sentence } from '../rules/rule';

/**
 * Term arithmetic for reappointment and rotation (later issues). Dates are inclusive civil days: a term
 * effective 2021-03-01 runs through 2026-02-28, and the next term starts on 2026-03-01.
 */
export function termLastDay(effectiveDate: string, basis: LegalBasis): string {
  return addDays(addMonths(effectiveDate, ruleParameters(basis).termYears.value * 12), -1);
}

/**
 * The latest day the reappointment procedure may start: 90 days before the term's last day under NĐ 138
 * and QĐ 80, 90 working days under QĐ 377 (counted back with addWorkingDays, so holidays matter).
 */
export function reappointmentNoticeDeadline(
  termLast: string,
  basis: LegalBasis,
  holidays: readonly PublicHoliday[],
): string {
  const notice = ruleParameters(basis).reappointmentNotice.value;
  return notice.unit === 'working_days'
    ? addWorkingDays(termLast, -notice.amount, holidays)
    : addDays(termLast, -notice.amount);
}

export function checkReappointmentNotice(
  startedOn: string,
  termLast: string,
  basis: LegalBasis,
  holidays: readonly PublicHoliday[],
): RuleCheck {
  const notice = ruleParameters(basis).reappointmentNotice;
  const deadline = reappointmentNoticeDeadline(termLast, basis, holidays);
  const passed = compareIsoDates(startedOn, deadline) <= 0;
  const unit = notice.value.unit === 'working_days' ? 'working days' : 'days';
  return ruleCheck(
    'reappointment_notice',
    passed,
    sentence(
      `reappointment_notice.${passed ? 'in_time' : 'late'}_${notice.value.unit}`,
      { termLast, amount: notice.value.amount, deadline, startedOn },
      `The term ends on ${termLast}; the reappointment procedure must start at least ${notice.value.amount} ` +
        `${unit} before, by ${deadline}; it started on ${startedOn}.`,
    ),
    notice,
    { amount: notice.value.amount, unit: notice.value.unit, deadline, startedOn, termLastDay: termLast },
  );
}

/** Rotation length: from its first day through its last day (inclusive), at least 36 months. */
export function checkRotationLength(firstDay: string, lastDay: string, basis: LegalBasis): RuleCheck {
  const min = ruleParameters(basis).rotationMinMonths;
  const months = monthsBetween(firstDay, addDays(lastDay, 1));
  return ruleCheck(
    'rotation_length',
    months >= min.value,
    sentence(
      months >= min.value ? 'rotation_length.span_enough' : 'rotation_length.span_short',
      { firstDay, lastDay, months, min: min.value },
      `The rotation runs from ${firstDay} through ${lastDay}, ${months} whole months; at least ${min.value} are required.`,
    ),
    min,
    { minMonths: min.value, months },
  );
}
