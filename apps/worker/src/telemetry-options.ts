import type { TelemetryOptions } from '@temporalio/worker';
import type { WorkerConfig } from '@personnel/config';

/**
 * The SDK runtime's Prometheus exporter (task-queue polls, schedule-to-start and execution latencies,
 * sticky cache, slots: `temporal_*`), served at `http://<WORKER_METRICS_ADDRESS>/metrics` when the
 * address is configured. Counter, unit and seconds suffixes as Prometheus names them, so the worker's
 * series read like the API's (`personnel_*`).
 */
export function telemetryOptions(config: Pick<WorkerConfig, 'metricsAddress'>): TelemetryOptions | undefined {
  if (!config.metricsAddress) return undefined;
  return {
    metrics: {
      prometheus: {
        bindAddress: config.metricsAddress,
        countersTotalSuffix: true,
        unitSuffix: true,
        useSecondsForDurations: true,
      },
    },
  };
}
