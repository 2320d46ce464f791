import { addDays } from '../calendar/iso-date';
import { addMonths } from '../calendar/months';

/**
 * The calendar of a rotation from its effective date (QĐ 65: at least 36 months, evaluated every year
 * by the receiving side). Year n's evaluation falls on the n-th anniversary; the last one on the day
 * after the last day, with the end-of-term decision.
 */
export function rotationLastDay(effectiveDate: string, months: number): string {
  return addDays(addMonths(effectiveDate, months), -1);
}

/** Number of yearly evaluations: one per started year (36 months → 3, 42 months → 4). */
export function evaluationCount(months: number): number {
  return Math.ceil(months / 12);
}

/** The day year n is evaluated: its anniversary, or the end of the rotation for a short last year. */
export function evaluationDay(effectiveDate: string, months: number, year: number): string {
  return addMonths(effectiveDate, Math.min(12 * year, months));
}
