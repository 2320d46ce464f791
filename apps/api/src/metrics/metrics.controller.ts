import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { ApiMetrics } from './api-metrics';

/**
 * Prometheus scrapes this without a token (as scrapers do): its labels are codes only (routes, kinds,
 * unit codes, verdicts), never a person. Where even the unit counts should stay inside, the reverse
 * proxy keeps /api/metrics off the public side (docs/operations.md).
 */
@ApiTags('operations')
@Public()
@Controller('api/metrics')
export class MetricsController {
  constructor(private readonly metrics: ApiMetrics) {}

  @Get()
  @ApiOperation({ summary: 'Prometheus metrics of the API (text exposition format), without a token' })
  @ApiProduces('text/plain')
  @ApiOkResponse({
    description: 'Request latency by route, decisions, starts, open and overdue tasks by kind and unit',
    content: { 'text/plain': { schema: { type: 'string' } } },
  })
  async scrape(@Res({ passthrough: true }) res: Response): Promise<string> {
    const text = await this.metrics.scrape();
    res.setHeader('Content-Type', this.metrics.contentType);
    return text;
  }
}
