import type { Response } from 'express';
import { csvLine } from '../registry/cadres/csv';
import type { ReportFormat } from './report-query.dto';

/** CSV when asked by `?format=csv` or by an Accept header naming text/csv (and no format=json). */
export function wantsCsv(format: ReportFormat | undefined, accept: string | undefined): boolean {
  if (format !== undefined) return format === 'csv';
  return (accept ?? '').split(',').some((type) => type.trim().toLowerCase().startsWith('text/csv'));
}

export type CsvCell = string | number | boolean | null;

/**
 * A whole CSV document: UTF-8 with a byte-order mark so Excel shows the Vietnamese names, one header row,
 * RFC 4180 quoting, CRLF. Empty cells for null.
 */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const cell = (value: CsvCell) => (value === null ? '' : String(value));
  return `\uFEFF${csvLine(header)}${rows.map((row) => csvLine(row.map(cell))).join('')}`;
}

/** Sets the CSV headers on the response; the handler then returns the document. */
export function asCsvAttachment(res: Response, filename: string): void {
  res.setHeader('content-type', 'text/csv; charset=utf-8');
  res.setHeader('content-disposition', `attachment; filename="${filename}"`);
}
