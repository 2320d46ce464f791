import type { RotationReport } from '@personnel/contracts';
import { csvDocument } from './report-csv';

export const ROTATION_CSV_COLUMNS = [
  'year',
  'fromUnitCode',
  'fromUnitName',
  'toUnitCode',
  'toUnitName',
  'count',
] as const;

/** One row per year and move (sending → receiving unit): every other figure of the report sums from them. */
export function rotationReportCsv(report: RotationReport): string {
  return csvDocument(
    ROTATION_CSV_COLUMNS,
    report.movesByYear.map((m) => [
      m.year,
      m.from?.unitCode ?? null,
      m.from?.unitName ?? null,
      m.to.unitCode,
      m.to.unitName,
      m.count,
    ]),
  );
}
