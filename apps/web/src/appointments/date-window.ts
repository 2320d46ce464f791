import { parseDate } from '../format/dates';

/** A dd/mm/yyyy window (both ends inclusive) as ISO dates, or which end is wrong. */
export function parseWindow(
  from: string,
  until: string,
): { from: string; until: string } | 'badFrom' | 'badUntil' | 'order' {
  const a = parseDate(from);
  if (!a) return 'badFrom';
  const b = parseDate(until);
  if (!b) return 'badUntil';
  return b < a ? 'order' : { from: a, until: b };
}
