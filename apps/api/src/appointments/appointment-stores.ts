import { Inject, Injectable } from '@nestjs/common';
import type { ApiConfig } from '@personnel/config';
import {
  AppointmentQueries,
  createDocumentStore,
  UserStore,
  type DocumentStore,
} from '@personnel/persistence';
import { DatabaseProvider } from '../infrastructure/database.provider';
import { API_CONFIG } from '../infrastructure/tokens';

/** The read models and the document store of the appointment procedure, on the API's pool. */
@Injectable()
export class AppointmentStores {
  private documentStore?: DocumentStore;

  constructor(
    private readonly database: DatabaseProvider,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  async appointments(): Promise<AppointmentQueries> {
    return new AppointmentQueries(await this.database.connection());
  }

  async users(): Promise<UserStore> {
    return new UserStore(await this.database.connection());
  }

  async documents(): Promise<DocumentStore> {
    const dataSource = await this.database.connection();
    this.documentStore ??= createDocumentStore(dataSource, this.config.documentStore);
    return this.documentStore;
  }
}
