import { Body, Controller, Get, Param, Post, Put, Query, UseInterceptors } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthenticatedUser, StandingBodyView } from '@personnel/contracts';
import { CurrentUser, Roles } from '../../auth/auth.decorators';
import { RegistryAuth } from '../common/registry-auth';
import { RegistryErrorsInterceptor } from '../common/registry-errors.interceptor';
import {
  CreateStandingBodyDto,
  ListStandingBodiesQueryDto,
  StandingBodyDto,
  UpdateStandingBodyDto,
} from './standing-bodies.dto';
import { StandingBodiesService } from './standing-bodies.service';

const ID = { name: 'id', description: 'Standing body uuid or code', example: 'DH-BTV' };
const HR_OF_UNIT = "Needs the role hr_officer (or admin) and the body's unit in your unit scope";

/** The registry's standing bodies: named groups a start form picks as one conference body. */
@ApiTags('standing-bodies')
@Controller('api/v1/standing-bodies')
@RegistryAuth()
@UseInterceptors(RegistryErrorsInterceptor)
export class StandingBodiesController {
  constructor(private readonly bodies: StandingBodiesService) {}

  @Get()
  @ApiOperation({ summary: 'The standing bodies of your unit scope, by unit then code' })
  @ApiOkResponse({ type: [StandingBodyDto] })
  list(
    @Query() query: ListStandingBodiesQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<StandingBodyView[]> {
    return this.bodies.list(query, user);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A standing body with its members, by uuid or code' })
  @ApiParam(ID)
  @ApiOkResponse({ type: StandingBodyDto })
  @ApiNotFoundResponse({ description: 'No such body in your unit scope' })
  get(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<StandingBodyView> {
    return this.bodies.get(id, user);
  }

  @Post()
  @Roles('hr_officer')
  @ApiOperation({ summary: 'Create a standing body of a unit' })
  @ApiCreatedResponse({ type: StandingBodyDto })
  @ApiBadRequestResponse({ description: 'A field is invalid (named in details), e.g. members[2].userId' })
  @ApiForbiddenResponse({ description: HR_OF_UNIT })
  @ApiConflictResponse({ description: 'The code is taken' })
  create(
    @Body() body: CreateStandingBodyDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<StandingBodyView> {
    return this.bodies.create(body, user);
  }

  @Put(':id')
  @Roles('hr_officer')
  @ApiOperation({ summary: 'Replace name, kind, members and active; needs the version you read' })
  @ApiParam(ID)
  @ApiOkResponse({ type: StandingBodyDto })
  @ApiBadRequestResponse({ description: 'A field is invalid (named in details)' })
  @ApiForbiddenResponse({ description: HR_OF_UNIT })
  @ApiConflictResponse({ description: 'Stale version: reload and apply your change again' })
  replace(
    @Param('id') id: string,
    @Body() body: UpdateStandingBodyDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<StandingBodyView> {
    return this.bodies.replace(id, body, user);
  }
}
