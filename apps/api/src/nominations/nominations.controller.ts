import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { type NominationDetail, type NominationView, type Page } from '@personnel/contracts';
import { DecideDto, DecisionResponseDto } from './dto/decide.dto';
import { ListNominationsDto } from './dto/list-nominations.dto';
import { StartNominationDto, StartNominationResponseDto } from './dto/start-nomination.dto';
import { NominationsService } from './nominations.service';

/**
 * A nomination id contains slashes. It is accepted URL-encoded as one segment (`nomination%2FCB-1%2FP%2F1`)
 * or spelled out as path segments (`nomination/CB-1/P/1`).
 */
@ApiTags('nominations')
@Controller('api/v1/nominations')
export class NominationsController {
  constructor(private readonly nominations: NominationsService) {}

  @Post()
  @ApiOperation({ summary: 'Propose a nomination: starts workflow nomination/<cadreId>/<postId>/<n>' })
  @ApiCreatedResponse({ type: StartNominationResponseDto })
  start(@Body() body: StartNominationDto): Promise<StartNominationResponseDto> {
    return this.nominations.start(body);
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
  @HttpCode(200)
  @ApiOperation({ summary: 'An approver decides (id spelled out as path segments)' })
  decideBySegments(
    @Param('cadreId') cadreId: string,
    @Param('postId') postId: string,
    @Param('n') n: string,
    @Body() body: DecideDto,
  ): Promise<DecisionResponseDto> {
    return this.nominations.decide(`nomination/${cadreId}/${postId}/${n}`, body);
  }

  @Post(':id/decisions')
  @HttpCode(200)
  @ApiOperation({ summary: 'An approver decides; refused synchronously (409) when it is not their turn' })
  @ApiOkResponse({ type: DecisionResponseDto })
  @ApiConflictResponse({
    description: 'Wrong approver, out of turn, already decided, or the nomination is finished',
  })
  decide(@Param('id') id: string, @Body() body: DecideDto): Promise<DecisionResponseDto> {
    return this.nominations.decide(id, body);
  }
}
