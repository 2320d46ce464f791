import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { DatabaseProvider } from '../infrastructure/database.provider';
import { TemporalClientProvider } from '../infrastructure/temporal-client.provider';

const TEMPORAL_CHECK_DEADLINE_MS = 3_000;

/** Postgres answers a `SELECT 1` (bounded by DATABASE_QUERY_TIMEOUT_MS, as every query of the API). */
@Injectable()
export class PostgresIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly database: DatabaseProvider,
  ) {}

  async check(): Promise<HealthIndicatorResult<'postgres'>> {
    const session = this.indicators.check('postgres');
    try {
      await this.database.ping();
      return session.up();
    } catch (error) {
      return session.down({ message: (error as Error).message });
    }
  }
}

/** The Temporal frontend answers its gRPC health check within 3 s. */
@Injectable()
export class TemporalIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly temporal: TemporalClientProvider,
  ) {}

  async check(): Promise<HealthIndicatorResult<'temporal'>> {
    const session = this.indicators.check('temporal');
    try {
      await this.temporal.withDeadline(TEMPORAL_CHECK_DEADLINE_MS, () =>
        this.temporal.connection.healthService.check({}),
      );
      return session.up();
    } catch (error) {
      return session.down({ message: (error as Error).message });
    }
  }
}
