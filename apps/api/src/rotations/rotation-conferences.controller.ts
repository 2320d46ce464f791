import { Body, Controller, Get, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  conferenceWorkflowId,
  type AuthenticatedUser,
  type ConferenceStatus,
  type ConferenceView,
} from '@personnel/contracts';
import { CONFERENCE_ROLES, Refusals, STEP_INDEX_PARAM, stepIndex } from '../appointments/appointment-routes';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { ConferenceCommands } from '../procedures/conference-commands';
import { AttendanceDto, HeadDecisionDto, TallyDto } from '../procedures/dto/conference-commands.dto';
import { ProcedureWorkflowsGateway } from '../procedures/procedure-workflows.gateway';
import { RotationReadsService } from './rotation-reads.service';
import { CADRE_ID_PARAM, N_PARAM, ROTATIONS_PATH, rotationIdOf } from './rotation-routes';

/**
 * The rotation's consultation conference (step 1): who sits and how it stands, and the secretary's and
 * the head's commands, sent to the conference's own workflow through the kernel's conference commands.
 */
@ApiTags('rotations')
@ApiBearerAuth()
@Controller(ROTATIONS_PATH)
export class RotationConferencesController {
  constructor(
    private readonly reads: RotationReadsService,
    private readonly commands: ConferenceCommands,
    private readonly workflows: ProcedureWorkflowsGateway,
  ) {}

  @Get(':cadreId/:n/conferences/:index')
  @ApiOperation({ summary: 'The consultation conference: who sits, the cadre, its live status' })
  @ApiParam(CADRE_ID_PARAM)
  @ApiParam(N_PARAM)
  @ApiParam(STEP_INDEX_PARAM)
  async conference(
    @Param('cadreId') c: string,
    @Param('n') n: string,
    @Param('index') index: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ConferenceView> {
    const id = rotationIdOf(c, n);
    const step = stepIndex(index);
    const rotation = await this.reads.get(id, user);
    const task = rotation.tasks.find(
      (t) => t.kind === 'conference' && t.conferenceId === conferenceWorkflowId(id, step),
    );
    if (!task) throw new NotFoundException(`No conference ${step} of ${id} (yet)`);
    const conferenceId = conferenceWorkflowId(id, step);
    const live = await this.workflows.conferenceStatus(conferenceId);
    return {
      id: conferenceId,
      appointmentId: id,
      stepIndex: step,
      attempt: 1,
      kind: 'collective_votes',
      summonedIds: rotation.collective.summonedIds,
      secretaryId: rotation.collective.secretaryId,
      headId: rotation.collective.headId,
      candidates: [rotation.cadreId],
      status: live ?? { stage: task.status === 'open' ? 'convened' : 'closed', awaitingHead: [] },
    };
  }

  @Post(':cadreId/:n/conferences/:index/attendance')
  @Roles(...CONFERENCE_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'The secretary records who attends' })
  @Refusals()
  attendance(
    @Param('cadreId') c: string,
    @Param('n') n: string,
    @Param('index') index: string,
    @Body() body: AttendanceDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ConferenceStatus> {
    return this.commands.attendance(rotationIdOf(c, n), stepIndex(index), body, user);
  }

  @Post(':cadreId/:n/conferences/:index/tally')
  @Roles(...CONFERENCE_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'The secretary records the sealed tally' })
  @Refusals()
  tally(
    @Param('cadreId') c: string,
    @Param('n') n: string,
    @Param('index') index: string,
    @Body() body: TallyDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ConferenceStatus> {
    return this.commands.tally(rotationIdOf(c, n), stepIndex(index), body, user);
  }

  @Post(':cadreId/:n/conferences/:index/head-decision')
  @Roles(...CONFERENCE_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'The head decides an exact 50 % vote' })
  @Refusals()
  headDecision(
    @Param('cadreId') c: string,
    @Param('n') n: string,
    @Param('index') index: string,
    @Body() body: HeadDecisionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ConferenceStatus> {
    return this.commands.headDecision(rotationIdOf(c, n), stepIndex(index), body, user);
  }
}
