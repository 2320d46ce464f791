import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsCalendarDate } from '../registry/common/validators';

export const REPORT_FORMATS = ['json', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** `?format=csv` (or `Accept: text/csv`) turns any report into a spreadsheet. */
export class ReportFormatQueryDto {
  @ApiPropertyOptional({
    enum: REPORT_FORMATS,
    description: 'Default json; csv = UTF-8 with BOM, header row',
  })
  @IsOptional()
  @IsIn(REPORT_FORMATS as unknown as string[], {
    message: `$property must be one of: ${REPORT_FORMATS.join(', ')}`,
  })
  format?: ReportFormat;
}

export class DateRangeQueryDto extends ReportFormatQueryDto {
  @ApiPropertyOptional({
    example: '2021-01-01',
    description: 'First day (YYYY-MM-DD). Default: 1 January five years before this year',
  })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({
    example: '2025-12-31',
    description: 'Last day (YYYY-MM-DD). Default: 31 December of last year',
  })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class AsOfQueryDto extends ReportFormatQueryDto {
  @ApiPropertyOptional({
    example: '2026-01-01',
    description: 'The day (YYYY-MM-DD). Default: today in Vietnam',
  })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

export class HeadStandardsQueryDto extends DateRangeQueryDto {
  @ApiPropertyOptional({
    example: '2026-01-01',
    description: 'The day (YYYY-MM-DD). Default: today in Vietnam',
  })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}
