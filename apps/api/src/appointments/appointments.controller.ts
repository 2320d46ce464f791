import {
  applyDecorators,
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiGatewayTimeoutResponse,
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
  BulkApproveItemResult,
  ConferenceStatus,
  ConferenceView,
  Page,
  Role,
} from '@personnel/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { conditional } from '../http/etag';
import { badRequest } from '../http/validation.pipe';
import { AppointmentsService } from './appointments.service';
import {
  AttendanceDto,
  BulkApproveDto,
  DecideTaskDto,
  DelegateTaskDto,
  HeadDecisionDto,
  IssueDecisionDto,
  ListAppointmentsDto,
  ReasonDto,
  ResubmitDto,
  StartAppointmentDto,
  TallyDto,
} from './dto/appointment.dto';

/** Who takes tasks (sign-offs, the decision's task); whether it is theirs is the workflow's call. */
export const TASK_ROLES: Role[] = ['approver', 'leader', 'org_office'];
/** Who may sit in a conference as its secretary or head; the workflow checks it is them. */
export const CONFERENCE_ROLES: Role[] = ['hr_officer', 'org_office', 'approver', 'leader'];

const id = (postId: string, n: string) => `appointment/${postId}/${n}`;
const POST_ID = { name: 'postId', description: 'Post code', example: 'QA-CT-UBND' };
const N = { name: 'n', description: 'Procedure number for the post', example: '1' };
const TASK_KEY = { name: 'taskKey', example: 'r1-org-office' };

function stepIndex(raw: string): number {
  const index = Number(raw);
  if (!/^\d{1,3}$/.test(raw) || !Number.isInteger(index))
    throw badRequest([{ field: 'index', problem: 'must be a step index (0, 1, 2, …)' }]);
  return index;
}

const Refusals = () =>
  applyDecorators(
    ApiForbiddenResponse({
      description: 'Wrong role, not the assignee, or the nominee acting on their own case',
    }),
    ApiNotFoundResponse({ description: 'No such appointment in your unit scope, or no such task' }),
    ApiConflictResponse({
      description: 'Refused by the workflow now (code: finished, wrong_stage, task_closed, …)',
    }),
    ApiGatewayTimeoutResponse({ description: 'No worker confirmed within 20 s: check before sending again' }),
  );

/**
 * The appointment procedure (bổ nhiệm). Commands carry the signed-in user as the actor (never the body);
 * each is an Update the workflow validates at the moment it applies it. Reads and commands are limited
 * to the user's unit scope.
 */
@ApiTags('appointments')
@ApiBearerAuth()
@Controller('api/v1/appointments')
export class AppointmentsController {
  constructor(private readonly appointments: AppointmentsService) {}

  @Post()
  @Roles('hr_officer')
  @ApiOperation({ summary: 'HR proposes: starts workflow appointment/<postId>/<n>' })
  @ApiCreatedResponse({ description: 'The appointment (AppointmentView)' })
  @ApiBadRequestResponse({ description: 'Each bad field named (registry, directory, separation of duties)' })
  @ApiForbiddenResponse({ description: 'Not HR, or the post is outside your unit scope' })
  start(@Body() body: StartAppointmentDto, @CurrentUser() user: AuthenticatedUser): Promise<AppointmentView> {
    return this.appointments.start(body, user);
  }

  @Get()
  @ApiOperation({ summary: 'Appointments in your unit scope, newest activity first' })
  list(
    @Query() query: ListAppointmentsDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Page<AppointmentView>> {
    return this.appointments.list(query, user);
  }

  @Post('bulk-decide')
  @Roles(...TASK_ROLES)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Approve up to 50 tasks, each its own command; one refusal does not stop the others',
  })
  @ApiOkResponse({ description: 'One result per item, in order' })
  bulkDecide(
    @Body() body: BulkApproveDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<BulkApproveItemResult[]> {
    return this.appointments.bulkApprove(body, user);
  }

  @Get(':postId/:n')
  @ApiOperation({ summary: 'An appointment: read model, timeline, tasks and the live status (ETag, 304)' })
  @ApiParam(POST_ID)
  @ApiParam(N)
  @ApiNotFoundResponse({ description: 'No such appointment in your unit scope' })
  async get(
    @Param('postId') postId: string,
    @Param('n') n: string,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AppointmentDetail | undefined> {
    return conditional(request, response, await this.appointments.get(id(postId, n), user));
  }

  @Post(':postId/:n/exception')
  @Roles('leader')
  @HttpCode(200)
  @ApiOperation({ summary: 'A leader grants an eligibility exception, with a reason' })
  @ApiParam(POST_ID)
  @ApiParam(N)
  @Refusals()
  grantException(
    @Param('postId') postId: string,
    @Param('n') n: string,
    @Body() body: ReasonDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AppointmentStatus> {
    return this.appointments.grantException(id(postId, n), body, user);
  }

  @Post(':postId/:n/tasks/:taskKey/claim')
  @Roles(...TASK_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Claim a group task' })
  @ApiParam(POST_ID)
  @ApiParam(N)
  @ApiParam(TASK_KEY)
  @Refusals()
  claim(
    @Param('postId') postId: string,
    @Param('n') n: string,
    @Param('taskKey') taskKey: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AppointmentStatus> {
    return this.appointments.claim(id(postId, n), taskKey, user);
  }

  @Post(':postId/:n/tasks/:taskKey/unclaim')
  @Roles(...TASK_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Give a claimed task back to the group' })
  @ApiParam(POST_ID)
  @ApiParam(N)
  @ApiParam(TASK_KEY)
  @Refusals()
  unclaim(
    @Param('postId') postId: string,
    @Param('n') n: string,
    @Param('taskKey') taskKey: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AppointmentStatus> {
    return this.appointments.claim(id(postId, n), taskKey, user, true);
  }

  @Post(':postId/:n/tasks/:taskKey/delegate')
  @Roles(...TASK_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Name a stand-in for a task within a date window' })
  @ApiParam(POST_ID)
  @ApiParam(N)
  @ApiParam(TASK_KEY)
  @Refusals()
  delegate(
    @Param('postId') postId: string,
    @Param('n') n: string,
    @Param('taskKey') taskKey: string,
    @Body() body: DelegateTaskDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AppointmentStatus> {
    return this.appointments.delegate(id(postId, n), taskKey, body, user);
  }

  @Post(':postId/:n/tasks/:taskKey/decide')
  @Roles(...TASK_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve, reject or return a task (reject and return need a comment)' })
  @ApiParam(POST_ID)
  @ApiParam(N)
  @ApiParam(TASK_KEY)
  @Refusals()
  decide(
    @Param('postId') postId: string,
    @Param('n') n: string,
    @Param('taskKey') taskKey: string,
    @Body() body: DecideTaskDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AppointmentStatus> {
    return this.appointments.decide(id(postId, n), taskKey, body, user);
  }

  @Post(':postId/:n/resubmit')
  @Roles('hr_officer')
  @HttpCode(200)
  @ApiOperation({ summary: 'HR resubmits a returned dossier, with a comment and new documents' })
  @ApiParam(POST_ID)
  @ApiParam(N)
  @Refusals()
  resubmit(
    @Param('postId') postId: string,
    @Param('n') n: string,
    @Body() body: ResubmitDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AppointmentStatus> {
    return this.appointments.resubmit(id(postId, n), body, user);
  }

  @Post(':postId/:n/withdraw')
  @Roles('hr_officer')
  @HttpCode(200)
  @ApiOperation({ summary: 'HR withdraws the procedure, with a reason' })
  @ApiParam(POST_ID)
  @ApiParam(N)
  @Refusals()
  withdraw(
    @Param('postId') postId: string,
    @Param('n') n: string,
    @Body() body: ReasonDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AppointmentStatus> {
    return this.appointments.withdraw(id(postId, n), body, user);
  }

  @Post(':postId/:n/decision')
  @Roles('leader', 'approver')
  @HttpCode(200)
  @ApiOperation({ summary: 'The signer issues the decision (number, effective date); the term starts' })
  @ApiParam(POST_ID)
  @ApiParam(N)
  @Refusals()
  issueDecision(
    @Param('postId') postId: string,
    @Param('n') n: string,
    @Body() body: IssueDecisionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AppointmentStatus> {
    return this.appointments.issueDecision(id(postId, n), body, user);
  }

  @Get(':postId/:n/conferences/:index')
  @ApiOperation({ summary: 'A conference of the procedure: who sits, the candidates, its live status' })
  @ApiParam(POST_ID)
  @ApiParam(N)
  @ApiParam({ name: 'index', example: '1' })
  @ApiNotFoundResponse({ description: 'No such appointment in your scope, or the step has not started' })
  conference(
    @Param('postId') postId: string,
    @Param('n') n: string,
    @Param('index') index: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ConferenceView> {
    return this.appointments.conference(id(postId, n), stepIndex(index), user);
  }

  @Post(':postId/:n/conferences/:index/attendance')
  @Roles(...CONFERENCE_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'The secretary records who attended (quorum ≥ 2/3 of those summoned)' })
  @ApiParam(POST_ID)
  @ApiParam(N)
  @ApiParam({ name: 'index', example: '1' })
  @ApiConflictResponse({ description: 'Refused by the conference (not the secretary, wrong stage, …)' })
  attendance(
    @Param('postId') postId: string,
    @Param('n') n: string,
    @Param('index') index: string,
    @Body() body: AttendanceDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ConferenceStatus> {
    return this.appointments.attendance(id(postId, n), stepIndex(index), body, user);
  }

  @Post(':postId/:n/conferences/:index/tally')
  @Roles(...CONFERENCE_ROLES)
  @HttpCode(200)
  @ApiOperation({
    summary: 'The secretary enters the secret-ballot counts with the SHA-256 of the tally sheet',
  })
  @ApiParam(POST_ID)
  @ApiParam(N)
  @ApiParam({ name: 'index', example: '1' })
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
    return this.appointments.tally(id(postId, n), stepIndex(index), body, user);
  }

  @Post(':postId/:n/conferences/:index/head-decision')
  @Roles(...CONFERENCE_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'The head decides a candidate whose vote ended at exactly 50 %' })
  @ApiParam(POST_ID)
  @ApiParam(N)
  @ApiParam({ name: 'index', example: '1' })
  @ApiConflictResponse({ description: 'Refused by the conference (not the head, no tie, …)' })
  headDecision(
    @Param('postId') postId: string,
    @Param('n') n: string,
    @Param('index') index: string,
    @Body() body: HeadDecisionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ConferenceStatus> {
    return this.appointments.headDecision(id(postId, n), stepIndex(index), body, user);
  }
}
