import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTime, parseDate } from './dates';

describe('dates as dd/mm/yyyy', () => {
  it('writes calendar dates without any time-zone shift', () => {
    expect(formatDate('1966-12-23')).toBe('23/12/1966');
    expect(formatDate('2026-01-01')).toBe('01/01/2026');
  });

  it('writes moments in Vietnam time (UTC+7), whatever the browser zone', () => {
    // 17:30 UTC on 31 Dec is already 1 Jan in Hà Nội.
    expect(formatDate('2025-12-31T17:30:00.000Z')).toBe('01/01/2026');
    expect(formatDateTime('2025-12-31T17:30:00.000Z')).toBe('01/01/2026 00:30');
    expect(formatDateTime('2026-11-26T12:28:37.144Z')).toBe('26/11/2026 19:28');
    expect(formatTime(new Date('2026-11-26T02:03:04Z'))).toBe('09:03:04');
  });

  it('shows nothing for nothing and the raw text for what is no date', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDateTime(undefined)).toBe('');
    expect(formatDateTime('soon')).toBe('soon');
  });

  it('reads dd/mm/yyyy (and d/m/yyyy, with . or -) back to an ISO date', () => {
    expect(parseDate('02/03/2026')).toBe('2026-03-02');
    expect(parseDate(' 2/3/2026 ')).toBe('2026-03-02');
    expect(parseDate('29.02.2024')).toBe('2024-02-29');
    expect(parseDate('31-12-2025')).toBe('2025-12-31');
  });

  it('refuses what is not a real day instead of rolling it over', () => {
    for (const text of ['31/02/2026', '29/02/2025', '00/01/2026', '12/13/2026', '2026-03-02', '1/1/26', ''])
      expect(parseDate(text)).toBeUndefined();
  });
});
