import { Injectable } from '@nestjs/common';
import { PlanQueries, PlanRegistry } from '@personnel/persistence';
import { DatabaseProvider } from '../infrastructure/database.provider';

/** The plan's read model and the registry reads of its live checks, on the API's pool. */
@Injectable()
export class PlanStores {
  constructor(private readonly database: DatabaseProvider) {}

  async plans(): Promise<PlanQueries> {
    return new PlanQueries(await this.database.connection());
  }

  async registry(): Promise<PlanRegistry> {
    return new PlanRegistry(await this.database.connection());
  }
}
