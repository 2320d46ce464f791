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
import { PlanReadsService } from './plan-reads.service';
import { PlanStores } from './plan-stores';
import { PLANS_PATH, planIdOf, TERM_PARAM, UNIT_CODE_PARAM } from './plan-routes';

/**
 * A plan's conferences: odd steps are the key cadres' secret ballot, even ones the collective's vote
 * (each round convenes both, for the candidates added in it). The secretary's and the head's commands
 * go to the conference's own workflow through the kernel's conference commands.
 */
@ApiTags('plans')
@ApiBearerAuth()
@Controller(PLANS_PATH)
export class PlanConferencesController {
  constructor(
    private readonly reads: PlanReadsService,
    private readonly stores: PlanStores,
    private readonly commands: ConferenceCommands,
    private readonly workflows: ProcedureWorkflowsGateway,
  ) {}

  @Get(':unitCode/:term/conferences/:index')
  @ApiOperation({ summary: 'A conference of the plan: who sits, the candidates, its live status' })
  @ApiParam(UNIT_CODE_PARAM)
  @ApiParam(TERM_PARAM)
  @ApiParam(STEP_INDEX_PARAM)
  async conference(
    @Param('unitCode') unitCode: string,
    @Param('term') term: string,
    @Param('index') index: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ConferenceView> {
    const id = planIdOf(unitCode, term);
    const step = stepIndex(index);
    const plan = await this.reads.get(id, user);
    const conferenceId = conferenceWorkflowId(id, step);
    const candidates = await (await this.stores.plans()).conferenceCandidates(id, step);
    if (!candidates) throw new NotFoundException(`No conference ${step} of ${id} (yet)`);
    const task = plan.tasks.find((t) => t.kind === 'conference' && t.conferenceId === conferenceId);
    const keyCadre = step % 2 === 1;
    const body = keyCadre ? plan.parties.keyCadre : plan.parties.collective;
    const live = await this.workflows.conferenceStatus(conferenceId);
    return {
      id: conferenceId,
      appointmentId: id,
      stepIndex: step,
      attempt: 1,
      kind: keyCadre ? 'key_cadre_vote' : 'collective_vote',
      summonedIds: body.summonedIds,
      secretaryId: body.secretaryId,
      headId: body.headId,
      candidates,
      status: live ?? { stage: task?.status === 'open' ? 'convened' : 'closed', awaitingHead: [] },
    };
  }

  @Post(':unitCode/:term/conferences/:index/attendance')
  @Roles(...CONFERENCE_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'The secretary records who attends' })
  @Refusals()
  attendance(
    @Param('unitCode') unitCode: string,
    @Param('term') term: string,
    @Param('index') index: string,
    @Body() body: AttendanceDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ConferenceStatus> {
    return this.commands.attendance(planIdOf(unitCode, term), stepIndex(index), body, user);
  }

  @Post(':unitCode/:term/conferences/:index/tally')
  @Roles(...CONFERENCE_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'The secretary records the sealed tally' })
  @Refusals()
  tally(
    @Param('unitCode') unitCode: string,
    @Param('term') term: string,
    @Param('index') index: string,
    @Body() body: TallyDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ConferenceStatus> {
    return this.commands.tally(planIdOf(unitCode, term), stepIndex(index), body, user);
  }

  @Post(':unitCode/:term/conferences/:index/head-decision')
  @Roles(...CONFERENCE_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'The head decides an exact 50 % vote' })
  @Refusals()
  headDecision(
    @Param('unitCode') unitCode: string,
    @Param('term') term: string,
    @Param('index') index: string,
    @Body() body: HeadDecisionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ConferenceStatus> {
    return this.commands.headDecision(planIdOf(unitCode, term), stepIndex(index), body, user);
  }
}
