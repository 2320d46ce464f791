import type { DateRange } from '@personnel/persistence';
import { badRequest } from '../http/validation.pipe';
import { todayInVietnam } from '../registry/common/today';

/**
 * The range a report covers when the caller names none: the last five full calendar years, the span
 * the district reports its figures over (on 1 December 2026: 2021-01-01 … 2025-12-31).
 */
export function defaultReportRange(today: string = todayInVietnam()): DateRange {
  const year = Number(today.slice(0, 4));
  return { from: `${year - 5}-01-01`, to: `${year - 1}-12-31` };
}

/** The requested range with the defaults filled in; 400 naming `from` when it lies after `to`. */
export function reportRange(query: { from?: string; to?: string }, today?: string): DateRange {
  const fallback = defaultReportRange(today);
  const range = { from: query.from ?? fallback.from, to: query.to ?? fallback.to };
  if (range.from > range.to)
    throw badRequest([
      {
        field: 'from',
        problem: `from (${range.from}) must not be after to (${range.to})`,
        code: 'after_end',
        params: { endField: 'to', end: range.to },
      },
    ]);
  return range;
}
