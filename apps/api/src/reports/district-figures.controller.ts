import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type {
  AuthenticatedUser,
  HeadStandardsReport,
  NonLocalHeadsReport,
  RotationReport,
} from '@personnel/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { UnitScope } from '../procedures/unit-scope';
import { todayInVietnam } from '../registry/common/today';
import { DistrictFiguresService } from './district-figures.service';
import { headStandardsCsv } from './head-standards.csv';
import { nonLocalHeadsCsv } from './non-local-heads.csv';
import { asCsvAttachment, wantsCsv } from './report-csv';
import { reportRange } from './report-dates';
import { AsOfQueryDto, DateRangeQueryDto, HeadStandardsQueryDto } from './report-query.dto';
import { rotationReportCsv } from './rotation-report.csv';

const CSV_NOTE = ' As CSV with `?format=csv` or `Accept: text/csv` (UTF-8 with BOM, a header row).';

/** The district's own published figures, reproduced from the registry; the same roles as the dashboard. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/v1/reports')
@Roles('leader', 'org_office')
@ApiForbiddenResponse({ description: 'Needs the role leader or org_office (or admin)' })
@ApiBadRequestResponse({ description: 'A malformed date, an unknown format, or from after to (named)' })
@ApiProduces('application/json', 'text/csv')
export class DistrictFiguresController {
  constructor(
    private readonly figures: DistrictFiguresService,
    private readonly scope: UnitScope,
  ) {}

  @Get('rotations')
  @ApiOperation({
    summary:
      'Rotations (luân chuyển) per year and unit, and who went where, in a date range, in your scope.' +
      CSV_NOTE,
  })
  @ApiOkResponse({ description: 'RotationReport (CSV: one row per year and move)' })
  async rotations(
    @Query() query: DateRangeQueryDto,
    @Headers('accept') accept: string | undefined,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RotationReport | string> {
    const range = reportRange(query);
    const report = await this.figures.rotations(range, await this.scope.listCodes(user));
    if (!wantsCsv(query.format, accept)) return report;
    asCsvAttachment(res, `rotations-${range.from}-${range.to}.csv`);
    return rotationReportCsv(report);
  }

  @Get('non-local-heads')
  @ApiOperation({
    summary:
      'Commune Party secretaries and People’s Committee chairmen on a day, and the share not from the commune.' +
      CSV_NOTE,
  })
  @ApiOkResponse({ description: 'NonLocalHeadsReport (CSV: one row per post)' })
  async nonLocalHeads(
    @Query() query: AsOfQueryDto,
    @Headers('accept') accept: string | undefined,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<NonLocalHeadsReport | string> {
    const asOf = query.asOf ?? todayInVietnam();
    const report = await this.figures.nonLocalHeads(asOf, await this.scope.listCodes(user));
    if (!wantsCsv(query.format, accept)) return report;
    asCsvAttachment(res, `non-local-heads-${asOf}.csv`);
    return nonLocalHeadsCsv(report);
  }

  @Get('head-standards')
  @ApiOperation({
    summary:
      'Heads meeting every standard of their post on a day, and on the first day of each head assignment in a range.' +
      CSV_NOTE,
  })
  @ApiOkResponse({ description: 'HeadStandardsReport (CSV: one row per holder and per assignment)' })
  async headStandards(
    @Query() query: HeadStandardsQueryDto,
    @Headers('accept') accept: string | undefined,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<HeadStandardsReport | string> {
    const asOf = query.asOf ?? todayInVietnam();
    const range = reportRange(query);
    const report = await this.figures.headStandards(asOf, range, await this.scope.listCodes(user));
    if (!wantsCsv(query.format, accept)) return report;
    asCsvAttachment(res, `head-standards-${asOf}.csv`);
    return headStandardsCsv(report);
  }
}
