import { Injectable } from '@nestjs/common';
import { ConfidenceVoteQueries } from '@personnel/persistence';
import { DatabaseProvider } from '../infrastructure/database.provider';

/** The confidence vote's read model, on the API's pool. */
@Injectable()
export class ConfidenceVoteStores {
  constructor(private readonly database: DatabaseProvider) {}

  async votes(): Promise<ConfidenceVoteQueries> {
    return new ConfidenceVoteQueries(await this.database.connection());
  }
}
