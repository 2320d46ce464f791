/**
 * The baseline of the procedure-cost bench, in the same run against the same dev server: for each shape
 * (activities, Updates) an appointment's stage had, one bare workflow of that shape
 * (bench/workflows/bare-cost.workflow.ts) on an in-process worker, its history counted.
 */
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { procedureEvents, temporalCost, type TemporalCost } from './workflow-history';
import { bareCostUpdate, type BareCostActivities, type BareCostInput } from '../workflows/bare-cost.workflow';

const TASK_QUEUE = 'bench-bare-cost';

const activities: BareCostActivities = {
  async noop() {
    // Nothing: the baseline counts Temporal's events, not the work.
  },
};

export interface BareCostSide {
  /** The history of one bare workflow of this shape, run to its end. */
  measure(shape: BareCostInput): Promise<TemporalCost>;
  stop(): Promise<void>;
}

export async function startBareCostSide(address: string, namespace: string): Promise<BareCostSide> {
  const nativeConnection = await NativeConnection.connect({ address });
  const connection = await Connection.connect({ address });
  const worker = await Worker.create({
    connection: nativeConnection,
    namespace,
    taskQueue: TASK_QUEUE,
    workflowsPath: require.resolve('../workflows/bare-cost.workflow'),
    activities,
  });
  const running = worker.run();
  const client = new Client({ connection, namespace });
  let n = 0;
  return {
    async measure(shape) {
      const handle = await client.workflow.start('bareCostWorkflow', {
        taskQueue: TASK_QUEUE,
        workflowId: `bare-cost/${shape.activities}/${shape.updates}/${n++}`,
        args: [shape],
      });
      for (let u = 0; u < shape.updates; u++) await handle.executeUpdate(bareCostUpdate, { args: [u] });
      await handle.result();
      return temporalCost(await procedureEvents(client, handle.workflowId));
    },
    async stop() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running.catch(() => undefined);
      await connection.close().catch(() => undefined);
      await nativeConnection.close().catch(() => undefined);
    },
  };
}
