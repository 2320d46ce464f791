import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { RotationStarter } from './rotation-starter';
import { RotationStores } from './rotation-stores';

/** Workflows one batch starts at once: enough to keep Temporal busy, not so many that it throttles us. */
export const BATCH_START_CONCURRENCY = 16;
/** A row that could not be started (Temporal unreachable) is tried again after this long, growing. */
const RETRY_BASE_MS = 1_000;
const RETRY_MAX_MS = 30_000;

/**
 * Starts the stored rows of a batch, a bounded number at a time, and notes each as started. Starting is
 * idempotent by the workflow id each row was given when the batch was stored: a row started before
 * (the API stopped after the start, before the note) answers "already started" and is noted the same.
 * Batches left half-started by a stopped API are resumed when it boots, and again when re-sent.
 */
@Injectable()
export class RotationBatchRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RotationBatchRunner.name);
  private readonly running = new Map<string, Promise<void>>();
  private stopping = false;

  constructor(
    private readonly stores: RotationStores,
    private readonly starter: RotationStarter,
  ) {}

  onApplicationBootstrap(): void {
    void this.resumeAll().catch((error: unknown) =>
      this.logger.warn(`could not resume rotation batches: ${String(error)}`),
    );
  }

  onApplicationShutdown(): void {
    this.stopping = true;
  }

  /** Starts what the batch still has to start (at most one runner per batch in this process). */
  kick(batchId: string): Promise<void> {
    const existing = this.running.get(batchId);
    if (existing) return existing;
    const run = this.run(batchId).finally(() => this.running.delete(batchId));
    this.running.set(batchId, run);
    return run;
  }

  private async resumeAll(): Promise<void> {
    const ids = await (await this.stores.batches()).withUnstarted();
    for (const id of ids) void this.kick(id);
  }

  private async run(batchId: string): Promise<void> {
    const batches = await this.stores.batches();
    for (let attempt = 0; !this.stopping; attempt++) {
      const rows = await batches.unstarted(batchId);
      if (rows.length === 0) return;
      let failed = 0;
      let next = 0;
      const worker = async () => {
        while (next < rows.length && !this.stopping) {
          const row = rows[next++];
          try {
            await this.starter.start(row.workflowId, row.input);
            await batches.markStarted(batchId, row.index);
          } catch (error) {
            failed++;
            if (failed === 1)
              this.logger.warn(`batch ${batchId}: starting ${row.workflowId} failed: ${String(error)}`);
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(BATCH_START_CONCURRENCY, rows.length) }, worker));
      if (failed === 0) return;
      await new Promise((r) => setTimeout(r, Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** attempt)));
    }
  }
}
