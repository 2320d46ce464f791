import { Injectable } from '@nestjs/common';
import {
  loadTrainingGapFacts,
  TrainingClassQueries,
  TrainingLookups,
  type TrainingGapFacts,
} from '@personnel/persistence';
import { DatabaseProvider } from '../infrastructure/database.provider';

/** The training classes' read model and the registry look-ups they need, on the API's pool. */
@Injectable()
export class TrainingStores {
  constructor(private readonly database: DatabaseProvider) {}

  async classes(): Promise<TrainingClassQueries> {
    return new TrainingClassQueries(await this.database.connection());
  }

  async lookups(): Promise<TrainingLookups> {
    return new TrainingLookups(await this.database.connection());
  }

  async gapFacts(cadreIdOrCode: string, asOf: string): Promise<TrainingGapFacts | undefined> {
    return loadTrainingGapFacts(await this.database.connection(), cadreIdOrCode, asOf);
  }
}
