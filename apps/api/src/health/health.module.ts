import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { PostgresIndicator, TemporalIndicator } from './dependency.indicators';
import { HealthController } from './health.controller';

/**
 * Liveness and readiness (@nestjs/terminus runs the indicators). Terminus's own error log is off: the
 * controller logs one warning naming the dependency down, in the API's JSON stream.
 */
@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [PostgresIndicator, TemporalIndicator],
})
export class HealthModule {}
