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
import type { AuthenticatedUser, PlanCandidateCheck, PlanList, PlanView } from '@personnel/contracts';
import { Refusals } from '../appointments/appointment-routes';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import {
  DecidePlanDto,
  ListPlansDto,
  PlanCandidateDto,
  RemovePlanCandidateDto,
  StartPlanDto,
  SubmitPlanDto,
  WithdrawPlanDto,
} from './dto/plan-requests.dto';
import { PlanCommandsService } from './plan-commands.service';
import { PlanReadsService } from './plan-reads.service';
import {
  PLAN_APPROVER_ROLES,
  PLAN_HR_ROLES,
  PLANS_PATH,
  planIdOf,
  TERM_PARAM,
  UNIT_CODE_PARAM,
} from './plan-routes';
import { PlanStartService } from './plan-start.service';

/**
 * The planning procedure (quy hoạch) of a unit for a term. Commands carry the signed-in user as the
 * actor; each is an Update the workflow validates, and each answers with the board after it.
 */
@ApiTags('plans')
@ApiBearerAuth()
@Controller(PLANS_PATH)
export class PlansController {
  constructor(
    private readonly starts: PlanStartService,
    private readonly reads: PlanReadsService,
    private readonly commands: PlanCommandsService,
  ) {}

  @Post()
  @Roles(...PLAN_HR_ROLES)
  @ApiOperation({ summary: 'HR opens the plan of a unit for a term: starts workflow plan/<unitCode>/<term>' })
  @ApiCreatedResponse({
    description: 'The planning board (PlanView), starting from the published plan of the term',
  })
  @ApiBadRequestResponse({
    description: 'Each bad field named (term, unit, directory, separation of duties)',
  })
  @ApiForbiddenResponse({ description: 'Not HR, or a unit outside your scope' })
  @ApiConflictResponse({ description: 'The plan of this unit and term was opened already' })
  start(@Body() body: StartPlanDto, @CurrentUser() user: AuthenticatedUser): Promise<PlanView> {
    return this.starts.start(body, user);
  }

  @Get()
  @ApiOperation({ summary: 'Plans of units in your scope, newest activity first' })
  list(@Query() query: ListPlansDto, @CurrentUser() user: AuthenticatedUser): Promise<PlanList> {
    return this.reads.list(query, user);
  }

  @Get(':unitCode/:term')
  @ApiOperation({ summary: 'The planning board: posts × candidates, limits, structure figures, tasks' })
  @ApiParam(UNIT_CODE_PARAM)
  @ApiParam(TERM_PARAM)
  get(
    @Param('unitCode') unitCode: string,
    @Param('term') term: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PlanView> {
    return this.reads.get(planIdOf(unitCode, term), user);
  }

  @Post(':unitCode/:term/candidates/check')
  @Roles(...PLAN_HR_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'The rules for one candidate of one post, each cited; nothing is changed' })
  check(
    @Param('unitCode') unitCode: string,
    @Param('term') term: string,
    @Body() body: PlanCandidateDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PlanCandidateCheck> {
    return this.commands.check(planIdOf(unitCode, term), body, user);
  }

  @Post(':unitCode/:term/candidates')
  @Roles(...PLAN_HR_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'HR adds a candidate to the pool of a post (every rule checked, cited)' })
  @ApiUnprocessableEntityResponse({
    description: 'A rule refuses (code ineligible): each failed rule named, cited',
  })
  @Refusals()
  add(
    @Param('unitCode') unitCode: string,
    @Param('term') term: string,
    @Body() body: PlanCandidateDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PlanView> {
    return this.commands.add(planIdOf(unitCode, term), body, user);
  }

  @Post(':unitCode/:term/candidates/remove')
  @Roles(...PLAN_HR_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'HR takes a candidate out of a pool, with a reason' })
  @Refusals()
  remove(
    @Param('unitCode') unitCode: string,
    @Param('term') term: string,
    @Body() body: RemovePlanCandidateDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PlanView> {
    return this.commands.remove(planIdOf(unitCode, term), body, user);
  }

  @Post(':unitCode/:term/submit')
  @Roles(...PLAN_HR_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'HR submits the pool (or the year’s review) to the votes and the approval' })
  @Refusals()
  submit(
    @Param('unitCode') unitCode: string,
    @Param('term') term: string,
    @Body() body: SubmitPlanDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PlanView> {
    return this.commands.submit(planIdOf(unitCode, term), body, user);
  }

  @Post(':unitCode/:term/decide')
  @Roles(...PLAN_APPROVER_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'The signer approves (publishes), returns or rejects the plan' })
  @Refusals()
  decide(
    @Param('unitCode') unitCode: string,
    @Param('term') term: string,
    @Body() body: DecidePlanDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PlanView> {
    return this.commands.decide(planIdOf(unitCode, term), body, user);
  }

  @Post(':unitCode/:term/withdraw')
  @Roles(...PLAN_HR_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'HR withdraws the plan before its first publication, with a reason' })
  @Refusals()
  withdraw(
    @Param('unitCode') unitCode: string,
    @Param('term') term: string,
    @Body() body: WithdrawPlanDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PlanView> {
    return this.commands.withdraw(planIdOf(unitCode, term), body, user);
  }
}
