import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type {
  AppointmentDetail,
  AppointmentStatus,
  AppointmentView,
  AuthenticatedUser,
  Page,
  StartedAppointmentView,
} from '@personnel/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { conditional } from '../http/etag';
import { AppointmentCommandsService } from './appointment-commands.service';
import { AppointmentReadsService } from './appointment-reads.service';
import { APPOINTMENTS_PATH, appointmentIdOf, N_PARAM, POST_ID_PARAM, Refusals } from './appointment-routes';
import { AppointmentStartService } from './appointment-start.service';
import {
  ChangeBodiesDto,
  IssueDecisionDto,
  ListAppointmentsDto,
  ReasonDto,
  ResubmitDto,
  SelfAssessmentDto,
  StartAppointmentDto,
} from './dto/appointment.dto';

/**
 * The appointment procedure (bổ nhiệm). Commands carry the signed-in user as the actor (never the body);
 * each is an Update the workflow validates at the moment it applies it. Reads and commands are limited
 * to the user's unit scope. The conferences of a procedure have their own controller under the same path.
 */
@ApiTags('appointments')
@ApiBearerAuth()
@Controller(APPOINTMENTS_PATH)
export class AppointmentsController {
  constructor(
    private readonly starts: AppointmentStartService,
    private readonly reads: AppointmentReadsService,
    private readonly commands: AppointmentCommandsService,
  ) {}

  @Post()
  @Roles('hr_officer')
  @ApiOperation({ summary: 'HR proposes: starts workflow appointment/<postId>/<n>' })
  @ApiCreatedResponse({
    description:
      'The appointment (AppointmentView) and `incumbent`: who holds the post now, whose assignment the decision ends',
  })
  @ApiBadRequestResponse({ description: 'Each bad field named (registry, directory, separation of duties)' })
  @ApiForbiddenResponse({ description: 'Not HR, or the post is outside your unit scope' })
  @ApiConflictResponse({
    description: 'code post_being_filled: another appointment or rotation is filling this head post',
  })
  start(
    @Body() body: StartAppointmentDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<StartedAppointmentView> {
    return this.starts.start(body, user);
  }

  @Get()
  @ApiOperation({ summary: 'Appointments in your unit scope, newest activity first' })
  list(
    @Query() query: ListAppointmentsDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Page<AppointmentView>> {
    return this.reads.list(query, user);
  }

  @Get(':postId/:n')
  @ApiOperation({ summary: 'An appointment: read model, timeline, tasks and the live status (ETag, 304)' })
  @ApiParam(POST_ID_PARAM)
  @ApiParam(N_PARAM)
  @ApiNotFoundResponse({ description: 'No such appointment in your unit scope' })
  async get(
    @Param('postId') postId: string,
    @Param('n') n: string,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AppointmentDetail | undefined> {
    return conditional(request, response, await this.reads.get(appointmentIdOf(postId, n), user));
  }

  @Post(':postId/:n/exception')
  @Roles('leader')
  @HttpCode(200)
  @ApiOperation({ summary: 'A leader grants an eligibility exception, with a reason' })
  @ApiParam(POST_ID_PARAM)
  @ApiParam(N_PARAM)
  @Refusals()
  grantException(
    @Param('postId') postId: string,
    @Param('n') n: string,
    @Body() body: ReasonDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AppointmentStatus> {
    return this.commands.grantException(appointmentIdOf(postId, n), body, user);
  }

  @Post(':postId/:n/resubmit')
  @Roles('hr_officer')
  @HttpCode(200)
  @ApiOperation({ summary: 'HR resubmits a returned dossier, with a comment and new documents' })
  @ApiParam(POST_ID_PARAM)
  @ApiParam(N_PARAM)
  @Refusals()
  resubmit(
    @Param('postId') postId: string,
    @Param('n') n: string,
    @Body() body: ResubmitDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AppointmentStatus> {
    return this.commands.resubmit(appointmentIdOf(postId, n), body, user);
  }

  // No @Roles: the holder of the post may hold any role (even viewer). The workflow decides: the holder,
  // an assignee of the self-assessment task (the proposer) or any hr_officer; anyone else gets 403.
  @Post(':postId/:n/self-assessment')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'The holder (or HR, or the proposer) submits the self-assessment once the reappointment notice has fired',
  })
  @ApiParam(POST_ID_PARAM)
  @ApiParam(N_PARAM)
  @ApiOkResponse({ description: 'The live status (AppointmentStatus)' })
  @ApiBadRequestResponse({ description: 'summary (trimmed, 20-4000 characters) or an unknown documentIds' })
  @Refusals()
  submitSelfAssessment(
    @Param('postId') postId: string,
    @Param('n') n: string,
    @Body() body: SelfAssessmentDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AppointmentStatus> {
    return this.commands.submitSelfAssessment(appointmentIdOf(postId, n), body, user);
  }

  @Post(':postId/:n/withdraw')
  @Roles('hr_officer')
  @HttpCode(200)
  @ApiOperation({ summary: 'HR withdraws the procedure, with a reason' })
  @ApiParam(POST_ID_PARAM)
  @ApiParam(N_PARAM)
  @Refusals()
  withdraw(
    @Param('postId') postId: string,
    @Param('n') n: string,
    @Body() body: ReasonDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AppointmentStatus> {
    return this.commands.withdraw(appointmentIdOf(postId, n), body, user);
  }

  @Post(':postId/:n/bodies')
  @Roles('hr_officer')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'HR changes who sits in the conferences not yet convened (a member left, a new term of office), with a reason',
  })
  @ApiParam(POST_ID_PARAM)
  @ApiParam(N_PARAM)
  @ApiOkResponse({ description: 'The live status (AppointmentStatus), its `bodies` as changed' })
  @ApiBadRequestResponse({
    description:
      'No body given (names collective), a blank or long reason, an unknown or inactive user, the proposer or a candidate in a body (each field named, e.g. collective.summonedIds[2])',
  })
  @Refusals()
  changeBodies(
    @Param('postId') postId: string,
    @Param('n') n: string,
    @Body() body: ChangeBodiesDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AppointmentStatus> {
    return this.commands.changeBodies(appointmentIdOf(postId, n), body, user);
  }

  @Post(':postId/:n/decision')
  @Roles('leader', 'approver')
  @HttpCode(200)
  @ApiOperation({ summary: 'The signer issues the decision (number, effective date); the term starts' })
  @ApiParam(POST_ID_PARAM)
  @ApiParam(N_PARAM)
  @Refusals()
  issueDecision(
    @Param('postId') postId: string,
    @Param('n') n: string,
    @Body() body: IssueDecisionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AppointmentStatus> {
    return this.commands.issueDecision(appointmentIdOf(postId, n), body, user);
  }
}
