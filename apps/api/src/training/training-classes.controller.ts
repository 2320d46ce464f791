import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type {
  AuthenticatedUser,
  TrainingClassList,
  TrainingClassPage,
  TrainingClassStatus,
  TrainingClassView,
} from '@personnel/contracts';
import { Refusals } from '../appointments/appointment-routes';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import {
  CancelTrainingClassDto,
  CompleteTrainingClassDto,
  EnrolTraineesDto,
  ListTrainingClassesDto,
  StartTrainingClassDto,
  TrainingAttendanceDto,
  WithdrawTraineeDto,
} from './dto/training-requests.dto';
import { TrainingCommandsService } from './training-commands.service';
import { TrainingReadsService } from './training-reads.service';
import {
  CLASS_CODE_PARAM,
  TRAINING_CLASSES_PATH,
  TRAINING_ORGANISER_ROLES,
  trainingClassIdOf,
} from './training-routes';
import { TrainingStartService } from './training-start.service';

/**
 * Training classes (lớp bồi dưỡng): a course run with dates and a place. HR opens one, enrols cadres
 * one by one or a whole unit, takes attendance and records the results; each command is an Update the
 * workflow validates, with the signed-in user as the actor.
 */
@ApiTags('training')
@ApiBearerAuth()
@Controller(TRAINING_CLASSES_PATH)
export class TrainingClassesController {
  constructor(
    private readonly starts: TrainingStartService,
    private readonly reads: TrainingReadsService,
    private readonly commands: TrainingCommandsService,
  ) {}

  @Post()
  @Roles(...TRAINING_ORGANISER_ROLES)
  @ApiOperation({ summary: 'HR opens a training class: starts workflow training/<classCode>' })
  @ApiCreatedResponse({ description: 'The class (TrainingClassView)' })
  @ApiBadRequestResponse({ description: 'Each bad field named (course, unit, dates)' })
  @ApiForbiddenResponse({ description: 'Not HR, or a unit outside your scope' })
  @ApiConflictResponse({ description: 'The class code is in use' })
  start(
    @Body() body: StartTrainingClassDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<TrainingClassView> {
    return this.starts.start(body, user);
  }

  @Get()
  @ApiOperation({
    summary: 'Classes of units in your scope, newest activity first (filter by course, state, stage)',
  })
  list(
    @Query() query: ListTrainingClassesDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<TrainingClassList> {
    return this.reads.list(query, user);
  }

  @Get(':classCode')
  @ApiOperation({ summary: 'A class: enrolments, attendance, results, journal' })
  @ApiParam(CLASS_CODE_PARAM)
  get(
    @Param('classCode') classCode: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<TrainingClassPage> {
    return this.reads.get(trainingClassIdOf(classCode), user);
  }

  @Post(':classCode/enrolments')
  @Roles(...TRAINING_ORGANISER_ROLES)
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Enrol one cadre ({cadreId}) or every cadre now assigned in a unit ({unitCode}); skips who is enrolled or completed the course',
  })
  @ApiParam(CLASS_CODE_PARAM)
  @ApiUnprocessableEntityResponse({ description: 'The cadre or unit does not exist (field named)' })
  @Refusals()
  enrol(
    @Param('classCode') classCode: string,
    @Body() body: EnrolTraineesDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<TrainingClassStatus> {
    return this.commands.enrol(trainingClassIdOf(classCode), body, user);
  }

  @Post(':classCode/withdrawals')
  @Roles(...TRAINING_ORGANISER_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw an enrolment (before the session closes)' })
  @ApiParam(CLASS_CODE_PARAM)
  @Refusals()
  withdraw(
    @Param('classCode') classCode: string,
    @Body() body: WithdrawTraineeDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<TrainingClassStatus> {
    return this.commands.withdraw(trainingClassIdOf(classCode), body, user);
  }

  @Post(':classCode/session/start')
  @Roles(...TRAINING_ORGANISER_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Open the session before its start date' })
  @ApiParam(CLASS_CODE_PARAM)
  @Refusals()
  startSession(
    @Param('classCode') classCode: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<TrainingClassStatus> {
    return this.commands.startSession(trainingClassIdOf(classCode), user);
  }

  @Post(':classCode/session/close')
  @Roles(...TRAINING_ORGANISER_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Close the session before its end date: attendance and results' })
  @ApiParam(CLASS_CODE_PARAM)
  @Refusals()
  closeSession(
    @Param('classCode') classCode: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<TrainingClassStatus> {
    return this.commands.closeSession(trainingClassIdOf(classCode), user);
  }

  @Post(':classCode/attendance')
  @Roles(...TRAINING_ORGANISER_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Record per cadre attended or absent (with a note); during or after the session' })
  @ApiParam(CLASS_CODE_PARAM)
  @Refusals()
  attendance(
    @Param('classCode') classCode: string,
    @Body() body: TrainingAttendanceDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<TrainingClassStatus> {
    return this.commands.attendance(trainingClassIdOf(classCode), body, user);
  }

  @Post(':classCode/completion')
  @Roles(...TRAINING_ORGANISER_ROLES)
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Complete the class: passed/failed per attendee, certificate number and document; writes the completions',
  })
  @ApiParam(CLASS_CODE_PARAM)
  @ApiUnprocessableEntityResponse({
    description: 'A certificate document that was never uploaded (field named)',
  })
  @Refusals()
  complete(
    @Param('classCode') classCode: string,
    @Body() body: CompleteTrainingClassDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<TrainingClassStatus> {
    return this.commands.complete(trainingClassIdOf(classCode), body, user);
  }

  @Post(':classCode/cancel')
  @Roles(...TRAINING_ORGANISER_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel the class, with a reason' })
  @ApiParam(CLASS_CODE_PARAM)
  @Refusals()
  cancel(
    @Param('classCode') classCode: string,
    @Body() body: CancelTrainingClassDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<TrainingClassStatus> {
    return this.commands.cancel(trainingClassIdOf(classCode), body, user);
  }
}
