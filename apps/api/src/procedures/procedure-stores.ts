import { Injectable } from '@nestjs/common';
import { InboxQueries, ProcedureQueries } from '@personnel/persistence';
import { DatabaseProvider } from '../infrastructure/database.provider';

/** The kernel's read models on the API's pool: procedures of every kind and the task inbox. */
@Injectable()
export class ProcedureStores {
  constructor(private readonly database: DatabaseProvider) {}

  async procedures(): Promise<ProcedureQueries> {
    return new ProcedureQueries(await this.database.connection());
  }

  async inbox(): Promise<InboxQueries> {
    return new InboxQueries(await this.database.connection());
  }
}
