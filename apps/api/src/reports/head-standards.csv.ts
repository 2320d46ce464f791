import type { HeadStandardsEntry, HeadStandardsReport } from '@personnel/contracts';
import { csvDocument } from './report-csv';

/** `held`: in post on the report's day; `took_office`: checked on the first day of a decision in range. */
export type HeadStandardsOccasion = 'held' | 'took_office';

export const HEAD_STANDARDS_CSV_COLUMNS = [
  'occasion',
  'evaluatedOn',
  'unitCode',
  'unitName',
  'postCode',
  'postTitle',
  'cadreCode',
  'cadreName',
  'assignmentKind',
  'fromDate',
  'meetsStandards',
  'failedChecks',
] as const;

/** Both tables of the report in one sheet, told apart by the occasion column. */
export function headStandardsCsv(report: HeadStandardsReport): string {
  const row = (occasion: HeadStandardsOccasion, e: HeadStandardsEntry) => [
    occasion,
    e.evaluatedOn,
    e.unit.unitCode,
    e.unit.unitName,
    e.postCode,
    e.postTitle,
    e.cadreCode,
    e.cadreName,
    e.kind,
    e.fromDate,
    e.meetsStandards,
    e.failedChecks.join(' '),
  ];
  return csvDocument(HEAD_STANDARDS_CSV_COLUMNS, [
    ...report.holders.map((e) => row('held', e)),
    ...report.onDecisionDates.assignments.map((e) => row('took_office', e)),
  ]);
}
