import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { ApiConfig } from '@personnel/config';
import { createDataSource, NominationQueries } from '@personnel/persistence';
import { API_CONFIG } from './tokens';

/** The API's Postgres pool: reads only (facts land in Postgres from activities). */
@Injectable()
export class DatabaseProvider implements OnModuleInit, OnApplicationShutdown {
  readonly dataSource: DataSource;
  readonly nominations: NominationQueries;

  constructor(@Inject(API_CONFIG) config: ApiConfig) {
    this.dataSource = createDataSource({ url: config.databaseUrl, applicationName: 'personnel-api' });
    this.nominations = new NominationQueries(this.dataSource);
  }

  async onModuleInit(): Promise<void> {
    await this.dataSource.initialize();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
