import { Controller, Get, HttpException, HttpStatus, Inject } from '@nestjs/common';
import { ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, type HealthCheckResult, type HealthIndicatorResult } from '@nestjs/terminus';
import type { Logger } from '@personnel/config';
import { Public } from '../auth/auth.decorators';
import { LOGGER } from '../infrastructure/tokens';
import { PostgresIndicator, TemporalIndicator } from './dependency.indicators';

export type Check = { ok: boolean; detail?: string };
export type Readiness = { status: 'ok'; postgres: Check; temporal: Check };

const NOT_READY =
  'Not ready: a dependency is down (postgres and temporal say which); commands would answer 503';

/**
 * Liveness and readiness, for a supervisor or an orchestrator's probes. Live: the process answers
 * (restart it when not). Ready: Postgres and Temporal answer too (send it traffic only then; a
 * dependency down is not a reason to restart the API, which reconnects by itself).
 */
@ApiTags('health')
@Public()
@Controller('api')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly postgres: PostgresIndicator,
    private readonly temporal: TemporalIndicator,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @Get('health/live')
  @ApiOperation({ summary: 'Liveness: the API process answers (no dependency is asked)' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: Postgres and Temporal answer (503 naming the one that does not)' })
  @ApiServiceUnavailableResponse({ description: NOT_READY })
  ready(): Promise<Readiness> {
    return this.readiness();
  }

  /** The readiness check under its first name, which tools/dev and deployments already probe. */
  @Get('health')
  @ApiOperation({ summary: 'Readiness, as GET /api/ready (503 naming the dependency that is down)' })
  @ApiServiceUnavailableResponse({ description: NOT_READY })
  check(): Promise<Readiness> {
    return this.readiness();
  }

  private async readiness(): Promise<Readiness> {
    let result: HealthCheckResult;
    try {
      result = await this.health.check([() => this.postgres.check(), () => this.temporal.check()]);
    } catch (error) {
      const failed = (error as { getResponse?: () => unknown }).getResponse?.() as HealthCheckResult;
      if (!failed?.details) throw error;
      result = failed;
    }
    const postgres = checkOf(result.details.postgres);
    const temporal = checkOf(result.details.temporal);
    if (postgres.ok && temporal.ok) return { status: 'ok', postgres, temporal };
    const down = Object.entries({ postgres, temporal }).flatMap(([name, c]) => (c.ok ? [] : [name]));
    this.logger.warn({ postgres, temporal }, 'not ready: a dependency is down');
    throw new HttpException(
      {
        statusCode: 503,
        error: 'Service Unavailable',
        message: `Not ready: ${down.join(' and ')} down; commands would answer 503`,
        postgres,
        temporal,
      },
      HttpStatus.SERVICE_UNAVAILABLE,
    );
  }
}

function checkOf(result: HealthIndicatorResult[string] | undefined): Check {
  if (result?.status === 'up') return { ok: true };
  const message = (result as { message?: unknown } | undefined)?.message;
  return { ok: false, detail: typeof message === 'string' ? message : 'did not answer' };
}
