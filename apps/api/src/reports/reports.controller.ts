import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AppointmentReport, AuthenticatedUser } from '@personnel/contracts';
import { countWorkingDays } from '@personnel/domain';
import { AppointmentReports, type AppointmentReportFacts } from '@personnel/persistence';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { UnitScope } from '../procedures/unit-scope';
import { DatabaseProvider } from '../infrastructure/database.provider';

/** Nearest-rank percentile of sorted values (p in 0..100). */
export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** The report from its facts: proposal → decision counted in working days (weekends and holidays off). */
export function toReport(facts: AppointmentReportFacts): AppointmentReport {
  const { decisionSpans, holidays, ...figures } = facts;
  const days = decisionSpans
    .map((s) => countWorkingDays(s.proposedOn, s.decidedOn, holidays))
    .sort((a, b) => a - b);
  return {
    ...figures,
    timeToDecisionDays: { count: days.length, p50: percentile(days, 50), p90: percentile(days, 90) },
  };
}

@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/v1/reports')
export class ReportsController {
  constructor(
    private readonly database: DatabaseProvider,
    private readonly scope: UnitScope,
  ) {}

  @Get('appointments')
  @Roles('leader', 'org_office')
  @ApiOperation({
    summary:
      "The leaders' dashboard for your unit scope: appointments by state and unit, standards met, non-local commune heads, time to decision (working days), open and overdue tasks",
  })
  @ApiOkResponse({ description: 'AppointmentReport' })
  @ApiForbiddenResponse({ description: 'Needs the role leader or org_office (or admin)' })
  async appointments(@CurrentUser() user: AuthenticatedUser): Promise<AppointmentReport> {
    const facts = await new AppointmentReports(await this.database.connection()).facts(
      await this.scope.listCodes(user),
    );
    return toReport(facts);
  }
}
