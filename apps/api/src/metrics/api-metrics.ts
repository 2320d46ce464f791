import { Inject, Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Logger } from '@personnel/config';
import { openTaskCounts } from '@personnel/persistence';
import { DatabaseProvider } from '../infrastructure/database.provider';
import { LOGGER } from '../infrastructure/tokens';

/**
 * The API's Prometheus series, in a registry of this application's own (not prom-client's global one),
 * so two apps in one process (the tests) never share or double-register a series. Every label is a
 * code of the system: a route template, a method, a status, a procedure or task kind, a unit code, a
 * verdict. Never a raw URL, a cadre or a user: /api/metrics can be scraped without a token.
 */
@Injectable()
export class ApiMetrics {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'personnel_http_request_duration_seconds',
    help: 'API requests by method, route template and status, and how long they took',
    labelNames: ['method', 'route', 'status_code'] as const,
    registers: [this.registry],
  });

  readonly decisions = new Counter({
    name: 'personnel_task_decisions_total',
    help: 'Task decisions the workflow accepted, by procedure kind and outcome (approve, reject, return)',
    labelNames: ['procedure_kind', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly starts = new Counter({
    name: 'personnel_procedure_starts_total',
    help: 'Procedures started, by kind (a refused duplicate is not counted)',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  private readonly openTasks = new Gauge({
    name: 'personnel_open_tasks',
    help: 'Open tasks by task kind and the unit of their procedure, read from Postgres at scrape time',
    labelNames: ['kind', 'unit'] as const,
    registers: [this.registry],
  });

  private readonly overdueTasks = new Gauge({
    name: 'personnel_overdue_tasks',
    help: 'Open tasks past their due date by task kind and unit, read from Postgres at scrape time',
    labelNames: ['kind', 'unit'] as const,
    registers: [this.registry],
  });

  private readonly taskCountsUp = new Gauge({
    name: 'personnel_task_counts_up',
    help: '1 when the open-task gauges of this scrape were read from Postgres, 0 when it did not answer',
    registers: [this.registry],
  });

  constructor(
    private readonly database: DatabaseProvider,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    collectDefaultMetrics({ register: this.registry });
  }

  /**
   * The exposition text. The task gauges are set afresh from one grouped query, so a unit whose last
   * task closed disappears; when Postgres does not answer the scrape still succeeds, without them, and
   * `personnel_task_counts_up` says so.
   */
  async scrape(): Promise<string> {
    this.openTasks.reset();
    this.overdueTasks.reset();
    try {
      for (const c of await openTaskCounts(await this.database.connection())) {
        this.openTasks.set({ kind: c.kind, unit: c.unitCode }, c.open);
        this.overdueTasks.set({ kind: c.kind, unit: c.unitCode }, c.overdue);
      }
      this.taskCountsUp.set(1);
    } catch (error) {
      this.taskCountsUp.set(0);
      this.logger.warn({ err: error }, 'metrics scrape: open tasks not counted, Postgres did not answer');
    }
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
