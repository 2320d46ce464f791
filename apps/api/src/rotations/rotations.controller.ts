import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type {
  AuthenticatedUser,
  RotationList,
  RotationPage,
  RotationStatus,
  RotationView,
} from '@personnel/contracts';
import { Refusals } from '../appointments/appointment-routes';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import {
  EndEarlyDto,
  EndOfTermDto,
  EvaluateRotationDto,
  HandOverDto,
  ListRotationsDto,
  RotationCommentDto,
  RotationDecisionDto,
  RotationReasonDto,
  StartRotationDto,
} from './dto/rotation-requests.dto';
import { RotationCommandsService } from './rotation-commands.service';
import { RotationReadsService } from './rotation-reads.service';
import {
  CADRE_ID_PARAM,
  N_PARAM,
  ROTATION_TASK_ROLES,
  ROTATIONS_PATH,
  rotationIdOf,
} from './rotation-routes';
import { RotationStartService } from './rotation-start.service';

/**
 * The rotation procedure (luân chuyển). Commands carry the signed-in user as the actor, never the body;
 * each is an Update the workflow validates when it applies it. Sign-offs go through the task API.
 */
@ApiTags('rotations')
@ApiBearerAuth()
@Controller(ROTATIONS_PATH)
export class RotationsController {
  constructor(
    private readonly starts: RotationStartService,
    private readonly reads: RotationReadsService,
    private readonly commands: RotationCommandsService,
  ) {}

  @Post()
  @Roles('hr_officer')
  @ApiOperation({ summary: 'HR proposes a rotation: starts workflow rotation/<cadreId>/<n>' })
  @ApiCreatedResponse({ description: 'The rotation (RotationView)' })
  @ApiBadRequestResponse({ description: 'Each bad field named (registry, directory, separation of duties)' })
  @ApiForbiddenResponse({ description: 'Not HR, or a unit outside your scope' })
  start(@Body() body: StartRotationDto, @CurrentUser() user: AuthenticatedUser): Promise<RotationView> {
    return this.starts.start(body, user);
  }

  @Get()
  @ApiOperation({ summary: 'Rotations into units of your scope, newest activity first' })
  list(@Query() query: ListRotationsDto, @CurrentUser() user: AuthenticatedUser): Promise<RotationList> {
    return this.reads.list(query, user);
  }

  @Get(':cadreId/:n')
  @ApiOperation({ summary: 'A rotation: eligibility, steps, tasks, evaluations, timeline' })
  @ApiParam(CADRE_ID_PARAM)
  @ApiParam(N_PARAM)
  get(
    @Param('cadreId') cadreId: string,
    @Param('n') n: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RotationPage> {
    return this.reads.get(rotationIdOf(cadreId, n), user);
  }

  @Post(':cadreId/:n/exception')
  @Roles('leader')
  @HttpCode(200)
  @ApiOperation({ summary: 'A leader grants a reasoned exception to a failed rule' })
  @Refusals()
  exception(
    @Param('cadreId') c: string,
    @Param('n') n: string,
    @Body() body: RotationReasonDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RotationStatus> {
    return this.commands.grantException(rotationIdOf(c, n), body, user);
  }

  @Post(':cadreId/:n/resubmit')
  @Roles('hr_officer')
  @HttpCode(200)
  @ApiOperation({ summary: 'The proposer resubmits a rotation returned for revision' })
  @Refusals()
  resubmit(
    @Param('cadreId') c: string,
    @Param('n') n: string,
    @Body() body: RotationCommentDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RotationStatus> {
    return this.commands.resubmit(rotationIdOf(c, n), body, user);
  }

  @Post(':cadreId/:n/withdraw')
  @Roles('hr_officer')
  @HttpCode(200)
  @ApiOperation({ summary: 'The proposer withdraws a rotation before its decision, with a reason' })
  @Refusals()
  withdraw(
    @Param('cadreId') c: string,
    @Param('n') n: string,
    @Body() body: RotationReasonDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RotationStatus> {
    return this.commands.withdraw(rotationIdOf(c, n), body, user);
  }

  @Post(':cadreId/:n/decision')
  @Roles(...ROTATION_TASK_ROLES)
  @HttpCode(200)
  @ApiOperation({
    summary: 'The signer decides: the registry is written (from-post ends, destination starts)',
  })
  @Refusals()
  decide(
    @Param('cadreId') c: string,
    @Param('n') n: string,
    @Body() body: RotationDecisionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RotationStatus> {
    return this.commands.decide(rotationIdOf(c, n), body, user);
  }

  @Post(':cadreId/:n/hand-over')
  @Roles(...ROTATION_TASK_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'The receiving unit confirms the hand-over' })
  @Refusals()
  handOver(
    @Param('cadreId') c: string,
    @Param('n') n: string,
    @Body() body: HandOverDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RotationStatus> {
    return this.commands.handOver(rotationIdOf(c, n), body, user);
  }

  @Post(':cadreId/:n/evaluations')
  @Roles(...ROTATION_TASK_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'The receiving unit evaluates a year of the rotation (rating, comment)' })
  @Refusals()
  evaluate(
    @Param('cadreId') c: string,
    @Param('n') n: string,
    @Body() body: EvaluateRotationDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RotationStatus> {
    return this.commands.evaluate(rotationIdOf(c, n), body, user);
  }

  @Post(':cadreId/:n/end-of-term')
  @Roles(...ROTATION_TASK_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'The end-of-term decision: return, reassign, keep or extend' })
  @Refusals()
  endOfTerm(
    @Param('cadreId') c: string,
    @Param('n') n: string,
    @Body() body: EndOfTermDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RotationStatus> {
    return this.commands.endOfTerm(rotationIdOf(c, n), body, user);
  }

  @Post(':cadreId/:n/early-end')
  @Roles('leader', 'approver')
  @HttpCode(200)
  @ApiOperation({ summary: 'The signer or a leader ends the rotation early, with a reason' })
  @Refusals()
  endEarly(
    @Param('cadreId') c: string,
    @Param('n') n: string,
    @Body() body: EndEarlyDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RotationStatus> {
    return this.commands.endEarly(rotationIdOf(c, n), body, user);
  }
}
