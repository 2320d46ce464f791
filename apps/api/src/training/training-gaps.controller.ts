import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser, TrainingGaps } from '@personnel/contracts';
import { CurrentUser } from '../auth/auth.decorators';
import { TrainingReadsService } from './training-reads.service';

@ApiTags('training')
@ApiBearerAuth()
@Controller('api/v1/cadres/:id/training-gaps')
export class TrainingGapsController {
  constructor(private readonly reads: TrainingReadsService) {}

  @Get()
  @ApiOperation({
    summary:
      'Per post the cadre is planned for today, the post standards still missing (required courses first), with citations; posts of units in your scope',
  })
  @ApiParam({ name: 'id', description: 'Cadre code or id', example: 'CB-0001' })
  @ApiNotFoundResponse({ description: 'No such cadre' })
  gaps(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<TrainingGaps> {
    return this.reads.gaps(id, user);
  }
}
