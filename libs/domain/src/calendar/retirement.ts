import type { Gender } from '@personnel/contracts';
import { compareIsoDates, formatIsoDate, parseIsoDate } from './iso-date';
import { describeMonths, monthsBetween } from './months';

export const RETIREMENT_CITATION =
  'Bộ luật Lao động 2019 Art. 169; NĐ 135/2020/NĐ-CP Art. 4, Art. 6, Appendix I';

/**
 * Retirement age under normal working conditions (Labour Code 2019 Art. 169, Decree 135/2020 Art. 4):
 * the age belongs to the calendar year in which it is reached. Men: 60 years before 2021, 60y3m in 2021,
 * +3 months a year up to 62 (2028 on). Women: 55 years before 2021, 55y4m in 2021, +4 months a year up to
 * 60 (2035 on).
 */
const SCHEDULE: Record<Gender, { baseMonths: number; stepMonths: number; capMonths: number }> = {
  male: { baseMonths: 60 * 12, stepMonths: 3, capMonths: 62 * 12 },
  female: { baseMonths: 55 * 12, stepMonths: 4, capMonths: 60 * 12 },
};
const FIRST_YEAR_OF_INCREASE = 2021;

/** The retirement age, in months, for someone who reaches it in `year`. */
export function retirementAgeMonthsInYear(gender: Gender, year: number): number {
  const s = SCHEDULE[gender];
  if (year < FIRST_YEAR_OF_INCREASE) return s.baseMonths;
  return Math.min(s.baseMonths + s.stepMonths * (year - FIRST_YEAR_OF_INCREASE + 1), s.capMonths);
}

export interface RetirementFacts {
  /** Retirement age that applies to this birth date, in months (e.g. 735 = 61 years 3 months). */
  ageMonths: number;
  /** "61 years 3 months" */
  age: string;
  /** Month in which the age is reached, YYYY-MM. */
  reachedIn: string;
  /** First day in retirement: the first day of the month after the age is reached. */
  retirementDate: string;
}

/**
 * Decree 135 Appendix I, computed rather than copied: the age is that of the first year Y in which the
 * cadre reaches age(Y) during Y. A man born 10/1961 would reach 60y3m only in 01/2022, when the age is
 * already 60y6m, so he retires at 60y6m in 04/2022 - exactly the Appendix's rows. Only the birth month
 * matters: the Decree counts the age by months.
 *
 * Retirement date: Decree 135 Art. 6 puts the moment of retirement at the end of the last day of the
 * month in which the age is reached (pension from the first day of the next month). We return that next
 * day, the first day the cadre is no longer in service, so "months to retirement" counts service left.
 */
export function retirementFacts(gender: Gender, birthDate: string): RetirementFacts {
  const birth = parseIsoDate(birthDate);
  const birthMonthIndex = birth.year * 12 + (birth.month - 1);
  let year = Math.floor((birthMonthIndex + SCHEDULE[gender].baseMonths) / 12) - 1;
  // age(Y) grows by at most 4 months a year, so this ends within a few iterations.
  while (Math.floor((birthMonthIndex + retirementAgeMonthsInYear(gender, year)) / 12) > year) year++;
  const ageMonths = retirementAgeMonthsInYear(gender, year);
  const reachedIndex = birthMonthIndex + ageMonths;
  const next = reachedIndex + 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    ageMonths,
    age: describeMonths(ageMonths),
    reachedIn: `${Math.floor(reachedIndex / 12)}-${pad((reachedIndex % 12) + 1)}`,
    retirementDate: formatIsoDate({ year: Math.floor(next / 12), month: (next % 12) + 1, day: 1 }),
  };
}

export function retirementDate(gender: Gender, birthDate: string): string {
  return retirementFacts(gender, birthDate).retirementDate;
}

/**
 * Whole months of service left on `asOf` (monthsBetween(asOf, retirementDate)): 0 during the last
 * partial month, negative once retired.
 */
export function monthsToRetirement(gender: Gender, birthDate: string, asOf: string): number {
  return monthsBetween(asOf, retirementDate(gender, birthDate));
}

/** Retired from the retirement date on; in service through the day before. */
export function isRetiredOn(gender: Gender, birthDate: string, date: string): boolean {
  return compareIsoDates(date, retirementDate(gender, birthDate)) >= 0;
}
