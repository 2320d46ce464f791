import { Body, Controller, Get, Param, Post, UseInterceptors } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type {
  AssignmentView,
  DisciplineView,
  EvaluationView,
  PlanningEntryView,
  TrainingCompletionView,
} from '@personnel/contracts';
import type { AuthenticatedUser } from '@personnel/contracts';
import { CurrentUser } from '../../auth/auth.decorators';
import { RegistryAuth, RegistryEditors } from '../common/registry-auth';
import { RegistryErrorsInterceptor } from '../common/registry-errors.interceptor';
import {
  CreateAssignmentDto,
  CreateDisciplineDto,
  CreateEvaluationDto,
  CreatePlanningEntryDto,
  CreateTrainingCompletionDto,
} from './cadre-records.dto';
import {
  AssignmentDto,
  DisciplineDto,
  EvaluationDto,
  PlanningEntryDto,
  TrainingCompletionDto,
} from './cadre-views.dto';
import { CADRE_ID } from './cadres.controller';
import { CadresService } from './cadres.service';

@ApiTags('cadre records')
@Controller('api/v1/cadres/:id')
@RegistryAuth()
@ApiParam(CADRE_ID)
@ApiNotFoundResponse({ description: 'No such cadre' })
@UseInterceptors(RegistryErrorsInterceptor)
export class CadreRecordsController {
  constructor(private readonly cadres: CadresService) {}

  @Get('assignments')
  @ApiOperation({ summary: 'Assignment history, newest first; the one without toDate is the current post' })
  @ApiOkResponse({ type: [AssignmentDto] })
  assignments(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string): Promise<AssignmentView[]> {
    return this.cadres.assignments(user, id);
  }

  @Post('assignments')
  @RegistryEditors()
  @ApiOperation({
    summary:
      'Record an appointment, rotation, transfer or reappointment. Without toDate it becomes the current post and the previous current assignment ends the day before, in one transaction.',
  })
  @ApiCreatedResponse({ type: AssignmentDto })
  @ApiBadRequestResponse({ description: 'A field is invalid, or the post does not exist' })
  @ApiConflictResponse({ description: 'Overlaps another assignment, or the cadre is not active' })
  addAssignment(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: CreateAssignmentDto,
  ): Promise<AssignmentView> {
    return this.cadres.addAssignment(user, id, body);
  }

  @Get('evaluations')
  @ApiOperation({ summary: 'Yearly evaluations, newest first' })
  @ApiOkResponse({ type: [EvaluationDto] })
  evaluations(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string): Promise<EvaluationView[]> {
    return this.cadres.evaluations(user, id);
  }

  @Post('evaluations')
  @RegistryEditors()
  @ApiOperation({ summary: 'Record the evaluation of a year (one per year)' })
  @ApiCreatedResponse({ type: EvaluationDto })
  @ApiConflictResponse({ description: 'The year is already evaluated' })
  addEvaluation(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: CreateEvaluationDto,
  ): Promise<EvaluationView> {
    return this.cadres.addEvaluation(user, id, body);
  }

  @Get('disciplines')
  @ApiOperation({ summary: 'Discipline decisions, newest first' })
  @ApiOkResponse({ type: [DisciplineDto] })
  disciplines(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string): Promise<DisciplineView[]> {
    return this.cadres.disciplines(user, id);
  }

  @Post('disciplines')
  @RegistryEditors()
  @ApiOperation({ summary: 'Record a discipline decision' })
  @ApiCreatedResponse({ type: DisciplineDto })
  addDiscipline(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: CreateDisciplineDto,
  ): Promise<DisciplineView> {
    return this.cadres.addDiscipline(user, id, body);
  }

  @Get('training-completions')
  @ApiOperation({ summary: 'Training courses completed, newest first' })
  @ApiOkResponse({ type: [TrainingCompletionDto] })
  trainingCompletions(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
  ): Promise<TrainingCompletionView[]> {
    return this.cadres.trainingCompletions(user, id);
  }

  @Post('training-completions')
  @RegistryEditors()
  @ApiOperation({ summary: 'Record a completed course (once per course)' })
  @ApiCreatedResponse({ type: TrainingCompletionDto })
  @ApiBadRequestResponse({ description: 'No such course (courseCode)' })
  @ApiConflictResponse({ description: 'The course is already recorded as completed' })
  addTrainingCompletion(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: CreateTrainingCompletionDto,
  ): Promise<TrainingCompletionView> {
    return this.cadres.addTrainingCompletion(user, id, body);
  }

  @Get('planning-entries')
  @ApiOperation({ summary: 'Planning entries (quy hoạch), newest term first' })
  @ApiOkResponse({ type: [PlanningEntryDto] })
  planningEntries(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
  ): Promise<PlanningEntryView[]> {
    return this.cadres.planningEntries(user, id);
  }

  @Post('planning-entries')
  @RegistryEditors()
  @ApiOperation({ summary: 'Put the cadre in the planning of a post for a term' })
  @ApiCreatedResponse({ type: PlanningEntryDto })
  @ApiBadRequestResponse({ description: 'No such post (postCode), or a bad term' })
  @ApiConflictResponse({ description: 'Already in the planning of that post for that term' })
  @ApiUnprocessableEntityResponse({
    description: 'Not eligible for the planning (code ineligible, the checks failed)',
  })
  addPlanningEntry(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: CreatePlanningEntryDto,
  ): Promise<PlanningEntryView> {
    return this.cadres.addPlanningEntry(user, id, body);
  }
}
