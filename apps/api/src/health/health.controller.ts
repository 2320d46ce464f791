import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators';
import { DatabaseProvider } from '../infrastructure/database.provider';
import { TemporalClientProvider } from '../infrastructure/temporal-client.provider';

export type Check = { ok: boolean; detail?: string };

/** Readiness: the API can serve commands only when both Temporal and Postgres answer. */
@ApiTags('health')
@Public()
@Controller('api/health')
export class HealthController {
  constructor(
    private readonly database: DatabaseProvider,
    private readonly temporal: TemporalClientProvider,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Readiness of the API and its dependencies (503 when one is down)' })
  async check(): Promise<{ status: 'ok'; postgres: Check; temporal: Check }> {
    const [postgres, temporal] = await Promise.all([this.checkPostgres(), this.checkTemporal()]);
    if (!postgres.ok || !temporal.ok) {
      throw new HttpException(
        {
          statusCode: 503,
          error: 'Service Unavailable',
          message: 'A dependency is down',
          postgres,
          temporal,
        },
        HttpStatus.SERVICE_UNAVAILABLE,
      );
    }
    return { status: 'ok', postgres, temporal };
  }

  private async checkPostgres(): Promise<Check> {
    try {
      await this.database.ping();
      return { ok: true };
    } catch (error) {
      return { ok: false, detail: (error as Error).message };
    }
  }

  private async checkTemporal(): Promise<Check> {
    try {
      await this.temporal.withDeadline(3_000, () => this.temporal.connection.healthService.check({}));
      return { ok: true };
    } catch (error) {
      return { ok: false, detail: (error as Error).message };
    }
  }
}
