import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  type AuthenticatedUser,
  type NominationDetail,
  type NominationStatus,
  type NominationView,
  type Page,
  type Role,
} from '@personnel/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { DecideDto, DecisionResponseDto, WithdrawDto } from './dto/decide.dto';
import { ListNominationsDto } from './dto/list-nominations.dto';
import { StartNominationDto, StartNominationResponseDto } from './dto/start-nomination.dto';
import { NominationsService } from './nominations.service';

/** Who may sign off; whether it is their turn is the workflow's call (409 otherwise). */
const DECIDING_ROLES: Role[] = ['approver', 'leader', 'org_office'];

/**
 * A nomination id contains slashes. It is accepted URL-encoded as one segment (`nomination%2FCB-1%2FP%2F1`)
 * or spelled out as path segments (`nomination/CB-1/P/1`).
 */
@ApiTags('nominations')
@ApiBearerAuth()
@Controller('api/v1/nominations')
export class NominationsController {
  constructor(private readonly nominations: NominationsService) {}

  @Post()
  @Roles('hr_officer')
  @ApiOperation({ summary: 'Propose a nomination: starts workflow nomination/<cadreId>/<postId>/<n>' })
  @ApiCreatedResponse({ type: StartNominationResponseDto })
  start(
    @Body() body: StartNominationDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<StartNominationResponseDto> {
    return this.nominations.start(body, user);
  }

  @Get()
  @ApiOperation({ summary: 'List nominations, newest activity first' })
  list(@Query() query: ListNominationsDto): Promise<Page<NominationView>> {
    return this.nominations.list(query);
  }

  @Get('nomination/:cadreId/:postId/:n')
  @ApiOperation({ summary: 'A nomination with its timeline (id spelled out as path segments)' })
  getBySegments(
    @Param('cadreId') cadreId: string,
    @Param('postId') postId: string,
    @Param('n') n: string,
  ): Promise<NominationDetail> {
    return this.nominations.get(`nomination/${cadreId}/${postId}/${n}`);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A nomination with its ordered timeline, from Postgres' })
  get(@Param('id') id: string): Promise<NominationDetail> {
    return this.nominations.get(id);
  }

  @Post('nomination/:cadreId/:postId/:n/decisions')
  @Roles(...DECIDING_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'An approver decides (id spelled out as path segments)' })
  decideBySegments(
    @Param('cadreId') cadreId: string,
    @Param('postId') postId: string,
    @Param('n') n: string,
    @Body() body: DecideDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<DecisionResponseDto> {
    return this.nominations.decide(`nomination/${cadreId}/${postId}/${n}`, body, user);
  }

  @Post('nomination/:cadreId/:postId/:n/withdraw')
  @HttpCode(200)
  @Roles('hr_officer')
  @ApiOperation({ summary: 'The proposer withdraws the nomination (id spelled out as path segments)' })
  withdrawBySegments(
    @Param('cadreId') cadreId: string,
    @Param('postId') postId: string,
    @Param('n') n: string,
    @Body() body: WithdrawDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<NominationStatus> {
    return this.nominations.withdraw(`nomination/${cadreId}/${postId}/${n}`, body, user);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles('hr_officer')
  @ApiOperation({
    summary: 'The proposer withdraws the nomination, with a reason, while approvals are pending',
  })
  @ApiConflictResponse({ description: 'Not the proposer, or the nomination has already ended' })
  withdraw(
    @Param('id') id: string,
    @Body() body: WithdrawDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<NominationStatus> {
    return this.nominations.withdraw(id, body, user);
  }

  @Post(':id/decisions')
  @Roles(...DECIDING_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'An approver decides; refused synchronously (409) when it is not their turn' })
  @ApiOkResponse({ type: DecisionResponseDto })
  @ApiConflictResponse({
    description: 'Wrong approver, out of turn, already decided, or the nomination is finished',
  })
  decide(
    @Param('id') id: string,
    @Body() body: DecideDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<DecisionResponseDto> {
    return this.nominations.decide(id, body, user);
  }
}
