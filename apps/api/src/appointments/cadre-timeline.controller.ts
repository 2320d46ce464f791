import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser, CadreTimelineEntry, Page } from '@personnel/contracts';
import { CurrentUser } from '../auth/auth.decorators';
import { PageQueryDto } from '../registry/common/paging.dto';
import { CadreTimelineService } from './cadre-timeline.service';

@ApiTags('appointments')
@Controller('api/v1/cadres/:id/timeline')
export class CadreTimelineController {
  constructor(private readonly timeline: CadreTimelineService) {}

  @Get()
  @ApiOperation({
    summary:
      'The milestones of every procedure the cadre was a candidate in (proposal, eligibility, conferences, verdicts, decision, term), newest first, within your unit scope',
  })
  @ApiParam({ name: 'id', description: 'Cadre code or id', example: 'CB-0001' })
  @ApiNotFoundResponse({ description: 'No such cadre' })
  list(
    @Param('id') id: string,
    @Query() page: PageQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Page<CadreTimelineEntry>> {
    return this.timeline.list(id, { limit: page.limit, offset: page.offset }, user);
  }
}
