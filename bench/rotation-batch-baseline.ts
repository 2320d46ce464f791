/**
 * Baseline B of the rotation batch bench: N bare workflows (bench/workflows/bare.workflow.ts) started with
 * a plain @temporalio/client at the API batch runner's concurrency, against the same dev server, with an
 * in-process worker whose first activity (the bare "proposal") counts as the first step recorded.
 */
import { performance } from 'node:perf_hooks';
import { Context } from '@temporalio/activity';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { BareActivities, BareInput } from './workflows/bare.workflow';

const TASK_QUEUE = 'bench-bare-batch';
/** How long the first steps may take after the last start before B counts as failed. */
const FIRST_STEPS_TIMEOUT_MS = 120_000;

export interface BareBatchResult {
  workflows: number;
  concurrency: number;
  /** From the first start call to the last one answered. */
  allStartedMs: number;
  /** From the first start call to the last workflow's first activity run. */
  allFirstStepMs: number | null;
  errors: number;
  errorSamples: string[];
}

export interface BareBatchSide {
  /** A client of the same dev server, for the bench's own queries (counts of workflows). */
  client: Client;
  /** Starts `n` workflows named `<phase>-<i>`, `concurrency` at a time, and waits for their first steps. */
  run(phase: string, n: number, concurrency: number): Promise<BareBatchResult>;
  stop(): Promise<void>;
}

export async function startBareBatchSide(address: string, namespace: string): Promise<BareBatchSide> {
  const proposed = new Map<string, () => void>();
  const activities: BareActivities = {
    // The work is Temporal's round trip only; the first activity of a workflow tells its phase.
    noop(step) {
      if (step === 'proposed') proposed.get(phaseOfActivity())?.();
      return Promise.resolve();
    },
  };
  const nativeConnection = await NativeConnection.connect({ address });
  const connection = await Connection.connect({ address });
  const worker = await Worker.create({
    connection: nativeConnection,
    namespace,
    taskQueue: TASK_QUEUE,
    workflowsPath: require.resolve('./workflows/bare.workflow'),
    activities,
  });
  const running = worker.run();
  const client = new Client({ connection, namespace });

  return {
    client,
    async run(phase, n, concurrency) {
      let remaining = n;
      let firstStepsDone: () => void = () => undefined;
      const firstSteps = new Promise<void>((resolve) => (firstStepsDone = resolve));
      proposed.set(phase, () => {
        if (--remaining === 0) firstStepsDone();
      });
      const errorSamples: string[] = [];
      let errors = 0;
      let next = 0;
      const began = performance.now();
      const starter = async () => {
        while (next < n) {
          const i = next++;
          const input: BareInput = {
            cadreId: `CB-${phase}-${i}`,
            postId: 'BENCH-POST',
            approverIds: ['U-BENCH-APPROVER'],
            proposedBy: 'U-BENCH-HR',
            proposedAt: new Date().toISOString(),
          };
          try {
            await client.workflow.start('bareWorkflow', {
              taskQueue: TASK_QUEUE,
              workflowId: `bare-batch/${phase}/${i}`,
              args: [input],
            });
          } catch (error) {
            errors++;
            remaining--;
            if (errorSamples.length < 3) errorSamples.push((error as Error).message);
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrency, n) }, starter));
      const allStartedMs = performance.now() - began;
      if (remaining === 0) firstStepsDone();
      const timedOut = await Promise.race([
        firstSteps.then(() => false),
        new Promise<boolean>((r) => setTimeout(() => r(true), FIRST_STEPS_TIMEOUT_MS).unref()),
      ]);
      const allFirstStepMs = timedOut ? null : performance.now() - began;
      proposed.delete(phase);
      return { workflows: n, concurrency, allStartedMs, allFirstStepMs, errors, errorSamples };
    },
    async stop() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running.catch(() => undefined);
      await connection.close().catch(() => undefined);
      await nativeConnection.close().catch(() => undefined);
    },
  };
}

/** The phase of the running activity's workflow: ids are `bare-batch/<phase>/<i>`. */
function phaseOfActivity(): string {
  return Context.current().info.workflowExecution?.workflowId.split('/')[1] ?? '';
}
