import { BadRequestException } from '@nestjs/common';
import { wantsCsv } from './report-csv';
import { defaultReportRange, reportRange } from './report-dates';

describe('the report request', () => {
  it.each([
    [undefined, undefined, false],
    [undefined, 'application/json', false],
    [undefined, 'text/csv', true],
    [undefined, 'application/json;q=0.5, text/csv', true],
    ['csv', 'application/json', true],
    ['json', 'text/csv', false],
  ] as const)('format %p with Accept %p → CSV %p', (format, accept, csv) => {
    expect(wantsCsv(format, accept)).toBe(csv);
  });

  it('covers the last five full years by default', () => {
    expect(defaultReportRange('2026-12-01')).toEqual({ from: '2021-01-01', to: '2025-12-31' });
    expect(reportRange({ to: '2024-06-30' }, '2026-12-01')).toEqual({ from: '2021-01-01', to: '2024-06-30' });
  });

  it('refuses a range that ends before it starts, naming from', () => {
    let error: unknown;
    try {
      reportRange({ from: '2025-01-01', to: '2024-12-31' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BadRequestException);
    expect((error as BadRequestException).getResponse()).toMatchObject({ details: [{ field: 'from' }] });
  });
});
