import { Injectable } from '@nestjs/common';
import type { Page } from '@personnel/contracts';
import type { UnitTreeNode, UnitView } from '@personnel/contracts';
import { changesOf } from '../common/paging.dto';
import { RegistryProvider } from '../common/registry.provider';
import type { CreateUnitDto, ListUnitsQueryDto, UnitTreeQueryDto, UpdateUnitDto } from './units.dto';

@Injectable()
export class UnitsService {
  constructor(private readonly registry: RegistryProvider) {}

  private async units() {
    return (await this.registry.get()).units;
  }

  async list(query: ListUnitsQueryDto): Promise<Page<UnitView>> {
    return (await this.units()).list(query);
  }

  async tree(query: UnitTreeQueryDto): Promise<UnitTreeNode[]> {
    return (await this.units()).tree(query);
  }

  async get(idOrCode: string): Promise<UnitView> {
    return (await this.units()).get(idOrCode);
  }

  async children(idOrCode: string): Promise<UnitView[]> {
    return (await this.units()).children(idOrCode);
  }

  async create(body: CreateUnitDto): Promise<UnitView> {
    return (await this.units()).create({ ...body, name: body.name.normalize('NFC').trim() });
  }

  async update(idOrCode: string, body: UpdateUnitDto): Promise<UnitView> {
    const changes = changesOf(body);
    if (changes.name !== undefined) changes.name = changes.name.normalize('NFC').trim();
    return (await this.units()).update(idOrCode, body.version, changes);
  }

  async deactivate(idOrCode: string): Promise<UnitView> {
    return (await this.units()).deactivate(idOrCode);
  }
}
