import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { ApiConfig, Logger } from '@personnel/config';
import { DatabaseProvider } from './database.provider';
import { TemporalClientProvider } from './temporal-client.provider';
import { API_CONFIG, LOGGER } from './tokens';

/** The configuration, the logger and the two connections (Postgres, Temporal) every feature shares. */
@Global()
@Module({})
export class InfrastructureModule {
  static forRoot(config: ApiConfig, logger: Logger): DynamicModule {
    const providers = [
      { provide: API_CONFIG, useValue: config },
      { provide: LOGGER, useValue: logger },
      DatabaseProvider,
      TemporalClientProvider,
    ];
    return { module: InfrastructureModule, providers, exports: providers };
  }
}
