import { Body, Controller, Delete, Get, Param, Patch, Post, Query, UseInterceptors } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { CursorPage } from '@personnel/contracts';
import type { AuthenticatedUser } from '@personnel/contracts';
import type { CadreDetail, CadreView } from '@personnel/contracts';
import { CurrentUser } from '../../auth/auth.decorators';
import { RegistryAuth, RegistryEditors } from '../common/registry-auth';
import { RegistryErrorsInterceptor } from '../common/registry-errors.interceptor';
import { CadreDetailDto, CadreDto, CadrePageDto } from './cadre-views.dto';
import { CreateCadreDto, DeactivateCadreQueryDto, ListCadresQueryDto, UpdateCadreDto } from './cadres.dto';
import { CadresService } from './cadres.service';

export const CADRE_ID = { name: 'id', description: 'Cadre uuid or code', example: 'CB-0001' };

/** Registered after CadreCsvController, so /cadres/export and /cadres/import are not taken for an id. */
@ApiTags('cadres')
@Controller('api/v1/cadres')
@RegistryAuth()
@UseInterceptors(RegistryErrorsInterceptor)
export class CadresController {
  constructor(private readonly cadres: CadresService) {}

  @Get()
  @ApiOperation({
    summary:
      'List and search cadres: q matches a code prefix or the name with or without diacritics; pages by offset or by key (after = nextCursor); total counted up to 1,000 (totalCapped)',
  })
  @ApiOkResponse({ type: CadrePageDto })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: ListCadresQueryDto,
  ): Promise<CursorPage<CadreView>> {
    return this.cadres.list(user, query);
  }

  @Get(':id')
  @ApiOperation({
    summary:
      'A cadre with the current post (derived from the open assignment) and every record: assignments, evaluations, discipline, training, planning',
  })
  @ApiParam(CADRE_ID)
  @ApiOkResponse({ type: CadreDetailDto })
  @ApiNotFoundResponse({ description: 'No such cadre' })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string): Promise<CadreDetail> {
    return this.cadres.detail(user, id);
  }

  @Post()
  @RegistryEditors()
  @ApiOperation({ summary: 'Create a cadre' })
  @ApiCreatedResponse({ type: CadreDto })
  @ApiBadRequestResponse({ description: 'A field is invalid (named in details)' })
  @ApiConflictResponse({ description: 'The code is taken' })
  create(@Body() body: CreateCadreDto): Promise<CadreView> {
    return this.cadres.create(body);
  }

  @Patch(':id')
  @RegistryEditors()
  @ApiOperation({ summary: 'Change a cadre (the code never changes); needs the version you read' })
  @ApiParam(CADRE_ID)
  @ApiOkResponse({ type: CadreDto })
  @ApiConflictResponse({ description: 'Stale version: reload and apply your change again' })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: UpdateCadreDto,
  ): Promise<CadreView> {
    return this.cadres.update(user, id, body);
  }

  @Delete(':id')
  @RegistryEditors()
  @ApiOperation({ summary: 'Deactivate a cadre (soft: status retired, left or deceased; default left)' })
  @ApiParam(CADRE_ID)
  @ApiOkResponse({ type: CadreDto })
  deactivate(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Query() query: DeactivateCadreQueryDto,
  ): Promise<CadreView> {
    return this.cadres.deactivate(user, id, query);
  }
}
