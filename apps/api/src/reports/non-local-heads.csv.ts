import type { NonLocalHeadsReport } from '@personnel/contracts';
import { csvDocument } from './report-csv';

export const NON_LOCAL_HEADS_CSV_COLUMNS = [
  'asOf',
  'unitCode',
  'unitName',
  'postCode',
  'postTitle',
  'cadreCode',
  'cadreName',
  'hometownLocalityCode',
  'hometownName',
  'unitLocalityCode',
  'nonLocal',
] as const;

/** One row per post the non-local rule concerns, held on the day. */
export function nonLocalHeadsCsv(report: NonLocalHeadsReport): string {
  return csvDocument(
    NON_LOCAL_HEADS_CSV_COLUMNS,
    report.posts.map((p) => [
      report.asOf,
      p.unit.unitCode,
      p.unit.unitName,
      p.postCode,
      p.postTitle,
      p.cadreCode,
      p.cadreName,
      p.hometownLocalityCode,
      p.hometownName,
      p.unitLocalityCode,
      p.nonLocal,
    ]),
  );
}
