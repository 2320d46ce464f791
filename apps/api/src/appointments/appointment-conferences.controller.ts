import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type {
  AppointmentStatus,
  AuthenticatedUser,
  ConferenceStatus,
  ConferenceView,
} from '@personnel/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import {
  APPOINTMENTS_PATH,
  appointmentIdOf,
  CONFERENCE_ROLES,
  N_PARAM,
  POST_ID_PARAM,
  Refusals,
  STEP_INDEX_PARAM,
  stepIndex,
} from './appointment-routes';
import { AppointmentCommandsService } from './appointment-commands.service';
import { ConferenceCommandsService } from './conference-commands.service';
import { AttendanceDto, HeadDecisionDto, ReconveneDto, TallyDto } from './dto/appointment.dto';

/**
 * These routes were first published by the appointments controller; their OpenAPI operation ids stay
 * the ones clients generated from it.
 */
const operationIdOf = (method: string) => `AppointmentsController_${method}`;

/**
 * The conferences of an appointment (collective, expanded, key cadre, home unit): the secretary records
 * attendance and the tally, the head breaks a tie. Each command goes to the conference's own workflow,
 * which checks the signed-in user is its secretary or head. Convening a step again after its conference
 * was not held is the procedure's call, so that command goes to the appointment's workflow.
 */
@ApiTags('appointments')
@ApiBearerAuth()
@Controller(APPOINTMENTS_PATH)
export class AppointmentConferencesController {
  constructor(
    private readonly conferences: ConferenceCommandsService,
    private readonly commands: AppointmentCommandsService,
  ) {}

  @Get(':postId/:n/conferences/:index')
  @ApiOperation({
    operationId: operationIdOf('conference'),
    summary: 'A conference of the procedure: who sits, the candidates, its live status',
  })
  @ApiParam(POST_ID_PARAM)
  @ApiParam(N_PARAM)
  @ApiParam(STEP_INDEX_PARAM)
  @ApiNotFoundResponse({ description: 'No such appointment in your scope, or the step has not started' })
  conference(
    @Param('postId') postId: string,
    @Param('n') n: string,
    @Param('index') index: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ConferenceView> {
    return this.conferences.conference(appointmentIdOf(postId, n), stepIndex(index), user);
  }

  @Post(':postId/:n/conferences/:index/attendance')
  @Roles(...CONFERENCE_ROLES)
  @HttpCode(200)
  @ApiOperation({
    operationId: operationIdOf('attendance'),
    summary: 'The secretary records who attended (quorum ≥ 2/3 of those summoned)',
  })
  @ApiParam(POST_ID_PARAM)
  @ApiParam(N_PARAM)
  @ApiParam(STEP_INDEX_PARAM)
  @ApiConflictResponse({ description: 'Refused by the conference (not the secretary, wrong stage, …)' })
  attendance(
    @Param('postId') postId: string,
    @Param('n') n: string,
    @Param('index') index: string,
    @Body() body: AttendanceDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ConferenceStatus> {
    return this.conferences.attendance(appointmentIdOf(postId, n), stepIndex(index), body, user);
  }

  @Post(':postId/:n/conferences/:index/tally')
  @Roles(...CONFERENCE_ROLES)
  @HttpCode(200)
  @ApiOperation({
    operationId: operationIdOf('tally'),
    summary: 'The secretary enters the secret-ballot counts with the SHA-256 of the tally sheet',
  })
  @ApiParam(POST_ID_PARAM)
  @ApiParam(N_PARAM)
  @ApiParam(STEP_INDEX_PARAM)
  @ApiConflictResponse({
    description: 'Refused by the conference (not the secretary, impossible numbers, …)',
  })
  tally(
    @Param('postId') postId: string,
    @Param('n') n: string,
    @Param('index') index: string,
    @Body() body: TallyDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ConferenceStatus> {
    return this.conferences.tally(appointmentIdOf(postId, n), stepIndex(index), body, user);
  }

  @Post(':postId/:n/conferences/:index/head-decision')
  @Roles(...CONFERENCE_ROLES)
  @HttpCode(200)
  @ApiOperation({
    operationId: operationIdOf('headDecision'),
    summary: 'The head decides a candidate whose vote ended at exactly 50 %',
  })
  @ApiParam(POST_ID_PARAM)
  @ApiParam(N_PARAM)
  @ApiParam(STEP_INDEX_PARAM)
  @ApiConflictResponse({ description: 'Refused by the conference (not the head, no tie, …)' })
  headDecision(
    @Param('postId') postId: string,
    @Param('n') n: string,
    @Param('index') index: string,
    @Body() body: HeadDecisionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ConferenceStatus> {
    return this.conferences.headDecision(appointmentIdOf(postId, n), stepIndex(index), body, user);
  }

  @Post(':postId/:n/conferences/:index/reconvene')
  @Roles(...CONFERENCE_ROLES)
  @HttpCode(200)
  @ApiOperation({
    summary:
      'HR or the conference’s secretary convenes the step again after its conference was not held (quorum not met, deadline passed), with a reason',
  })
  @ApiParam(POST_ID_PARAM)
  @ApiParam(N_PARAM)
  @ApiParam(STEP_INDEX_PARAM)
  @ApiBadRequestResponse({ description: 'A blank reason or one over 1000 characters, named `reason`' })
  @Refusals()
  reconvene(
    @Param('postId') postId: string,
    @Param('n') n: string,
    @Param('index') index: string,
    @Body() body: ReconveneDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AppointmentStatus> {
    return this.commands.reconvene(appointmentIdOf(postId, n), stepIndex(index), body, user);
  }
}
