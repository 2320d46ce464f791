import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { postgresConnectionOptions, type ApiConfig } from '@personnel/config';
import { createDataSource, pingDatabase } from '@personnel/persistence';
import { API_CONFIG } from './tokens';

/**
 * The API's Postgres pool (reads only: facts land in Postgres from activities). It connects on first
 * use and again after a failure, so the API boots and answers 503 while Postgres is down instead of
 * crash-looping.
 */
@Injectable()
export class DatabaseProvider implements OnApplicationShutdown {
  private readonly dataSource: DataSource;
  private connecting?: Promise<DataSource>;

  constructor(@Inject(API_CONFIG) config: ApiConfig) {
    this.dataSource = createDataSource({
      ...postgresConnectionOptions(config),
      applicationName: 'personnel-api',
      queryTimeoutMs: config.databaseQueryTimeoutMs,
    });
  }

  /** The connected pool, for read modules that run their own queries. */
  async connection(): Promise<DataSource> {
    return this.connected();
  }

  async ping(): Promise<void> {
    await pingDatabase(await this.connected());
  }

  private connected(): Promise<DataSource> {
    if (this.dataSource.isInitialized) return Promise.resolve(this.dataSource);
    this.connecting ??= this.dataSource.initialize().catch((error: unknown) => {
      this.connecting = undefined;
      throw error;
    });
    return this.connecting;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
