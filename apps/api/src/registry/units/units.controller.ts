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
import type { Page } from '@personnel/contracts';
import type { UnitTreeNode, UnitView } from '@personnel/contracts';
import { RegistryAuth, RegistryEditors } from '../common/registry-auth';
import { RegistryErrorsInterceptor } from '../common/registry-errors.interceptor';
import {
  CreateUnitDto,
  ListUnitsQueryDto,
  UnitDto,
  UnitPageDto,
  UnitTreeNodeDto,
  UnitTreeQueryDto,
  UpdateUnitDto,
} from './units.dto';
import { UnitsService } from './units.service';

const ID = { name: 'id', description: 'Unit uuid or code', example: 'DH-QA' };

@ApiTags('units')
@Controller('api/v1/units')
@RegistryAuth()
@UseInterceptors(RegistryErrorsInterceptor)
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get()
  @ApiOperation({ summary: 'List units (filter, search, pagination), ordered by code' })
  @ApiOkResponse({ type: UnitPageDto })
  list(@Query() query: ListUnitsQueryDto): Promise<Page<UnitView>> {
    return this.units.list(query);
  }

  @Get('tree')
  @ApiOperation({ summary: 'The unit tree (or the subtree under rootCode), children ordered by code' })
  @ApiOkResponse({ type: [UnitTreeNodeDto] })
  tree(@Query() query: UnitTreeQueryDto): Promise<UnitTreeNode[]> {
    return this.units.tree(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A unit by uuid or code' })
  @ApiParam(ID)
  @ApiOkResponse({ type: UnitDto })
  @ApiNotFoundResponse({ description: 'No such unit' })
  get(@Param('id') id: string): Promise<UnitView> {
    return this.units.get(id);
  }

  @Get(':id/children')
  @ApiOperation({ summary: 'The direct sub-units of a unit, ordered by code' })
  @ApiParam(ID)
  @ApiOkResponse({ type: [UnitDto] })
  children(@Param('id') id: string): Promise<UnitView[]> {
    return this.units.children(id);
  }

  @Post()
  @RegistryEditors()
  @ApiOperation({ summary: 'Create a unit' })
  @ApiCreatedResponse({ type: UnitDto })
  @ApiBadRequestResponse({
    description: 'A field is invalid or the parent does not exist (named in details)',
  })
  @ApiConflictResponse({ description: 'The code is taken' })
  create(@Body() body: CreateUnitDto): Promise<UnitView> {
    return this.units.create(body);
  }

  @Patch(':id')
  @RegistryEditors()
  @ApiOperation({ summary: 'Change a unit (code and level never change); needs the version you read' })
  @ApiParam(ID)
  @ApiOkResponse({ type: UnitDto })
  @ApiConflictResponse({ description: 'Stale version (reload), or deactivation while still in use' })
  update(@Param('id') id: string, @Body() body: UpdateUnitDto): Promise<UnitView> {
    return this.units.update(id, body);
  }

  @Delete(':id')
  @RegistryEditors()
  @ApiOperation({
    summary: 'Deactivate a unit (soft: active=false); refused while it has active sub-units or posts',
  })
  @ApiParam(ID)
  @ApiOkResponse({ type: UnitDto })
  @ApiConflictResponse({ description: 'Still has active sub-units or posts' })
  deactivate(@Param('id') id: string): Promise<UnitView> {
    return this.units.deactivate(id);
  }
}
