import { Injectable } from '@nestjs/common';
import { RotationBatches, RotationQueries } from '@personnel/persistence';
import { DatabaseProvider } from '../infrastructure/database.provider';

/** The rotation's read model and the batches, on the API's pool. */
@Injectable()
export class RotationStores {
  constructor(private readonly database: DatabaseProvider) {}

  async rotations(): Promise<RotationQueries> {
    return new RotationQueries(await this.database.connection());
  }

  async batches(): Promise<RotationBatches> {
    return new RotationBatches(await this.database.connection());
  }
}
