import { performance } from 'node:perf_hooks';
import {
  Client,
  Connection,
  WithStartWorkflowOperation,
  WorkflowIdConflictPolicy,
  type WorkflowHandle,
} from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { elapsed, type Iteration } from './load';
import {
  bareDecideUpdate,
  bareProposedUpdate,
  type BareActivities,
  type BareInput,
} from './workflows/bare.workflow';

export const BARE_TASK_QUEUE = 'bench-bare';
const BARE_WORKFLOW_TYPE = 'bareWorkflow';

export interface BareSide {
  client: Client;
  /** One nomination of phase `phase`: start, then executeUpdate; resolves when the Update returned. */
  iteration(phase: string): Iteration;
  /**
   * The same, but its start answers once the proposal's activity completed: update-with-start
   * (`executeUpdateWithStart` of the proposal Update), then the decision.
   */
  iterationWithStart(phase: string): Iteration;
  stop(): Promise<void>;
}

const activities: BareActivities = {
  async noop() {
    // Nothing: the baseline measures Temporal's round trips, not the work.
  },
};

/**
 * Starts one bare workflow (a nomination of `cadreId` to BENCH-POST); it runs its proposal activity.
 * `decisionBy` says how its decision's no-op runs (bare.workflow.ts).
 */
export async function startBareWorkflow(
  client: Client,
  cadreId: string,
  decisionBy: BareInput['decisionBy'] = 'task',
): Promise<WorkflowHandle> {
  const input: BareInput = {
    decisionBy,
    cadreId,
    postId: 'BENCH-POST',
    approverIds: ['U-BENCH-APPROVER'],
    proposedBy: 'U-BENCH-HR',
    proposedAt: new Date().toISOString(),
  };
  return client.workflow.start(BARE_WORKFLOW_TYPE, {
    taskQueue: BARE_TASK_QUEUE,
    workflowId: `bare/${cadreId}/${input.postId}/1`,
    args: [input],
  });
}

/** Starts one bare workflow with its proposal Update (update-with-start): resolves once the proposal ran. */
export async function startBareWorkflowRecorded(client: Client, cadreId: string): Promise<WorkflowHandle> {
  const input: BareInput = {
    cadreId,
    postId: 'BENCH-POST',
    approverIds: ['U-BENCH-APPROVER'],
    proposedBy: 'U-BENCH-HR',
    proposedAt: new Date().toISOString(),
  };
  const start = new WithStartWorkflowOperation(BARE_WORKFLOW_TYPE, {
    taskQueue: BARE_TASK_QUEUE,
    workflowId: `bare/${cadreId}/${input.postId}/1`,
    args: [input],
    workflowIdConflictPolicy: WorkflowIdConflictPolicy.FAIL,
  });
  await client.workflow.executeUpdateWithStart(bareProposedUpdate, { startWorkflowOperation: start });
  return start.workflowHandle();
}

/** The decision as an Update on a bare workflow; resolves when it answered approved, throws otherwise. */
export async function decideBareWorkflow(handle: WorkflowHandle): Promise<void> {
  const result = await handle.executeUpdate(bareDecideUpdate, {
    args: [{ approverId: 'U-BENCH-APPROVER', decision: 'approve' }],
  });
  if (result.state !== 'approved') throw new Error(`bare decision answered ${JSON.stringify(result)}`);
}

/**
 * Side B: an in-process worker on its own task queue (default worker options, like apps/worker) and a
 * plain @temporalio/client, both against the benchmark's dev server.
 */
export async function startBareSide(address: string, namespace: string): Promise<BareSide> {
  const nativeConnection = await NativeConnection.connect({ address });
  const connection = await Connection.connect({ address });
  const stopConnections = async () => {
    await connection.close().catch(() => undefined);
    await nativeConnection.close().catch(() => undefined);
  };
  let worker: Worker;
  try {
    worker = await Worker.create({
      connection: nativeConnection,
      namespace,
      taskQueue: BARE_TASK_QUEUE,
      workflowsPath: require.resolve('./workflows/bare.workflow'),
      activities,
    });
  } catch (error) {
    await stopConnections();
    throw error;
  }
  const running = worker.run();
  const client = new Client({ connection, namespace });

  return {
    client,
    iteration: (phase) => async (index) => {
      const startedAt = performance.now();
      const handle = await startBareWorkflow(client, `CB-${phase}-${index}`);
      const startMs = elapsed(startedAt);
      const decidedAt = performance.now();
      await decideBareWorkflow(handle);
      return { startMs, decisionMs: elapsed(decidedAt), decisionRetries: 0 };
    },
    iterationWithStart: (phase) => async (index) => {
      const startedAt = performance.now();
      const handle = await startBareWorkflowRecorded(client, `CB-${phase}-${index}`);
      const startMs = elapsed(startedAt);
      const decidedAt = performance.now();
      await decideBareWorkflow(handle);
      return { startMs, decisionMs: elapsed(decidedAt), decisionRetries: 0 };
    },
    async stop() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running.catch(() => undefined);
      await stopConnections();
    },
  };
}
