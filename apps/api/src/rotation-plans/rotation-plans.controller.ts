import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthenticatedUser, RotationPlan } from '@personnel/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { RotationPlanRequestDto } from './rotation-plan.dto';
import { RotationPlansService } from './rotation-plans.service';

@ApiTags('rotation-plans')
@ApiBearerAuth()
@Controller('api/v1/rotation-plans')
export class RotationPlansController {
  constructor(private readonly plans: RotationPlansService) {}

  @Post()
  @HttpCode(200)
  @Roles('hr_officer', 'leader')
  @ApiOperation({
    summary:
      'Dry run: the fewest rotations that make every commune head non-local and no head serve over two ' +
      'terms in one place, each move explained by the rules it passes; what cannot be met, with why',
  })
  @ApiOkResponse({ description: 'The plan (RotationPlan); nothing is started' })
  @ApiBadRequestResponse({ description: 'A field is invalid (named in details)' })
  @ApiForbiddenResponse({ description: 'Needs hr_officer or leader; or a unit outside your scope' })
  plan(@Body() body: RotationPlanRequestDto, @CurrentUser() user: AuthenticatedUser): Promise<RotationPlan> {
    return this.plans.plan(user, body);
  }
}
