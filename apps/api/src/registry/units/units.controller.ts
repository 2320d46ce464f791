import { Body, Controller, Get, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Page } from '@personnel/contracts';
import type { UnitTreeNode, UnitView } from '@personnel/contracts';
import { RegistryAuth } from '../common/registry-auth';
import { ChangeRoute, CreateRoute, DeactivateRoute, ListRoute, ReadRoute } from '../common/registry-routes';
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

  @ListRoute('List units (filter, search, pagination), ordered by code', UnitPageDto)
  list(@Query() query: ListUnitsQueryDto): Promise<Page<UnitView>> {
    return this.units.list(query);
  }

  @Get('tree')
  @ApiOperation({ summary: 'The unit tree (or the subtree under rootCode), children ordered by code' })
  @ApiOkResponse({ type: [UnitTreeNodeDto] })
  tree(@Query() query: UnitTreeQueryDto): Promise<UnitTreeNode[]> {
    return this.units.tree(query);
  }

  @ReadRoute(ID, 'A unit by uuid or code', UnitDto, 'No such unit')
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

  @CreateRoute('Create a unit', UnitDto, 'The code is taken')
  @ApiBadRequestResponse({
    description: 'A field is invalid or the parent does not exist (named in details)',
  })
  create(@Body() body: CreateUnitDto): Promise<UnitView> {
    return this.units.create(body);
  }

  @ChangeRoute(
    ID,
    'Change a unit (code and level never change); needs the version you read',
    UnitDto,
    'Stale version (reload), or deactivation while still in use',
  )
  update(@Param('id') id: string, @Body() body: UpdateUnitDto): Promise<UnitView> {
    return this.units.update(id, body);
  }

  @DeactivateRoute(
    ID,
    'Deactivate a unit (soft: active=false); refused while it has active sub-units or posts',
    UnitDto,
    'Still has active sub-units or posts',
  )
  deactivate(@Param('id') id: string): Promise<UnitView> {
    return this.units.deactivate(id);
  }
}
