import type { ApiClient } from './client';
import { withQuery } from './client';
import type { HeadStandardsReport, NonLocalHeadsReport, RotationReport } from './report-types';

const REPORTS = '/api/v1/reports';

export interface DateRange {
  from: string;
  to: string;
}

/** Which of the district's figures: also the name of its route under /api/v1/reports. */
export type FigureReport = 'rotations' | 'non-local-heads' | 'head-standards';

export interface FigureQuery extends Partial<DateRange> {
  asOf?: string;
}

/** The path of one report, JSON or (for a download) CSV. */
export function figureReportPath(report: FigureReport, query: FigureQuery, format?: 'csv'): string {
  return withQuery(`${REPORTS}/${report}`, { ...query, format });
}

/** The district's figures (rotations, non-local commune heads, heads meeting standards) and their CSV. */
export function reportEndpoints(api: ApiClient) {
  return {
    rotationReport: (range: DateRange, signal?: AbortSignal) =>
      api.get<RotationReport>(figureReportPath('rotations', range), undefined, signal),
    nonLocalHeadsReport: (asOf: string, signal?: AbortSignal) =>
      api.get<NonLocalHeadsReport>(figureReportPath('non-local-heads', { asOf }), undefined, signal),
    headStandardsReport: (asOf: string, range: DateRange, signal?: AbortSignal) =>
      api.get<HeadStandardsReport>(figureReportPath('head-standards', { asOf, ...range }), undefined, signal),
    figureCsv: (report: FigureReport, query: FigureQuery) =>
      api.getBlob(figureReportPath(report, query, 'csv')),
  };
}
