import { Body, Controller, Get, HttpCode, NotFoundException, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import {
  conferenceWorkflowId,
  type AuthenticatedUser,
  type ConferenceStatus,
  type ConferenceView,
  type ConfidenceVoteList,
  type ConfidenceVotePage,
  type ConfidenceVoteStatus,
  type ConfidenceVoteView,
} from '@personnel/contracts';
import type { UnitPostHolder } from '@personnel/persistence';
import { CONFERENCE_ROLES, Refusals } from '../appointments/appointment-routes';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { ConferenceCommands } from '../procedures/conference-commands';
import { AttendanceDto, TallyDto } from '../procedures/dto/conference-commands.dto';
import { ProcedureWorkflowsGateway } from '../procedures/procedure-workflows.gateway';
import { ConfidenceVoteCommandsService } from './confidence-vote-commands.service';
import { ConfidenceVoteReadsService } from './confidence-vote-reads.service';
import {
  CONFIDENCE_STARTER_ROLES,
  CONFIDENCE_VOTES_PATH,
  confidenceVoteIdOf,
  N_PARAM,
  UNIT_PARAM,
  YEAR_PARAM,
} from './confidence-vote-routes';
import { ConfidenceVoteStartService } from './confidence-vote-start.service';
import {
  ConfidenceReasonDto,
  ListConfidenceVotesDto,
  StartConfidenceVoteDto,
  UnitHoldersQueryDto,
} from './dto/confidence-vote.dto';

/** The conference of a confidence vote is its step 1 (a reconvened one is a new run of the same id). */
const STEP = 1;

/**
 * Confidence votes (lấy phiếu tín nhiệm, QĐ 96). Commands carry the signed-in user as the actor; the
 * key-cadre conference's commands go to its own workflow through the kernel's conference commands, and
 * each dismissal proposal is decided on the one task API (`POST /api/v1/tasks/{id}/{key}/decide`).
 */
@ApiTags('confidence-votes')
@ApiBearerAuth()
@Controller(CONFIDENCE_VOTES_PATH)
export class ConfidenceVotesController {
  constructor(
    private readonly starts: ConfidenceVoteStartService,
    private readonly reads: ConfidenceVoteReadsService,
    private readonly commands: ConfidenceVoteCommandsService,
    private readonly conferences: ConferenceCommands,
    private readonly workflows: ProcedureWorkflowsGateway,
  ) {}

  @Post()
  @Roles('hr_officer')
  @ApiOperation({ summary: 'HR starts a confidence vote: workflow confidence_vote/<unit>/<year>/<n>' })
  @ApiCreatedResponse({ description: 'The confidence vote (ConfidenceVoteView)' })
  @ApiBadRequestResponse({ description: 'Each bad field named (registry, directory, separation of duties)' })
  @ApiForbiddenResponse({ description: 'Not HR, or a unit outside your scope' })
  start(
    @Body() body: StartConfidenceVoteDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ConfidenceVoteView> {
    return this.starts.start(body, user);
  }

  @Get()
  @ApiOperation({ summary: 'Confidence votes of units in your scope, newest activity first' })
  list(
    @Query() query: ListConfidenceVotesDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ConfidenceVoteList> {
    return this.reads.list(query, user);
  }

  @Get('holders')
  @Roles(...CONFIDENCE_STARTER_ROLES)
  @ApiOperation({ summary: 'The current post holders of a unit, with names: who a vote may ask about' })
  holders(
    @Query() query: UnitHoldersQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<UnitPostHolder[]> {
    return this.reads.holders(query.unitCode, user);
  }

  @Get(':unitCode/:year/:n')
  @ApiOperation({ summary: 'A confidence vote: holders, conference, results, dismissal tasks, journal' })
  @ApiParam(UNIT_PARAM)
  @ApiParam(YEAR_PARAM)
  @ApiParam(N_PARAM)
  get(
    @Param('unitCode') u: string,
    @Param('year') y: string,
    @Param('n') n: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ConfidenceVotePage> {
    return this.reads.get(confidenceVoteIdOf(u, y, n), user);
  }

  @Post(':unitCode/:year/:n/withdraw')
  @Roles('hr_officer')
  @HttpCode(200)
  @ApiOperation({ summary: 'The proposer withdraws the vote before the conference votes, with a reason' })
  @Refusals()
  withdraw(
    @Param('unitCode') u: string,
    @Param('year') y: string,
    @Param('n') n: string,
    @Body() body: ConfidenceReasonDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ConfidenceVoteStatus> {
    return this.commands.withdraw(confidenceVoteIdOf(u, y, n), body, user);
  }

  @Post(':unitCode/:year/:n/reconvene')
  @Roles(...CONFERENCE_ROLES)
  @HttpCode(200)
  @ApiOperation({
    summary: 'The proposer or the secretary convenes the conference again after it was not held',
  })
  @Refusals()
  reconvene(
    @Param('unitCode') u: string,
    @Param('year') y: string,
    @Param('n') n: string,
    @Body() body: ConfidenceReasonDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ConfidenceVoteStatus> {
    return this.commands.reconvene(confidenceVoteIdOf(u, y, n), body, user);
  }

  @Get(':unitCode/:year/:n/conference')
  @ApiOperation({ summary: 'The key-cadre conference: who sits, the holders, its live status' })
  async conference(
    @Param('unitCode') u: string,
    @Param('year') y: string,
    @Param('n') n: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ConferenceView> {
    const id = confidenceVoteIdOf(u, y, n);
    const vote = await this.reads.get(id, user);
    const conferenceId = conferenceWorkflowId(id, STEP);
    const task = [...vote.tasks].reverse().find((t) => t.kind === 'conference');
    if (!task) throw new NotFoundException(`No conference of ${id} (yet)`);
    const live = await this.workflows.conferenceStatus(conferenceId);
    return {
      id: conferenceId,
      appointmentId: id,
      stepIndex: STEP,
      attempt: vote.attempt,
      kind: 'key_cadre_conference',
      summonedIds: vote.keyCadres.summonedIds,
      secretaryId: vote.keyCadres.secretaryId,
      headId: vote.keyCadres.headId,
      candidates: vote.holders.map((h) => h.cadreId),
      status: live ?? { stage: task.status === 'open' ? 'convened' : 'closed', awaitingHead: [] },
    };
  }

  @Post(':unitCode/:year/:n/conference/attendance')
  @Roles(...CONFERENCE_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'The secretary records who attends (quorum ≥ 2/3 of those summoned)' })
  @Refusals()
  attendance(
    @Param('unitCode') u: string,
    @Param('year') y: string,
    @Param('n') n: string,
    @Body() body: AttendanceDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ConferenceStatus> {
    return this.conferences.attendance(confidenceVoteIdOf(u, y, n), STEP, body, user);
  }

  @Post(':unitCode/:year/:n/conference/tally')
  @Roles(...CONFERENCE_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'The secretary records the sealed three-level tally of each holder' })
  @Refusals()
  tally(
    @Param('unitCode') u: string,
    @Param('year') y: string,
    @Param('n') n: string,
    @Body() body: TallyDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ConferenceStatus> {
    return this.conferences.tally(confidenceVoteIdOf(u, y, n), STEP, body, user);
  }
}
